// Settings end to end: each valid field is saved as it changes, an invalid one is not; a save reaches the real core at once (a new
// threshold moves the next reminder without a restart); working hours edited by keyboard stop reminders outside
// them; every control works by keyboard (shortcuts are recorded by pressing them); choosing Deutsch turns Settings
// and Home German at once; the editor is axe clean in light and dark, in English and German (screenshots in
// test-results/screenshots/).
import type { FrameLocator } from '@playwright/test';
import { englishIn } from './english';
import { analyze, blocking } from './axe';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';
import { saveShot } from './shots';

test.beforeEach(async ({ harness }) => {
  await harness.start();
});

test('opens from the tray, refuses out-of-range values, saves valid ones', async ({ harness, page }) => {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = harness.window('settings');
  await expect(settings.getByRole('heading', { name: 'Settings' })).toBeFocused();
  const sitting = settings.getByLabel('Sitting time before a reminder');
  await expect(sitting).toHaveValue('30');

  await sitting.fill('10');
  await expect(settings.getByText('Choose a value from 20 to 60 minutes.')).toBeVisible();
  await expect(sitting).toHaveAttribute('aria-invalid', 'true');
  await sitting.fill('');
  await expect(settings.getByText('Enter a number of minutes from 20 to 60.')).toBeVisible();
  expect((await harness.settings()).sitThresholdMin).toBe(30);
  await expect(settings.getByRole('status')).toHaveText('');

  await sitting.fill('45');
  await settings.getByRole('checkbox', { name: '15 min', exact: true }).uncheck();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(() => harness.settings())
    .toMatchObject({
      sitThresholdMin: 45,
      awayThresholdMin: 5,
      snoozeOptionsMin: [5, 10],
      remindersEnabled: true,
      workingHours: { enabled: true },
    });
  expect((await harness.snapshot()).nextReminderAt).toBe((await harness.now()) + 45 * MINUTE);
});

test('a threshold lowered mid-bout brings the reminder forward at once, no restart', async ({ harness }) => {
  await harness.typing(true);
  await harness.advance(10 * MINUTE);
  await harness.open('settings');
  const settings = harness.window('settings');
  await settings.getByLabel('Sitting time before a reminder').fill('20');
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
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByTestId('tray-tooltip')).toHaveText('WalkBreak: Sitting for 0 min (reminders off)');

  await page.getByRole('button', { name: 'Open WalkBreak' }).click();
  await expect(harness.window('main').getByText('Reminders are off.')).toBeVisible();
});

/**
 * Opens Settings, where working hours are on by default (09:00–17:30, weekdays); the keyboard turns them off and
 * on again, and the days hide and come back.
 */
async function openHours(harness: Harness) {
  await harness.open('settings');
  const settings = harness.window('settings');
  const toggle = settings.getByRole('switch', { name: 'Only remind me during working hours' });
  await expect(toggle).toBeChecked();
  await expect(settings.getByRole('group', { name: 'Monday' })).toBeVisible();
  await toggle.focus();
  await toggle.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(settings.getByRole('group', { name: 'Monday' })).toHaveCount(0);
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expect(settings.getByRole('group', { name: 'Monday' })).toBeVisible();
  await expect(settings.getByLabel('Monday range 1 ends')).toHaveValue('17:30');
  return settings;
}

test('working hours set by keyboard: no reminder after they end, the tray says so', async ({
  harness,
  page,
}) => {
  const settings = await openHours(harness);
  // Monday (the harness starts on Monday 09:00): one range, 09:00–09:33. The reminder due at 09:30 falls in
  // the last 5 minutes before it ends, so none is planned; after 09:33 none can come.
  await harness.typing(true);
  const end = settings.getByLabel('Monday range 1 ends');
  await end.fill('09:00');
  await expect(settings.getByText('A time range must end at a different time than it starts.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await end.fill('09:33');
  await expect
    .poll(async () => (await harness.settings()).workingHours.days.mon)
    .toEqual([{ start: '09:00', end: '09:33' }]);
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
    await settings.getByRole('button', { name: 'Add a range on Tuesday' }).click();
    await settings.getByLabel('Tuesday range 2 starts').fill('12:00');
    await expect(settings.getByText('Time ranges on the same day must not overlap.')).toBeVisible();
    await harness.frameElement('settings').screenshot({
      path: `test-results/screenshots/settings-hours-${colorScheme}.png`,
      animations: 'disabled',
    });
    await settings.getByLabel('Snooze the reminder', { exact: true }).fill('S');
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

test('every control is reached with Tab and works by keyboard; shortcuts are recorded by pressing them', async ({
  harness,
}) => {
  test.slow(); // working hours are on by default: the form has 50 controls, a time field a Tab per part
  await harness.open('settings');
  const settings = harness.window('settings');
  await expect(settings.getByRole('heading', { name: 'Settings' })).toBeFocused();

  // Tab from the heading reaches every control in order (one radio per group, as radio groups work).
  type Control = {
    disabled: boolean;
    type?: string;
    checked?: boolean;
    name?: string;
    dataset: Record<string, string>;
  };
  const expected = await settings.locator('form').evaluate((form) => {
    const controls = [...form.querySelectorAll('input, button')]
      .map((el) => el as unknown as Control)
      .filter((el) => !el.disabled && !(el.type === 'radio' && !el.checked));
    controls.forEach((el, i) => (el.dataset['tab'] = String(i)));
    return controls.length;
  });
  // A time field (working hours are on by default) takes one Tab per part, hours then minutes: a control counts
  // once however many presses it keeps the focus for.
  const reached: string[] = [];
  for (let presses = 0; reached.length < expected && presses < 3 * expected; presses++) {
    await harness.page.keyboard.press('Tab');
    const tab = await settings.locator('body').evaluate((body) => {
      const active = (body as unknown as { ownerDocument: { activeElement: Control | null } }).ownerDocument
        .activeElement;
      return active?.dataset['tab'] ?? '-';
    });
    if (reached.at(-1) !== tab) reached.push(tab);
  }
  expect(reached).toEqual(Array.from({ length: expected }, (_, i) => String(i)));

  const breakLength = settings.getByLabel('Suggested break length');
  await breakLength.focus();
  await breakLength.press('ArrowUp');
  await breakLength.press('ArrowUp');
  await expect(breakLength).toHaveValue('5');
  const inRow = settings.getByLabel('Snoozes in a row, at most');
  await inRow.focus();
  await inRow.press('ArrowDown');
  await expect(inRow).toHaveValue('1');
  const extra = settings.getByLabel('Extra time from snoozes, at most');
  await extra.focus();
  await extra.press('ControlOrMeta+a');
  await extra.press('4');
  await expect(settings.getByText('Choose a value from 5 to 30 minutes.')).toBeVisible();
  await extra.press('5');
  await expect(extra).toHaveValue('45');
  await expect(settings.getByText('Choose a value from 5 to 30 minutes.')).toBeVisible();
  await extra.press('Backspace');
  await expect(extra).toHaveValue('4');
  await extra.press('Backspace');
  await extra.press('2');
  await extra.press('0');
  await expect(extra).toHaveValue('20');

  const volume = settings.getByRole('slider', { name: 'Volume' });
  await volume.focus();
  await volume.press('ArrowLeft');
  await volume.press('ArrowLeft');
  await expect(volume).toHaveAttribute('aria-valuetext', '58%');
  await expect(settings.getByText('58%', { exact: true })).toBeVisible();
  await settings.getByRole('button', { name: 'Play a test sound' }).press('Enter');

  const snoozeKey = settings.getByLabel('Snooze the reminder', { exact: true });
  await snoozeKey.focus();
  await snoozeKey.press('Control+Alt+KeyW');
  await expect(snoozeKey).toHaveValue('CommandOrControl+Alt+W');
  await snoozeKey.press('Escape');
  await expect(snoozeKey).toHaveValue('');
  await snoozeKey.press('Control+Shift+F5');
  await expect(snoozeKey).toHaveValue('CommandOrControl+Shift+F5');
  const walkKey = settings.getByLabel('Start a walk', { exact: true });
  await walkKey.focus();
  await walkKey.press('Control+Shift+F5');
  await expect(settings.getByText('Snooze and Start a walk need different shortcuts.')).toBeVisible();
  await walkKey.press('Backspace');
  await expect(walkKey).toHaveValue('');
  await walkKey.press('Alt+Shift+KeyW');
  await expect(walkKey).toHaveValue('Alt+Shift+W');

  const sound = settings.getByRole('switch', { name: 'Play a sound with a reminder' });
  await sound.focus();
  await sound.press('Space');
  await expect(sound).not.toBeChecked();
  await expect(volume).toHaveCount(0);
  await sound.press('Space');
  await expect(volume).toHaveAttribute('aria-valuetext', '58%');

  const dark = settings.getByRole('radio', { name: 'Dark' });
  await settings.getByRole('radio', { name: 'Same as system' }).focus();
  await harness.page.keyboard.press('ArrowRight');
  await harness.page.keyboard.press('ArrowRight');
  await expect(dark).toBeChecked();
  await settings.getByRole('radio', { name: 'System language' }).focus();
  await harness.page.keyboard.press('ArrowRight');
  await expect(settings.getByRole('radio', { name: 'English' })).toBeChecked();

  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(() => harness.settings())
    .toMatchObject({
      breakSuggestedMin: 5,
      snoozeMaxInRow: 1,
      snoozeMaxExtraMin: 20,
      soundEnabled: true,
      soundVolume: 58,
      shortcuts: { snooze: 'CommandOrControl+Shift+F5', startWalk: 'Alt+Shift+W' },
      theme: 'dark',
      language: 'en',
    });
});

/** Settings with everything shown that can be: working hours (on by default) with a second range on Monday. */
async function showEverything(
  settings: FrameLocator,
  words: { hours: string; addMonday: string; mondaySecond: string },
): Promise<void> {
  await expect(settings.getByRole('switch', { name: words.hours })).toBeChecked();
  await settings.getByRole('button', { name: words.addMonday }).click();
  await expect(settings.getByLabel(words.mondaySecond)).toHaveValue('17:30');
}

test('choosing Deutsch in Settings turns Settings and Home German at once', async ({ harness }) => {
  await harness.typing(true);
  await harness.advance(12 * MINUTE);
  await harness.open('settings');
  const settings = harness.window('settings');
  await showEverything(settings, {
    hours: 'Only remind me during working hours',
    addMonday: 'Add a range on Monday',
    mondaySecond: 'Monday range 2 starts',
  });
  expect((await englishIn(settings)).length).toBeGreaterThan(20); // the check sees English while it is English

  const deutsch = settings.getByRole('radio', { name: 'Deutsch' });
  await settings.getByRole('radio', { name: 'System language' }).focus();
  await harness.page.keyboard.press('ArrowRight');
  await harness.page.keyboard.press('ArrowRight');
  await expect(deutsch).toBeChecked();
  await expect(deutsch.locator('xpath=..')).toHaveAttribute('lang', 'de');

  await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  await expect(settings.getByRole('status')).toHaveText('Gespeichert.');
  await expect(settings.locator('html')).toHaveAttribute('lang', 'de');
  await expect(settings.getByRole('group', { name: 'Montag' })).toBeVisible();
  expect(await englishIn(settings)).toEqual([]);
  expect(await harness.settings()).toMatchObject({ language: 'de', workingHours: { enabled: true } });

  await harness.open('main');
  const home = harness.window('main');
  await expect(home.getByRole('heading', { level: 1 })).toContainText('Sie sitzen seit');
  await expect(home.getByRole('button', { name: 'Ich habe mich gerade bewegt' })).toBeVisible();
  expect(await englishIn(home)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Settings in German: invalid input refused in German, axe clean, screenshots (${colorScheme})`, async ({
    harness,
    page,
  }) => {
    test.slow(); // axe over the whole form takes seconds on a loaded 2-core machine
    await page.emulateMedia({ colorScheme });
    await harness.updateSettings({ language: 'de' });
    await harness.open('settings');
    const settings = harness.window('settings');
    await expect(settings.getByRole('heading', { name: 'Einstellungen' })).toBeFocused();
    await showEverything(settings, {
      hours: 'Nur während der Arbeitszeiten erinnern',
      addMonday: 'Montag: Zeitraum hinzufügen',
      mondaySecond: 'Montag, Zeitraum 2, Beginn',
    });
    await saveShot(harness.frameElement('settings'), `settings-de-${colorScheme}`);

    const sitting = settings.getByLabel('Sitzzeit bis zur Erinnerung');
    await sitting.fill('90');
    await expect(settings.getByText('Wählen Sie einen Wert von 20 bis 60 Minuten.')).toBeVisible();
    await expect(sitting).toHaveAttribute('aria-invalid', 'true');
    await settings.getByLabel('Verschiebungen in Folge, höchstens').fill('3');
    await expect(settings.getByText('Wählen Sie eine Zahl von 0 bis 2.')).toBeVisible();
    await settings.getByLabel('Montag, Zeitraum 2, Beginn').fill('12:00');
    await expect(
      settings.getByText('Zeiträume am selben Tag dürfen sich nicht überschneiden.'),
    ).toBeVisible();
    await settings.getByLabel('Erinnerung verschieben', { exact: true }).fill('S');
    await expect(settings.getByText(/^Verwenden Sie eine oder mehrere der Tasten Strg, Alt/)).toBeVisible();
    expect(await englishIn(settings)).toEqual([]);

    // The whole window, as tall as its content, to look at every section's wrapping.
    const frame = harness.frameElement('settings');
    type Sized = { height: string };
    const height = await frame.evaluate((el) => (el as unknown as Sized).height);
    const full = await settings.locator('html').evaluate((el) => el.scrollHeight);
    await frame.evaluate((el, h) => ((el as unknown as Sized).height = String(h)), full);
    await saveShot(frame, `settings-de-invalid-full-${colorScheme}`);
    await frame.evaluate((el, h) => ((el as unknown as Sized).height = h), height);

    const axeFrame = page.frame({ name: 'settings' });
    if (!axeFrame) throw new Error('no settings frame');
    await page.clock.resume(); // axe schedules its own work with setTimeout
    expect(blocking(await analyze(axeFrame))).toEqual([]);
    expect(await harness.settings()).toMatchObject({ sitThresholdMin: 30, snoozeMaxInRow: 2 });
  });
}

test('Home links to Settings; a change there is kept and Home is one link away', async ({ harness }) => {
  await harness.open('main');
  const home = harness.window('main');
  await home.getByRole('link', { name: 'Change settings' }).click();
  await expect(home.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await home.getByRole('switch', { name: 'Remind me to get up' }).uncheck();
  await expect(home.getByRole('status')).toHaveText('Saved.');
  await home.getByRole('button', { name: 'Undo' }).click();
  await expect(home.getByRole('status')).toHaveText('Change undone.');
  await expect.poll(async () => (await harness.settings()).remindersEnabled).toBe(true);
  await home.getByRole('switch', { name: 'Remind me to get up' }).uncheck();
  await expect(home.getByRole('status')).toHaveText('Saved.');
  // Leaving at once loses nothing: each change was saved as it was made.
  await home.getByRole('link', { name: '← Home' }).click();
  await expect(home.getByText('Reminders are off.')).toBeVisible();
  expect((await harness.settings()).remindersEnabled).toBe(false);
});
