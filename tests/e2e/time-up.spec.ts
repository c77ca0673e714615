// When a timed walk or a stretch's holds run out (issue 20), in the browser: the break window tells main once what
// comes next (window:time-up), the chime plays at the user's volume (or not at all with sound off), focus is on
// the next step's button so it is one click or one Enter away, and only a window the user is not in gets the
// notification and the flashing taskbar entry; clicking the notification brings the window back with the keyboard
// on that button. The chime is heard through Web Audio: each note's attack ramps to 0.35 × volume.
import type { FrameLocator } from '@playwright/test';
import { PRE_WALK } from '../../electron/shared/break-content';
import { ENGLISH } from '../fakes/i18n';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';

const { t: en } = ENGLISH;

/**
 * Runs in every frame before its scripts: each gain ramp's target (a chime note's peak) is noted on the harness
 * page, so a test hears what the windows played.
 */
const LISTEN_TO_CHIMES = `
  (() => {
    const ramp = AudioParam.prototype.linearRampToValueAtTime;
    AudioParam.prototype.linearRampToValueAtTime = function (value, time) {
      (window.top.__chimePeaks ??= []).push(value);
      return ramp.call(this, value, time);
    };
  })();
`;

/**
 * renderer/src/lib/chime.ts (a DOM module the Node-typed e2e cannot import): two notes (CHIME_NOTES_HZ), each
 * ramping to CHIME_PEAK_GAIN × volume.
 */
const CHIME_NOTES = 2;
const CHIME_PEAK_GAIN = 0.35;

/** The volumes (percent) of the chimes played since the last call. */
async function chimesHeard(harness: Harness): Promise<number[]> {
  const peaks = await harness.page.evaluate(() => {
    const top = globalThis as unknown as { __chimePeaks?: number[] };
    return (top.__chimePeaks ?? []).splice(0);
  });
  const volumes: number[] = [];
  for (let i = 0; i < peaks.length; i += CHIME_NOTES)
    volumes.push(Math.round((peaks[i]! / CHIME_PEAK_GAIN) * 100));
  return volumes;
}

function heading(w: FrameLocator, name: string): Promise<void> {
  return expect(w.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
}

/** First run (a 7-minute plan), the check-in, and the warm-up skipped: the walk's timer runs. */
async function toTheWalk(harness: Harness): Promise<FrameLocator> {
  await harness.open('break');
  const w = harness.window('break');
  await w.getByRole('button', { name: 'Set up my plan' }).click();
  await w.getByLabel(/How many minutes can you walk/).fill('10');
  await w
    .getByRole('group', { name: en(PRE_WALK.P0.text) })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await w
    .getByRole('group', { name: 'Are you in a flare-up of back pain at the moment?' })
    .getByRole('radio', { name: 'No', exact: true })
    .check();
  await w.getByRole('button', { name: 'No to all of these' }).click();
  await w.getByRole('checkbox', { name: /I have read this/ }).check();
  await w.getByRole('button', { name: 'Start my plan' }).click();
  await heading(w, 'Quick check before you go');
  await w
    .getByRole('group', { name: en(PRE_WALK.P1.text) })
    .getByRole('checkbox', { name: 'None of these' })
    .check();
  await w.getByRole('button', { name: 'Continue' }).click();
  await heading(w, 'Warm-up');
  await w.getByRole('button', { name: 'Skip the warm-up and walk' }).click();
  await heading(w, 'Your 7-minute walk');
  return w;
}

const notification = (harness: Harness) => harness.page.getByTestId('notification');
const mainWindow = (harness: Harness) => harness.page.locator('[data-window="main"]');

test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: LISTEN_TO_CHIMES });
});

test('the walk runs out with the window in front: one chime at the user’s volume, focus on the next step, no notification', async ({
  harness,
}) => {
  await harness.start();
  await harness.updateSettings({ soundEnabled: true, soundVolume: 35 });
  const w = await toTheWalk(harness);
  await chimesHeard(harness);
  await harness.advance(7 * MINUTE - SECOND);
  expect(await harness.timeUps()).toEqual([]);
  await harness.advance(2 * SECOND);
  await expect(w.getByRole('heading', { level: 1 })).toHaveText('Walk done');
  const next = w.getByRole('button', { name: 'On to the cool-down' });
  await expect(next).toBeFocused();
  await expect.poll(() => chimesHeard(harness)).toEqual([35]);
  expect(await harness.timeUps()).toEqual(['cool-down']);
  // The user is in the window: main shows nothing more.
  await expect(notification(harness)).toHaveCount(0);
  await expect(mainWindow(harness)).not.toHaveAttribute('data-flashing');
  // More time passing changes nothing: once is once.
  await harness.advance(MINUTE);
  expect(await harness.timeUps()).toEqual(['cool-down']);
  expect(await chimesHeard(harness)).toEqual([]);
  // One key press to the next step.
  await harness.page.keyboard.press('Enter');
  await heading(w, 'Cool-down');
});

test('the holds run out while the user works elsewhere, sound off: no chime, the notification and the flashing window, its click brings the keyboard back to Next move', async ({
  harness,
}) => {
  await harness.start();
  const w = await toTheWalk(harness);
  await harness.advance(7 * MINUTE);
  await w.getByRole('button', { name: 'On to the cool-down' }).click();
  await heading(w, 'Cool-down');
  await harness.updateSettings({ soundEnabled: false });
  await w.getByRole('checkbox', { name: /shorter holds/ }).check();
  await w.getByRole('button', { name: 'Start with move 1' }).click();
  await heading(w, 'Calf stretch at the wall or desk');
  await w.getByRole('button', { name: 'Start timer' }).click();
  await chimesHeard(harness);
  await harness.workElsewhere();
  // Four 10-second holds with a 5-second switch between them: 55 s. The holds and switches on the way say nothing.
  await harness.advance(54 * SECOND);
  expect(await harness.timeUps()).toEqual(['cool-down']);
  await expect(notification(harness)).toHaveCount(0);
  await harness.advance(2 * SECOND);
  await expect(notification(harness)).toContainText('Time’s up: next, the next move');
  await expect(notification(harness)).toContainText('Click to go back to WalkBreak.');
  expect(await harness.timeUps()).toEqual(['cool-down', 'move']);
  await expect(mainWindow(harness)).toHaveAttribute('data-flashing', 'true');
  expect(await chimesHeard(harness)).toEqual([]);

  await notification(harness)
    .getByRole('button', { name: /Time’s up/ })
    .click();
  await expect(notification(harness)).toHaveCount(0);
  await expect(mainWindow(harness)).not.toHaveAttribute('data-flashing');
  // The window has the keyboard again, on the next step's button: Enter moves on.
  const next = w.getByRole('button', { name: 'Next move' });
  await expect(next).toBeFocused();
  const hasFocus = (el: unknown): boolean =>
    (el as { ownerDocument: { hasFocus(): boolean } }).ownerDocument.hasFocus();
  expect(await next.evaluate(hasFocus)).toBe(true);
  await harness.page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { level: 1 })).not.toHaveText('Calf stretch at the wall or desk');
  expect(await harness.timeUps()).toEqual(['cool-down', 'move']);
});
