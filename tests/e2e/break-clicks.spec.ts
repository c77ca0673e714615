// How many clicks a break takes (issue 20's goals): a first full break at most 25, a later one at most 15, a
// short walk at most 2, with every safety question still answered explicitly. Every click, tick and field a user
// touches goes through `tap`, which counts it; typing into a field is not a click. Counted from the reminder's
// Start walk until the walk is recorded and its result is on screen (closing the window is not counted); the
// stretches are skipped (following each move is optional and costs a click per move).
import type { FrameLocator, Locator } from '@playwright/test';
import { POST_WALK, PRE_WALK } from '../../electron/shared/break-content';
import { ENGLISH } from '../fakes/i18n';
import { test, expect } from './fixtures';
import { MINUTE, type Harness } from './harness';

const { t: en } = ENGLISH;
const DAY = 24 * 60 * MINUTE;

/** Counts the clicks of one journey. */
class Clicks {
  count = 0;
  async tap(target: Locator): Promise<void> {
    this.count++;
    await target.click();
  }
}

const radio = (w: FrameLocator, question: string, answer: string): Locator =>
  w.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true });

async function heading(w: FrameLocator, name: string | RegExp): Promise<void> {
  await expect(w.getByRole('heading', { level: 1, name })).toBeFocused();
}

/** From the reminder to the break window's first screen: one click. */
async function fromReminder(
  harness: Harness,
  clicks: Clicks,
  first = 'Time to stand up and walk',
): Promise<FrameLocator> {
  const reminder = await harness.sitUntilReminder();
  await clicks.tap(reminder.getByRole('button', { name: 'Start walk' }));
  const w = harness.window('break');
  await heading(w, first);
  return w;
}

/** Check-in, the walk (warm-up and cool-down skipped) and the symptom check of a walk where nothing happened. */
async function planWalk(harness: Harness, w: FrameLocator, clicks: Clicks, minutes: number): Promise<void> {
  await heading(w, 'Quick check before you go');
  // Pain right now was asked a moment ago (first-run form, next-day check): the check-in starts from that answer.
  await expect(radio(w, en(PRE_WALK.P0.text), '2')).toBeChecked();
  await clicks.tap(
    w.getByRole('group', { name: en(PRE_WALK.P1.text) }).getByRole('checkbox', { name: 'None of these' }),
  );
  await clicks.tap(w.getByRole('button', { name: 'Continue' }));
  await heading(w, 'Warm-up');
  await clicks.tap(w.getByRole('button', { name: 'Skip the warm-up and walk' }));
  await heading(w, `Your ${minutes}-minute walk`);
  await harness.advance(minutes * MINUTE);
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Walk done');
  await clicks.tap(w.getByRole('button', { name: 'On to the cool-down' }));
  await heading(w, 'Cool-down');
  await clicks.tap(w.getByRole('button', { name: 'Skip the cool-down' }));
  await heading(w, 'How did your back find the walk?');
  await clicks.tap(radio(w, en(POST_WALK.Q1.text), '2'));
  await clicks.tap(radio(w, en(POST_WALK.Q2.text), '3'));
  await expect(radio(w, en(POST_WALK.Q3.text), 'Yes')).toBeChecked();
  await clicks.tap(radio(w, en('break:symptoms.quick.legend'), 'No, none of these'));
  await clicks.tap(radio(w, en(POST_WALK.Q10.text), 'About right'));
  // A walk where nothing happened is answered in about one window height (the form, not the footer).
  const form = (await w.locator('form').boundingBox())!.height;
  const window = (await harness.frameElement('break').boundingBox())!.height;
  expect(form).toBeLessThanOrEqual(window * 1.2);
  await clicks.tap(w.getByRole('button', { name: 'See what this means' }));
  await heading(w, 'Nice work');
}

test.describe.configure({ timeout: 90_000 });

test('a first full break and a later one stay within 25 and 15 clicks, every safety answer given', async ({
  harness,
}) => {
  await harness.start();
  const first = new Clicks();
  const w = await fromReminder(harness, first);
  await first.tap(w.getByRole('button', { name: 'Set up my plan' }));
  await heading(w, /Let.s set up your walking plan/);
  const minutes = w.getByLabel(/How many minutes can you walk/);
  await first.tap(minutes);
  await minutes.fill('10');
  await first.tap(radio(w, en(PRE_WALK.P0.text), '2'));
  await first.tap(radio(w, 'Are you in a flare-up of back pain at the moment?', 'No'));
  await first.tap(w.getByRole('button', { name: 'No to all of these' }));
  await first.tap(w.getByRole('checkbox', { name: /I have read this/ }));
  await first.tap(w.getByRole('button', { name: 'Start my plan' }));
  await planWalk(harness, w, first, 7);
  console.log(`clicks: first full break ${first.count}`);
  expect(first.count).toBeLessThanOrEqual(25);

  const evaluated = (await harness.events()).filter((e) => e.type === 'walk-evaluated');
  expect(evaluated).toMatchObject([{ outcome: 'continue', zone: 'green' }]);
  await w.getByRole('button', { name: 'Close' }).click();

  // The next day: the next-day check comes first (it is part of that break), then the walk.
  await harness.page.clock.fastForward(DAY);
  const later = new Clicks();
  const w2 = await fromReminder(harness, later, 'How is your back today?');
  await later.tap(
    radio(w2, 'Compared with before yesterday’s walk, how is your back today?', 'About the same'),
  );
  await later.tap(radio(w2, 'How much does your back hurt right now?', '2'));
  await later.tap(w2.getByRole('button', { name: 'Save' }));
  await heading(w2, 'Time to stand up and walk');
  await later.tap(w2.getByRole('button', { name: 'Start my 7-minute walk' }));
  await planWalk(harness, w2, later, 7);
  console.log(`clicks: later break ${later.count}`);
  expect(later.count).toBeLessThanOrEqual(15);
});

test('a short walk takes 2 clicks: it is recorded when its time is up', async ({ harness }) => {
  await harness.start();
  const short = new Clicks();
  const w = await fromReminder(harness, short);
  await short.tap(w.getByRole('button', { name: 'Walk for 3 minutes' }));
  await heading(w, 'Walk for 3 minutes');
  await harness.advance(3 * MINUTE);
  await expect(w.getByRole('status')).toContainText('3 minutes done');
  await expect(w.getByRole('button', { name: 'Done' })).toBeFocused();
  const events = await harness.events();
  expect(events.filter((e) => e.type === 'walk-ended')).toMatchObject([{ completed: true }]);
  expect((await harness.snapshot()).sittingMs).toBe(0);
  console.log(`clicks: short walk ${short.count}`);
  expect(short.count).toBeLessThanOrEqual(2);
});
