// The sitting reminder end to end: the real core decides, the production renderer shows it, time is page.clock.
import { test, expect } from './fixtures';
import { MINUTE, SECOND } from './harness';

test.describe('sitting reminder', () => {
  test.beforeEach(async ({ harness }) => {
    await harness.start();
  });

  test('appears after 30 min of typing at a typing pause, snoozes 5 min, then returns', async ({
    harness,
    page,
  }) => {
    await harness.typing(true);
    await harness.advance(30 * MINUTE);
    // Due, but the user is mid-sentence: the core waits for a pause in typing.
    await expect(harness.frameElement('reminder')).toHaveCount(0);

    await harness.typing(false);
    await harness.advance(10 * SECOND);
    const reminder = harness.window('reminder');
    await expect(harness.frameElement('reminder')).toBeVisible();
    await expect(reminder.getByRole('heading', { name: 'Time to get up: 30 minutes seated' })).toBeVisible();
    await expect(reminder.getByRole('button', { name: 'Start walk' })).toBeFocused();
    for (const minutes of [5, 10, 15]) {
      await expect(reminder.getByRole('button', { name: `Snooze ${minutes} min` })).toBeVisible();
    }
    await expect(page.getByTestId('notification')).toContainText('Time to get up: 30 minutes seated');

    await reminder.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect(harness.frameElement('reminder')).toHaveCount(0);
    await expect(page.getByTestId('notification')).toHaveCount(0);
    expect((await harness.events()).filter((e) => e.type === 'reminder-snoozed')).toMatchObject([
      { minutes: 5 },
    ]);

    await harness.typing(true);
    await harness.advance(4 * MINUTE);
    await expect(harness.frameElement('reminder')).toHaveCount(0);

    await harness.typing(false);
    await harness.advance(MINUTE + 10 * SECOND);
    await expect(harness.frameElement('reminder')).toBeVisible();
    await expect(harness.window('reminder').getByRole('heading', { level: 1 })).toHaveText(
      'Time to get up: 35 minutes seated',
    );
  });

  test('Escape skips the reminder', async ({ harness, page }) => {
    const reminder = await harness.sitUntilReminder();
    await expect(reminder.getByRole('button', { name: 'Start walk' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(harness.frameElement('reminder')).toHaveCount(0);
    expect((await harness.events()).filter((e) => e.type === 'reminder-skipped')).toMatchObject([
      { via: 'escape' },
    ]);
    // A skip starts a new interval: nothing for the next 29 minutes.
    await harness.typing(true);
    await harness.advance(29 * MINUTE);
    await expect(harness.frameElement('reminder')).toHaveCount(0);
  });

  test('Skip button skips; two snoozes in a row make the next reminder firm', async ({ harness }) => {
    let reminder = await harness.sitUntilReminder();
    await reminder.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect(harness.frameElement('reminder')).toHaveCount(0);
    reminder = await harness.sitUntilReminder(5);
    await reminder.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect(harness.frameElement('reminder')).toHaveCount(0);

    reminder = await harness.sitUntilReminder(5);
    await expect(reminder.getByRole('heading', { level: 1 })).toHaveText(
      /^You've been sitting for 4\d minutes$/,
    );
    await expect(reminder.getByRole('button', { name: /Snooze/ })).toHaveCount(0);
    await reminder.getByRole('button', { name: 'Skip' }).click();
    await expect(harness.frameElement('reminder')).toHaveCount(0);
    expect((await harness.events()).filter((e) => e.type === 'reminder-skipped')).toMatchObject([
      { via: 'button' },
    ]);
  });

  test('Start walk offers the short walk; its 3 minutes end with Done and reset sitting', async ({
    harness,
  }) => {
    const reminder = await harness.sitUntilReminder();
    await reminder.getByRole('button', { name: 'Start walk' }).click();
    await expect(harness.frameElement('reminder')).toHaveCount(0);

    const walk = harness.window('break');
    await expect(walk.getByRole('heading', { name: 'Time to stand up and walk' })).toBeFocused();
    await walk.getByRole('button', { name: 'Walk for 3 minutes' }).click();
    await expect(walk.getByRole('heading', { name: 'Walk for 3 minutes' })).toBeFocused();
    await expect(walk.getByRole('timer')).toHaveText('3:00');
    await expect(walk.getByText('General guidance, not medical advice.')).toBeVisible();
    await harness.advance(61 * SECOND);
    await expect(walk.getByRole('timer')).toHaveText('1:59');
    await harness.advance(2 * MINUTE);
    await expect(walk.getByRole('timer')).toHaveText('0:00');
    await expect(walk.getByRole('status')).toContainText('3 minutes done');

    await walk.getByRole('button', { name: 'Done' }).click();
    await expect(harness.frameElement('break')).toHaveCount(0);
    const events = await harness.events();
    expect(events.filter((e) => e.type === 'walk-ended')).toMatchObject([{ completed: true }]);
    expect(events.filter((e) => e.type === 'break')).toMatchObject([{ kind: 'guided' }]);
    expect((await harness.snapshot()).sittingMs).toBe(0);
  });
});

test.describe('home view', () => {
  test.beforeEach(async ({ harness }) => {
    await harness.start();
    await harness.typing(true);
    await harness.open('main');
  });

  test('counts sitting minutes live and shows the next reminder', async ({ harness }) => {
    const home = harness.window('main');
    const heading = home.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(/Sitting for\s*0 min/);
    await expect(home.getByText('Next reminder around')).toContainText('09:30');
    await expect(home.getByText('At your desk')).toBeVisible();

    await harness.advance(12 * MINUTE);
    await expect(heading).toHaveText(/Sitting for\s*12 min/);

    await home.getByRole('button', { name: 'I just moved' }).click();
    await expect(heading).toHaveText(/Sitting for\s*0 min/);
    await expect(home.getByRole('status')).toHaveText('Sitting time reset. Nice work.');
    await expect(home.getByText('Next reminder around')).toContainText('09:42');
  });

  test('a lock of 2 minutes or more resets sitting; a shorter one does not', async ({ harness }) => {
    const heading = harness.window('main').getByRole('heading', { level: 1 });
    await harness.advance(20 * MINUTE);
    await expect(heading).toHaveText(/Sitting for\s*20 min/);

    await harness.lock();
    await harness.advance(MINUTE);
    await harness.unlock();
    await harness.advance(MINUTE);
    await expect(heading).toHaveText(/Sitting for\s*22 min/);

    await harness.lock();
    await harness.advance(3 * MINUTE);
    await harness.unlock();
    await expect(heading).toHaveText(/Sitting for\s*0 min/);
    expect((await harness.events()).filter((e) => e.type === 'break')).toMatchObject([
      { kind: 'inferred', cause: 'lock' },
    ]);
    await harness.advance(5 * MINUTE);
    await expect(heading).toHaveText(/Sitting for\s*5 min/);
  });

  test('"In a meeting" from the tray shows until when; Resume brings reminders back', async ({
    harness,
    page,
  }) => {
    const home = harness.window('main');
    await page.getByRole('button', { name: 'For 1 hour' }).click();
    await expect(home.getByText('In a meeting until')).toContainText('10:00');
    await expect(page.getByTestId('tray-tooltip')).toContainText('in a meeting until 10:00');

    await home.getByRole('button', { name: 'Resume' }).click();
    await expect(home.getByText('In a meeting until')).toHaveCount(0);
    await expect(home.getByText('Next reminder around')).toContainText('09:30');
  });
});
