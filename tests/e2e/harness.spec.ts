// The browser harness itself: the demo seed, the tray drawn from trayModel, sleep/wake and quit.
import { test, expect } from './fixtures';
import { HOUR, MINUTE, SECOND, START } from './harness';

test('?sat=29 starts the demo 29 minutes into sitting; the tray follows the core', async ({
  harness,
  page,
}) => {
  // Monday 10:00: the 29 minutes (from 09:31) are all inside the default working hours (09:00–17:30).
  await harness.start('?sat=29', START + HOUR);
  await expect(page.getByTestId('tray-tooltip')).toHaveText('WalkBreak: Sitting for 29 min');
  await expect(page.locator('img.tray-icon')).toHaveAttribute('data-state', 'approaching');
  await page.getByRole('button', { name: 'Open WalkBreak' }).click();
  await expect(harness.window('main').getByRole('heading', { level: 1 })).toHaveText(/Sitting for\s*29 min/);

  await harness.advance(MINUTE + 10 * SECOND);
  await expect(harness.frameElement('reminder')).toBeVisible();
  await expect(page.locator('img.tray-icon')).toHaveAttribute('data-state', 'overdue');
  await page.getByRole('button', { name: 'Snooze 5 min' }).click(); // the tray menu's snooze
  await expect(harness.frameElement('reminder')).toHaveCount(0);
});

test('sitting before 09:00 does not count toward a reminder (working hours are on by default)', async ({
  harness,
  page,
}) => {
  await harness.start('', START - 30 * MINUTE); // Monday 08:30
  await harness.typing(true);
  await harness.advance(15 * MINUTE);
  // (The tray's minutes follow the engine's idle samples, every 2 minutes while sitting.)
  await expect(page.getByTestId('tray-tooltip')).toHaveText(
    /^WalkBreak: Sitting for 1[45] min \(outside working hours\)$/,
  );
  // 09:05: 35 minutes seated, more than the 30-minute threshold, but only 5 of them in working hours.
  await harness.advance(20 * MINUTE);
  await harness.typing(false);
  await harness.advance(10 * SECOND);
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  await expect(page.getByTestId('tray-tooltip')).toHaveText(/^WalkBreak: Sitting for 3[45] min$/);
  expect((await harness.snapshot()).nextReminderAt).toBe(START + 30 * MINUTE);

  // The reminder comes 30 minutes into working hours, at the first pause in typing after 09:30.
  await harness.typing(true);
  await harness.advance(24 * MINUTE + 30 * SECOND); // 09:29:40
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  await harness.advance(30 * SECOND);
  await harness.typing(false);
  await harness.advance(10 * SECOND);
  await expect(harness.window('reminder').getByRole('button', { name: 'Start walk' })).toBeVisible();
});

test('sleep of 2 minutes or more is a break; quit closes every window', async ({ harness, page }) => {
  await harness.start();
  await harness.typing(true);
  await harness.open('main');
  const heading = harness.window('main').getByRole('heading', { level: 1 });
  await harness.advance(10 * MINUTE);
  await expect(heading).toHaveText(/Sitting for\s*10 min/);

  await page.getByRole('button', { name: 'Sleep' }).click();
  await harness.advance(20 * MINUTE);
  await page.getByRole('button', { name: 'Wake' }).click();
  await expect(heading).toHaveText(/Sitting for\s*0 min/);
  expect((await harness.events()).filter((e) => e.type === 'break')).toMatchObject([{ cause: 'suspend' }]);

  await page.getByRole('button', { name: 'Quit WalkBreak' }).click();
  await expect(harness.frameElement('main')).toHaveCount(0);
  await expect(page.getByText('WalkBreak has quit.')).toBeVisible();
});
