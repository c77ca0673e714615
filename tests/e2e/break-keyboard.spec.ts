// A whole break done with the keyboard alone (issue 20): Tab, Shift+Tab, Enter, Space and the arrow keys, no
// clicks. After every key press focus is checked: it is inside the break window and never on <body>, and after
// each screen change, Start timer, Next and Pause/Resume it is on the new step's heading or its main control.
// Run in English, and the first break once in German (labels come from the same translations the app uses).
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { ENGLISH, GERMAN } from '../fakes/i18n';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';

type Translate = typeof ENGLISH.t;
const DAY = 24 * 60 * MINUTE;

/** What has the keyboard in a window: 'body' when focus dropped to the page, 'away' when the window lost it. */
// Runs inside the window (the tests compile without DOM types, so as source text).
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!document.hasFocus()) return 'away';
  if (!el || el === document.body || el === document.documentElement) return 'body';
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent ?? '').trim().slice(0, 40) + '"';
})()`;
type InWindow = { document: { activeElement: unknown } };
const IS_FOCUSED = (el: unknown): boolean =>
  el === (globalThis as unknown as InWindow).document.activeElement;
const HOLDS_FOCUS = (els: unknown[]): boolean =>
  els.includes((globalThis as unknown as InWindow).document.activeElement);

/** What has the keyboard in a window: 'body' when focus dropped to the page, 'away' when the window lost it. */
async function focusedIn(frame: Frame): Promise<string> {
  return (await frame.evaluate(FOCUSED)) as string;
}

/** Drives one window by keyboard, checking focus after every key. */
class Keys {
  constructor(
    private readonly page: Page,
    private readonly view: 'break' | 'reminder',
  ) {}

  get w(): FrameLocator {
    return this.page.frameLocator(`iframe[name="${this.view}"]`);
  }

  private frame(): Frame {
    const frame = this.page.frame({ name: this.view });
    if (!frame) throw new Error(`no ${this.view} window`);
    return frame;
  }

  /** Focus is somewhere real in the window (not <body>, not outside it). */
  async settled(after?: string): Promise<void> {
    if (after !== undefined) this.last = after;
    await expect
      .poll(() => focusedIn(this.frame()), { timeout: 2_000, message: `focus after ${this.last}` })
      .not.toMatch(/^(body|away)$/);
  }

  /** The last key pressed and where focus was before it (for the failure message). */
  private last = 'opening';

  async press(key: string): Promise<void> {
    this.last = `${key} on ${await focusedIn(this.frame())}`;
    await this.page.keyboard.press(key);
    await this.settled();
  }

  /** A key that closes the window: nothing is left to hold focus afterwards. */
  async pressToClose(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.page.locator(`iframe[name="${this.view}"]`)).toHaveCount(0);
  }

  /** Tabs (forwards, or backwards with Shift) until `target` has focus, checking focus after each press. */
  async tabTo(target: Locator, back = false): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate(IS_FOCUSED)) return;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** Tabs to a button and presses Enter. */
  async activate(target: Locator, back = false): Promise<void> {
    await this.tabTo(target, back);
    await this.press('Enter');
  }

  /** Tabs into a radio group, then moves with the arrow keys to `value` (Space if focus lands on it unchecked). */
  async choose(name: string, value: string): Promise<void> {
    const group = this.w.locator(`input[type="radio"][name="${name}"]`);
    const target = this.w.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
    for (let i = 0; i < 60; i++) {
      const inGroup = await group.evaluateAll(HOLDS_FOCUS);
      if (inGroup) break;
      await this.press('Tab');
    }
    for (let i = 0; i < 12; i++) {
      if (await target.evaluate(IS_FOCUSED)) break;
      await this.press('ArrowRight');
    }
    await expect(target).toBeFocused();
    if (!(await target.isChecked())) await this.press('Space');
    await expect(target).toBeChecked();
  }

  /** Tabs to a checkbox and ticks it with Space. */
  async tick(target: Locator): Promise<void> {
    await this.tabTo(target);
    await this.press('Space');
    await expect(target).toBeChecked();
  }
}

function heading(w: FrameLocator, name?: string): Locator {
  return w.getByRole('heading', { level: 1, ...(name === undefined ? {} : { name, exact: true }) });
}

function button(w: FrameLocator, name: string): Locator {
  return w.getByRole('button', { name, exact: true });
}

/**
 * The window's frame, from its element: `page.frame({ name })` can still be null while the element is already
 * visible (a clean-clone run met it), so the frame is taken from the element itself.
 */
async function windowFrame(harness: Harness, name: 'reminder' | 'break'): Promise<Frame> {
  const frame = await (await harness.frameElement(name).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`the ${name} window has no frame`);
  return frame;
}

/** From the reminder (brought forward, as with Alt+Tab; it opens without taking the keyboard) by Enter. */
async function fromReminder(harness: Harness, t: Translate): Promise<Keys> {
  // Harness.sitUntilReminder, in the test's language.
  await harness.typing(true);
  await harness.advance(30 * MINUTE);
  await harness.typing(false);
  await harness.advance(10 * SECOND);
  await expect(harness.frameElement('reminder')).toBeVisible();
  const reminder = new Keys(harness.page, 'reminder');
  await expect(button(reminder.w, t('reminder:window.startWalk'))).toBeVisible();
  await (await windowFrame(harness, 'reminder')).evaluate('window.focus()');
  await expect(button(reminder.w, t('reminder:window.startWalk'))).toBeFocused();
  await harness.page.keyboard.press('Enter'); // the reminder closes; the break window takes the keyboard
  const keys = new Keys(harness.page, 'break');
  await expect(harness.frameElement('break')).toBeVisible();
  // A new OS window takes the keyboard when it opens (BrowserWindow.show() focuses it); the harness opens the
  // break frame before it removes the reminder's, which takes the page's focus with it, so hand it over here.
  await (await windowFrame(harness, 'break')).evaluate('window.focus()');
  await keys.settled();
  return keys;
}

/** A warm-up or cool-down by keyboard: the intro, the timer (Start, Pause, Resume, run out), reps, skips. */
async function moves(
  harness: Harness,
  keys: Keys,
  t: Translate,
  phase: 'warmUp' | 'coolDown',
): Promise<void> {
  const { w } = keys;
  await expect(heading(w, t(`break:view.${phase}.title`))).toBeFocused();
  await keys.activate(button(w, t('break:moves.start')));
  // The first move: its heading has focus; its timer is one toggle that keeps focus through Pause and Resume.
  await expect(heading(w)).toBeFocused();
  const first = await heading(w).textContent();
  await keys.activate(button(w, t('break:moveTimer.start')));
  await expect(button(w, t('break:moveTimer.pause'))).toBeFocused();
  await harness.advance(5 * SECOND);
  await keys.press('Enter');
  await expect(button(w, t('break:moveTimer.resume'))).toBeFocused();
  await keys.press('Enter');
  await expect(button(w, t('break:moveTimer.pause'))).toBeFocused();
  // All its holds run out (a cool-down hold switches sides by itself): focus goes to Next.
  await harness.advance(3 * MINUTE);
  await keys.settled('the move timer ran out');
  await expect(button(w, t('break:moves.nextMove'))).toBeFocused();
  // Back (Shift+Tab) to the first move and forward again: the heading has focus each time.
  await keys.press('Enter');
  await expect(heading(w)).toBeFocused();
  await expect(heading(w)).not.toHaveText(first!);
  if (phase === 'warmUp') {
    // A reps move: count two by Space, then Done (the next move, its heading focused).
    await keys.activate(button(w, t('break:repCounter.count')));
    await keys.press('Space');
    await keys.press('Space');
    await keys.activate(button(w, t('break:repCounter.done')));
    await expect(heading(w)).toBeFocused();
  }
  await keys.activate(button(w, t('common:actions.back')));
  await expect(heading(w)).toBeFocused();
  // Skip the remaining moves (Skip move), then the last screen's primary button.
  const skip = button(w, t('break:moves.skipMove'));
  while ((await skip.count()) > 0) {
    await keys.activate(skip);
    await expect(heading(w)).toBeFocused();
  }
  await keys.activate(button(w, t(`break:view.${phase}.done`)));
}

/** Check-in, warm-up, the walk with Pause/Resume, cool-down, symptom check (fast or detailed) and outcome. */
async function planWalk(
  harness: Harness,
  keys: Keys,
  t: Translate,
  minutes: number,
  detailed: boolean,
): Promise<void> {
  const { w } = keys;
  await expect(heading(w, t('break:checkIn.title'))).toBeFocused();
  await expect(w.locator('input[name="P0"][value="2"]')).toBeChecked();
  await keys.tick(w.locator('input[name="p1-none"]'));
  await keys.activate(button(w, t('break:checkIn.continue')));

  await moves(harness, keys, t, 'warmUp');

  await expect(heading(w, t('break:walk.title', { count: minutes }))).toBeFocused();
  await keys.activate(button(w, t('break:walk.pause')));
  await expect(button(w, t('break:walk.resume'))).toBeFocused();
  await harness.advance(30 * SECOND);
  await keys.press('Enter');
  await expect(button(w, t('break:walk.pause'))).toBeFocused();
  // End early, then Keep walking: focus goes to the question and back to End early.
  await keys.activate(button(w, t('break:walk.endEarly')));
  await keys.activate(button(w, t('break:walk.keepWalking')));
  await expect(button(w, t('break:walk.endEarly'))).toBeFocused();
  await keys.press('Shift+Tab');
  await expect(button(w, t('break:walk.pause'))).toBeFocused();
  // The time runs out with focus on Pause: the button goes, focus moves to the next step's control.
  await harness.advance(minutes * MINUTE);
  await expect(heading(w)).toHaveText(t('break:walk.done'));
  await keys.settled('the walk time ran out');
  await expect(button(w, t('break:walk.toCoolDown'))).toBeFocused();
  await keys.press('Enter');

  await moves(harness, keys, t, 'coolDown');

  await expect(heading(w, t('break:symptoms.title'))).toBeFocused();
  await keys.choose('Q1', '2');
  await keys.choose('Q2', '3');
  await expect(w.locator('input[name="Q3"][value="yes"]')).toBeChecked();
  if (detailed) {
    await keys.choose('quick', 'some');
    for (const q of ['Q4', 'Q5', 'Q6']) await keys.choose(q, 'no');
    await keys.tick(w.locator('input[name="Q7-none"]'));
    await keys.choose('Q8', 'no');
    await keys.tick(w.locator('input[name="Q9-none"]'));
  } else {
    await keys.choose('quick', 'none');
  }
  await keys.choose('Q10', 'about-right');
  await keys.activate(button(w, t('break:symptoms.submit')));
  await expect(heading(w)).toBeFocused();
  await expect(button(w, t('common:actions.close'))).toBeVisible();
}

/** The first break: choose the plan, first-run questions, then the whole walk. */
async function firstBreak(harness: Harness, t: Translate, detailed: boolean): Promise<Keys> {
  const keys = await fromReminder(harness, t);
  const { w } = keys;
  await expect(heading(w, t('break:choose.title'))).toBeFocused();
  await keys.activate(button(w, t('break:choose.plan.setUp')));
  await expect(heading(w, t('break:onboarding.title'))).toBeFocused();
  await keys.tabTo(w.locator('input#comfortable'));
  await harness.page.keyboard.type('10');
  await keys.settled();
  await keys.choose('P0', '2');
  await keys.choose('flare', 'no');
  await keys.activate(button(w, t('break:onboarding.noToAll')));
  // The button goes once every health question is answered: focus moves on to what comes next, not to <body>.
  await keys.tick(w.locator('.after-health input[type="checkbox"]'));
  await keys.activate(button(w, t('break:onboarding.start')));
  await planWalk(harness, keys, t, 7, detailed);
  const evaluated = (await harness.events()).filter((e) => e.type === 'walk-evaluated');
  expect(evaluated).toMatchObject([{ outcome: 'continue', zone: 'green' }]);
  return keys;
}

test.describe.configure({ timeout: 120_000 });

test('a first break (detailed symptom check) and a later one (fast path), by keyboard alone', async ({
  harness,
}) => {
  const { t } = ENGLISH;
  await harness.start();
  const keys = await firstBreak(harness, t, true);
  await keys.tabTo(button(keys.w, t('common:actions.close')));
  await keys.pressToClose('Enter');

  await harness.page.clock.fastForward(DAY);
  const later = await fromReminder(harness, t);
  const { w } = later;
  await expect(heading(w, t('break:nextDay.title'))).toBeFocused();
  await later.choose('N1', 'same');
  await later.choose('N2', '2');
  await later.activate(button(w, t('common:actions.save')));
  await expect(heading(w, t('break:choose.title'))).toBeFocused();
  await later.activate(button(w, t('break:choose.plan.start', { count: 7 })));
  await planWalk(harness, later, t, 7, false);
});

test('a short walk by keyboard alone: Enter twice and Done', async ({ harness }) => {
  const { t } = ENGLISH;
  await harness.start();
  const keys = await fromReminder(harness, t);
  const { w } = keys;
  await expect(heading(w, t('break:choose.title'))).toBeFocused();
  await keys.activate(button(w, t('break:shortWalk.title', { count: 3 })));
  await expect(heading(w, t('break:shortWalk.title', { count: 3 }))).toBeFocused();
  await harness.advance(3 * MINUTE);
  await keys.settled('the short walk time ran out');
  await expect(button(w, t('break:shortWalk.finish'))).toBeFocused();
  await keys.pressToClose('Enter');
});

test('the first break by keyboard alone in German', async ({ harness }) => {
  const { t } = GERMAN;
  await harness.start();
  await harness.updateSettings({ language: 'de' });
  await firstBreak(harness, t, false);
});
