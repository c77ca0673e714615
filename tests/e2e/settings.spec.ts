// Settings end to end: inline validation keeps Save disabled; a valid save reaches the real core at once.
import { test, expect } from './fixtures';
import { MINUTE } from './harness';

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
  expect(await harness.settings()).toEqual({
    sitThresholdMin: 45,
    awayThresholdMin: 5,
    snoozeOptionsMin: [5, 10],
    remindersEnabled: true,
  });
  expect((await harness.snapshot()).nextReminderAt).toBe((await harness.now()) + 45 * MINUTE);
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
