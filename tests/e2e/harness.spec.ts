// The browser harness itself: the demo seed, the tray drawn from trayModel, sleep/wake and quit.
import { test, expect } from './fixtures';
import { MINUTE, SECOND } from './harness';

test('?sat=29 starts the demo 29 minutes into sitting; the tray follows the core', async ({
  harness,
  page,
}) => {
  await harness.start('?sat=29');
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
