// Languages end to end: with a German system every window speaks German from its first paint; switching the
// language setting changes every visible string in every open window at once. "Speaks German" means: no message
// key shown (⟦…⟧), no English message text, and no common English word anywhere on screen, which also catches
// text that was never moved into the message files.
import { analyze, blocking } from './axe';
import { englishIn } from './english';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';
import type { HarnessView } from '../harness/src/harness-types';
import { saveShot } from './shots';
import { GERMAN } from '../fakes/i18n';

/** German words for finding controls, from the same messages the app shows. */
const { t: de } = GERMAN;

async function expectGerman(harness: Harness, view: HarnessView): Promise<void> {
  const window = harness.window(view);
  await expect(window.locator('h1').first()).toBeVisible();
  await expect(window.locator('html')).toHaveAttribute('lang', 'de');
  expect(await englishIn(window), `${view} window`).toEqual([]);
}

test.describe('German system', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('every window speaks German from the start', async ({ harness }) => {
    await harness.start('?history=30');
    await harness.open('main');
    await expectGerman(harness, 'main');
    await harness.open('settings');
    await expectGerman(harness, 'settings');
    await harness.open('history');
    await expectGerman(harness, 'history');
    await harness.open('break');
    await expectGerman(harness, 'break');

    await harness.typing(true);
    await harness.advance(30 * MINUTE);
    await harness.typing(false);
    await harness.advance(10 * SECOND);
    await expect(harness.frameElement('reminder')).toBeVisible();
    await expectGerman(harness, 'reminder');
  });
});

test.describe('English system', () => {
  test.use({ locale: 'en-GB' });

  test('choosing Deutsch changes every open window at once, and English brings it back', async ({
    harness,
  }) => {
    await harness.start();
    await harness.typing(true);
    await harness.advance(12 * MINUTE);
    await harness.open('main');
    const home = harness.window('main');
    await expect(home.locator('html')).toHaveAttribute('lang', 'en');
    const english = await home.locator('body').innerText();

    await harness.updateSettings({ language: 'de' });
    await expectGerman(harness, 'main');

    await harness.updateSettings({ language: 'en' });
    await expect(home.locator('html')).toHaveAttribute('lang', 'en');
    // innerText on both sides: it applies CSS (an upper-cased card title reads as shown), textContent does not.
    await expect.poll(() => home.locator('body').innerText()).toBe(english);
  });
});

test.describe('German guided break', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin', deviceScaleFactor: 2 });
  test.describe.configure({ timeout: 180_000 });

  /** German, axe clean, and a screenshot in light and dark (people look at these: long German words). */
  async function look(harness: Harness, name: string): Promise<void> {
    const frame = harness.page.frame({ name: 'break' });
    if (!frame) throw new Error('the break window is not open');
    expect(await englishIn(harness.window('break')), name).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await harness.page.emulateMedia({ colorScheme: scheme });
      let done = false;
      const run = analyze(frame).finally(() => (done = true));
      while (!done) await harness.page.clock.runFor(100);
      expect(blocking(await run), `axe on ${name} (${scheme})`).toEqual([]);
      await saveShot(harness.frameElement('break'), `de-break-${name}-${scheme}`);
    }
    await harness.page.emulateMedia({ colorScheme: 'light' });
  }

  async function heading(harness: Harness, name: string): Promise<void> {
    await expect(harness.window('break').getByRole('heading', { level: 1, name })).toBeFocused();
  }

  test('a first walk, every screen in German', async ({ harness }) => {
    await harness.start();
    await harness.open('break');
    const w = harness.window('break');
    const radio = (group: string, name: string) =>
      w.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });

    await heading(harness, de('break:choose.title'));
    await look(harness, 'choose');
    await w.getByRole('button', { name: de('break:choose.plan.setUp') }).click();

    await heading(harness, de('break:onboarding.title'));
    await w.getByLabel(de('content:startingQuestion')).fill('10');
    await radio(de('content:preWalk.P0.text'), '2').check();
    await radio(de('break:onboarding.flare'), de('break:onboarding.no')).check();
    await look(harness, 'onboarding');
    await w.getByRole('button', { name: de('break:onboarding.noToAll') }).click();
    for (const group of await w.getByRole('radiogroup').all())
      await expect(group.getByRole('radio', { name: de('break:onboarding.no'), exact: true })).toBeChecked();
    await w.getByRole('checkbox', { name: de('break:onboarding.understood') }).check();
    await w.getByRole('button', { name: de('break:onboarding.start') }).click();

    await heading(harness, de('break:checkIn.title'));
    await radio(de('content:preWalk.P0.text'), '2').check();
    await w
      .getByRole('group', { name: de('content:preWalk.P1.text') })
      .getByRole('checkbox', { name: de('content:noneOfThese') })
      .check();
    await look(harness, 'check-in');
    await w.getByRole('button', { name: de('break:checkIn.continue') }).click();

    await heading(harness, de('break:view.warmUp.title'));
    await w.getByRole('button', { name: de('break:moves.start') }).click();
    await heading(harness, de('content:moves.W1.name'));
    await w.getByRole('button', { name: de('break:moveTimer.start') }).click();
    await harness.advance(60 * SECOND);
    await expect(w.getByText(de('break:moveTimer.allDone'))).toBeVisible();
    await look(harness, 'warmup');
    await w.getByRole('button', { name: de('break:moves.nextMove') }).click();
    await heading(harness, de('content:moves.W2.name'));
    await w.getByRole('button', { name: de('break:repCounter.count') }).click();
    await look(harness, 'warmup-reps');
    for (let i = 0; i < 5; i++)
      await w
        .getByRole('button', {
          name: new RegExp(`${de('break:moves.nextMove')}|${de('break:moves.skipMove')}`),
        })
        .first()
        .click();
    await w.getByRole('button', { name: de('break:view.warmUp.done') }).click();

    await heading(harness, de('break:walk.title', { count: 7 }));
    await harness.advance(3 * MINUTE);
    await expect(w.getByRole('timer')).toHaveText('4:00');
    await look(harness, 'walk');
    await harness.advance(4 * MINUTE);
    await expect(w.getByRole('heading', { level: 1 })).toHaveText(de('break:walk.done'));
    await w.getByRole('button', { name: de('break:walk.toCoolDown') }).click();

    await heading(harness, de('break:view.coolDown.title'));
    await w.getByRole('button', { name: de('break:moves.start') }).click();
    await heading(harness, de('content:moves.C1.name'));
    await w.getByRole('button', { name: de('break:moveTimer.start') }).click();
    await harness.advance(10 * SECOND);
    await look(harness, 'cooldown');
    const nextOrDone = new RegExp(`^(${de('break:moves.nextMove')}|${de('break:view.coolDown.done')})$`);
    for (let i = 0; i < 3; i++) await w.getByRole('button', { name: nextOrDone }).click();
    await w.getByRole('button', { name: de('break:view.coolDown.done') }).click();

    await heading(harness, de('break:symptoms.title'));
    await w.getByRole('button', { name: de('break:symptoms.submit') }).click();
    await expect(w.getByText(de('break:symptoms.stillMissing', { count: 4 }))).toBeVisible();
    await radio(de('content:postWalk.Q1.text'), '2').check();
    await radio(de('content:postWalk.Q2.text'), '3').check();
    // The fast path's one answer, then each question one by one (both in German).
    await radio(de('break:symptoms.quick.legend'), de('break:symptoms.quick.none')).check();
    await radio(de('content:postWalk.Q10.text'), de('content:postWalk.Q10.options.about-right')).check();
    await look(harness, 'symptoms-fast');
    await radio(de('break:symptoms.quick.legend'), de('break:symptoms.quick.some')).check();
    for (const q of ['Q4', 'Q5', 'Q6', 'Q8'] as const)
      await w
        .getByRole('group', { name: de(`content:postWalk.${q}.text`) })
        .getByRole('radio', { name: de('content:legs.no'), exact: true })
        .check();
    for (const q of ['Q7', 'Q9'] as const)
      await w
        .getByRole('group', { name: de(`content:postWalk.${q}.text`) })
        .getByRole('checkbox', { name: de('content:noneOfThese') })
        .check();
    await radio(de('content:postWalk.Q10.text'), de('content:postWalk.Q10.options.about-right')).check();
    await look(harness, 'symptoms');
    await w.getByRole('button', { name: de('break:symptoms.submit') }).click();

    await expect(w.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(w.getByText(de('break:outcome.badge.green'))).toBeVisible();
    await look(harness, 'outcome');
  });
});
