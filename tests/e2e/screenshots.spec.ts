// Screenshots of every window in light and dark, for people to look at (test-results/screenshots/; see shots.ts
// for the ones the docs use).
import { test, expect } from './fixtures';
import { MINUTE, type Harness } from './harness';
import type { HarnessView } from '../harness/src/harness-types';
import { saveShot } from './shots';

test.use({ deviceScaleFactor: 2 });

async function shoot(harness: Harness, view: HarnessView, name: string): Promise<void> {
  await saveShot(harness.frameElement(view), name);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ harness, page }) => {
      await page.emulateMedia({ colorScheme });
      await harness.start();
    });

    test('reminder, then the firm reminder', async ({ harness }) => {
      let reminder = await harness.sitUntilReminder();
      await shoot(harness, 'reminder', `reminder-${colorScheme}`);
      for (let i = 0; i < 2; i++) {
        await reminder.getByRole('button', { name: 'Snooze 10 min' }).click();
        await expect(harness.frameElement('reminder')).toHaveCount(0);
        reminder = await harness.sitUntilReminder(10);
      }
      await expect(reminder.getByRole('button', { name: /Snooze/ })).toHaveCount(0);
      await shoot(harness, 'reminder', `reminder-firm-${colorScheme}`);
    });

    test('home: sitting, then paused', async ({ harness, page }) => {
      await harness.typing(true);
      await harness.advance(17 * MINUTE);
      await harness.open('main');
      await expect(harness.window('main').getByRole('heading', { level: 1 })).toHaveText(/17 min/);
      await shoot(harness, 'main', `home-${colorScheme}`);
      await page.getByRole('button', { name: 'For 1 hour' }).click();
      await expect(harness.window('main').getByText('In a meeting until')).toBeVisible();
      await shoot(harness, 'main', `home-paused-${colorScheme}`);
    });

    test('settings: as loaded, then with invalid input', async ({ harness }) => {
      await harness.open('settings');
      const settings = harness.window('settings');
      await expect(settings.getByLabel('Sitting time before a reminder')).toHaveValue('30');
      await shoot(harness, 'settings', `settings-${colorScheme}`);
      await settings.getByLabel('Sitting time before a reminder').fill('90');
      await settings.getByRole('checkbox', { name: '5 min', exact: true }).uncheck();
      await settings.getByRole('checkbox', { name: '10 min', exact: true }).uncheck();
      await settings.getByRole('checkbox', { name: '15 min', exact: true }).uncheck();
      await expect(settings.getByText('Choose at least one snooze length.')).toBeVisible();
      await shoot(harness, 'settings', `settings-invalid-${colorScheme}`);
    });

    test('short walk: the choice, running, then done', async ({ harness }) => {
      await harness.page.getByRole('button', { name: 'Start a walk now' }).click();
      const walk = harness.window('break');
      await expect(walk.getByRole('heading', { name: 'Time to stand up and walk' })).toBeFocused();
      await shoot(harness, 'break', `break-choose-${colorScheme}`);
      await walk.getByRole('button', { name: 'Walk for 3 minutes' }).click();
      await expect(walk.getByRole('timer')).toHaveText('3:00');
      await harness.advance(MINUTE + 20_000);
      await expect(walk.getByRole('timer')).toHaveText('1:40');
      await shoot(harness, 'break', `break-${colorScheme}`);
      await harness.advance(2 * MINUTE);
      await expect(walk.getByRole('status')).toContainText('3 minutes done');
      await shoot(harness, 'break', `break-done-${colorScheme}`);
    });
  });
}

test('the harness page itself', async ({ harness, page }) => {
  await harness.start();
  await harness.open('main');
  await harness.sitUntilReminder();
  await saveShot(page.locator('body'), 'harness-light');
});
