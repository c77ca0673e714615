// Settings end to end: inline validation keeps Save disabled; a valid save reaches the real core at once (a new
// threshold moves the next reminder without a restart); working hours edited by keyboard stop reminders outside
// them; the editor is axe clean in light and dark (screenshots in test-results/screenshots/).
import { analyze, blocking } from './axe';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';

test.beforeEach(async ({ harness }) => {
  await harness.start();
});

test('opens from the tray, refuses out-of-range values, saves valid ones', async ({ harness, page }) => {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = harness.window('settings');
  await expect(settings.getByRole('heading', { name: 'Settings' })).toBeFocused();
  const sitting = settings.getByLabel('Sitting time before a reminder');
  const save = settings.getByRole('button', { name: 'Save' });
  await expect(sitting).toHaveValue('30');

  await sitting.fill('10');
  await expect(settings.getByText('Choose a value from 20 to 60 minutes.')).toBeVisible();
  await expect(sitting).toHaveAttribute('aria-invalid', 'true');
  await expect(save).toBeDisabled();
  await sitting.fill('');
  await expect(settings.getByText('Enter a number of minutes from 20 to 60.')).toBeVisible();
  await expect(save).toBeDisabled();

  await sitting.fill('45');
  await settings.getByRole('checkbox', { name: '15 min', exact: true }).uncheck();
  await expect(save).toBeEnabled();
  await save.click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  expect(await harness.settings()).toMatchObject({
    sitThresholdMin: 45,
    awayThresholdMin: 5,
    snoozeOptionsMin: [5, 10],
    remindersEnabled: true,
    workingHours: { enabled: false },
  });
  expect((await harness.snapshot()).nextReminderAt).toBe((await harness.now()) + 45 * MINUTE);
});

test('a threshold lowered mid-bout brings the reminder forward at once, no restart', async ({ harness }) => {
  await harness.typing(true);
  await harness.advance(10 * MINUTE);
  await harness.open('settings');
  const settings = harness.window('settings');
  await settings.getByLabel('Sitting time before a reminder').fill('20');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  expect((await harness.snapshot()).nextReminderAt).toBe((await harness.now()) + 10 * MINUTE);
  await harness.advance(9 * MINUTE + 50 * SECOND);
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  await harness.typing(false);
  await harness.advance(10 * SECOND);
  await expect(harness.window('reminder').getByRole('button', { name: 'Start walk' })).toBeVisible();
});

test('turning reminders off shows on the home view and in the tray', async ({ harness, page }) => {
  await harness.open('settings');
  const settings = harness.window('settings');
  await settings.getByRole('switch', { name: 'Remind me to get up' }).uncheck();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByTestId('tray-tooltip')).toHaveText('WalkBreak: Sitting for 0 min (reminders off)');

  await page.getByRole('button', { name: 'Open WalkBreak' }).click();
  await expect(harness.window('main').getByText('Reminders are off.')).toBeVisible();
});

/** Opens Settings and turns working hours on with the keyboard only. */
async function openHours(harness: Harness) {
  await harness.open('settings');
  const settings = harness.window('settings');
  const toggle = settings.getByRole('switch', { name: 'Only remind me during working hours' });
  await toggle.focus();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expect(settings.getByRole('group', { name: 'Monday' })).toBeVisible();
  return settings;
}

test('working hours set by keyboard: no reminder after they end, the tray says so', async ({
  harness,
  page,
}) => {
  const settings = await openHours(harness);
  const save = settings.getByRole('button', { name: 'Save' });
  // Monday (the harness starts on Monday 09:00): one range, 09:00–09:33. The reminder due at 09:30 falls in
  // the last 5 minutes before it ends, so none is planned; after 09:33 none can come.
  await harness.typing(true);
  await settings.getByRole('button', { name: 'Remove Monday range 2' }).press('Enter');
  const end = settings.getByLabel('Monday range 1 ends');
  await end.fill('09:00');
  await expect(settings.getByText('A time range must end at a different time than it starts.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(save).toBeDisabled();
  await end.fill('09:33');
  await expect(save).toBeEnabled();
  await save.press('Enter');
  await expect(settings.getByRole('status')).toHaveText('Saved.');

  expect((await harness.snapshot()).nextReminderAt).toBeNull();
  await harness.advance(33 * MINUTE);
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  await expect(page.getByTestId('tray-tooltip')).toHaveText(
    'WalkBreak: Sitting for 33 min (outside working hours)',
  );
  await harness.advance(60 * MINUTE);
  await expect(harness.frameElement('reminder')).toHaveCount(0);
  expect((await harness.snapshot()).presence).toBe('present');
  expect((await harness.settings()).workingHours.days.mon).toEqual([{ start: '09:00', end: '09:33' }]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the working-hours editor is axe clean (${colorScheme})`, async ({ harness, page }) => {
    test.slow(); // axe over the whole form takes seconds on a loaded 2-core machine
    await page.emulateMedia({ colorScheme });
    const settings = await openHours(harness);
    await settings.getByRole('button', { name: 'Add a range on Saturday' }).click();
    await settings.getByLabel('Saturday range 1 starts').fill('22:00');
    await settings.getByLabel('Saturday range 1 ends').fill('02:00');
    await settings.getByLabel('Tuesday range 2 starts').fill('12:00');
    await expect(settings.getByText('Time ranges on the same day must not overlap.')).toBeVisible();
    await harness.frameElement('settings').screenshot({
      path: `test-results/screenshots/settings-hours-${colorScheme}.png`,
      animations: 'disabled',
    });
    await settings.getByLabel('Snooze the reminder').fill('S');
    await settings.getByRole('radio', { name: 'Dark' }).scrollIntoViewIfNeeded();
    await harness.frameElement('settings').screenshot({
      path: `test-results/screenshots/settings-more-${colorScheme}.png`,
      animations: 'disabled',
    });
    const frame = page.frame({ name: 'settings' });
    if (!frame) throw new Error('no settings frame');
    await page.clock.resume(); // axe schedules its own work with setTimeout
    expect(blocking(await analyze(frame))).toEqual([]);
  });
}
