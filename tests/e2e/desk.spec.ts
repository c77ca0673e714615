// The desk half of WalkBreak in the browser harness: "I'm standing" from the tray stops the sitting clock (it does
// not reset it: standing still is not a break), Home and the tray say so, and sitting again runs the clock on.
// Axe in light and dark; screenshots in English and German for people to look at.
import { analyze, blocking } from './axe';
import { englishIn } from './english';
import { test, expect } from './fixtures';
import { MINUTE, type Harness } from './harness';
import { saveShot } from './shots';

/** Axe on the main window, then a screenshot, in light and dark; back to light. */
async function look(harness: Harness, name: string, view: 'main' | 'desk' = 'main'): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await harness.page.emulateMedia({ colorScheme: scheme });
    const frame = harness.page.frame({ name: view });
    if (!frame) throw new Error(`no ${view} window`);
    let done = false;
    const run = analyze(frame).finally(() => {
      done = true;
    });
    while (!done) await harness.page.clock.runFor(100);
    expect(blocking(await run), `axe on ${name} (${scheme})`).toEqual([]);
    await saveShot(harness.frameElement(view), `${name}-${scheme}`);
  }
  await harness.page.emulateMedia({ colorScheme: 'light' });
}

test('"I\'m standing" from the tray stops the sitting clock; sitting again runs it on', async ({
  harness,
  page,
}) => {
  test.slow(); // axe and screenshots in two themes and two languages take a while on a loaded 2-core machine
  await harness.start();
  await harness.typing(true);
  await harness.open('main');
  const home = harness.window('main');
  await harness.advance(12 * MINUTE);
  await page.getByRole('button', { name: "I'm standing" }).click(); // the tray menu's entry
  await harness.advance(20 * MINUTE);
  // The tray's status is refreshed at the engine's samples (at most 2 minutes old, docs/tracker.md).
  await expect(page.getByTestId('tray-tooltip')).toHaveText(
    /^WalkBreak: Standing for (19|20) min \(sitting clock paused at 12 min\)$/,
  );
  await expect(home.getByRole('heading', { level: 1 })).toHaveText(/Standing for\s*20\s*min/);
  await expect(home.getByText('Your sitting clock is paused at 12 minutes.', { exact: false })).toBeVisible();
  // The daily movement goal's ring counts the standing (a first day: a 30-minute step towards 2 h).
  await expect(home.getByTestId('goal-progress')).toHaveText('20 of 30 min');
  await expect(home.getByRole('button', { name: "I'm standing" })).toHaveAttribute('aria-pressed', 'true');
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  await look(harness, 'home-standing');

  await harness.updateSettings({ language: 'de' });
  await expect(home.getByRole('heading', { level: 1 })).toHaveText(/Sie stehen seit\s*20\s*Min\./);
  expect(await englishIn(home)).toEqual([]);
  await expect(home.getByTestId('goal-progress')).toHaveText('20 von 30 Min.');
  await look(harness, 'home-standing-de');
  await expect(page.getByTestId('tray-tooltip')).toContainText('Sitzzeit angehalten bei 12 Min.');
  await page.getByRole('button', { name: 'Ich sitze wieder' }).click();
  await harness.updateSettings({ language: 'en' });

  await expect(home.getByRole('heading', { level: 1 })).toHaveText(/Sitting for\s*12\s*min/);
  await harness.advance(5 * MINUTE);
  await expect(home.getByRole('heading', { level: 1 })).toHaveText(/Sitting for\s*17\s*min/);
  // The spell is history now; the ring keeps it and stops counting while the user sits.
  await expect(home.getByTestId('goal-progress')).toHaveText('20 of 30 min');
  const standing = (await harness.events()).filter((e) => e.type === 'standing');
  expect(standing).toHaveLength(1);
  expect((await harness.events()).filter((e) => e.type === 'break')).toEqual([]);
});

test('the workstation check from the tray: illustrated questions, cheap fixes, and Home lists what is left', async ({
  harness,
  page,
}) => {
  test.slow(); // axe and screenshots in two themes and two languages take a while on a loaded 2-core machine
  await harness.start();
  await page.getByRole('button', { name: 'Check my desk…' }).click(); // the tray menu's entry
  const desk = harness.window('desk');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Check your desk');
  await desk.getByRole('button', { name: 'Check my desk' }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(/top of your screen/);
  await look(harness, 'desk-question', 'desk');
  const answers = ['No', 'Yes', 'Skip', 'Yes', 'Yes', 'No', 'Yes'];
  for (const answer of answers) await desk.getByRole('button', { name: answer, exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText('Saved. Home shows what is left to fix.');
  await expect(desk.getByText('rolled towel', { exact: false })).toBeVisible();
  await look(harness, 'desk-summary', 'desk');

  await desk.getByRole('link', { name: 'Back to Home' }).click();
  const home = harness.window('desk');
  const card = home.getByTestId('desk-card');
  await expect(card).toContainText('2 things left to change:');
  await card.getByRole('button', { name: 'Done: Lower back supported' }).click();
  await expect(card).toContainText('One thing left to change:');
  await expect(card.getByRole('link', { name: 'My set-up changed' })).toBeVisible();
  await look(harness, 'home-desk', 'desk');

  await harness.updateSettings({ language: 'de' });
  await expect(card).toContainText('Eine Sache ist noch zu ändern:');
  expect(await englishIn(home)).toEqual([]);
  await look(harness, 'home-desk-de', 'desk');
});

test('after the first week Home offers posture resets once: Turn on sets them; in German too', async ({
  harness,
}) => {
  test.slow(); // axe and screenshots in two themes and two languages
  // 90 days of history: the first week is long over.
  await harness.start('?history=90');
  await harness.open('main');
  const home = harness.window('main');
  const offer = home.getByTestId('posture-offer');
  await expect(offer.getByRole('heading', { name: 'Posture resets' })).toBeVisible();
  expect((await harness.settings()).postureResets).toBe(false);
  await look(harness, 'home-posture-offer');

  await harness.updateSettings({ language: 'de' });
  await expect(offer.getByRole('heading', { name: 'Haltungspausen' })).toBeVisible();
  expect(await englishIn(home)).toEqual([]);
  await look(harness, 'home-posture-offer-de');
  await harness.updateSettings({ language: 'en' });

  await offer.getByRole('button', { name: 'Turn on posture resets' }).click();
  await expect(offer).toContainText('Posture resets are on. You can turn them off in Settings.');
  expect((await harness.settings()).postureResets).toBe(true);
});
