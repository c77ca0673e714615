// The first-run window (?view=welcome) in Chromium with the real core: where the tray icon is on Windows and
// GNOME, working hours shown and changed by keyboard with Settings' editor (the core stores them), start at
// login, the desk check one click away, Get started closing it; German; axe-clean and photographed in light and
// dark (test-results/screenshots/welcome-*.png).
import { analyze, blocking } from './axe';
import { englishIn } from './english';
import { test, expect } from './fixtures';
import { saveShot } from './shots';

test('Windows: where the tray icon is, working hours changed by keyboard, start at login, Get started', async ({
  harness,
}) => {
  await harness.start('?os=windows');
  await harness.open('welcome');
  const welcome = harness.window('welcome');
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to WalkBreak' })).toBeFocused();
  await expect(welcome.getByText(/After 30 minutes it asks you, at a pause in your typing/)).toBeVisible();
  await expect(welcome.getByTestId('tray-where')).toContainText('click the ^ arrow');
  await expect(welcome.getByText(/drag its icon from there onto the taskbar/)).toBeVisible();
  await expect(welcome.getByTestId('hours-summary')).toHaveText(
    'Monday–Friday: 09:00–17:30; Saturday–Sunday: no reminders',
  );

  // Keyboard only: Tab to "Change working hours", open the editor, end Friday at 14:00.
  const change = welcome.getByRole('button', { name: 'Change working hours' });
  await change.focus();
  await change.press('Enter');
  await expect(change).toHaveAttribute('aria-expanded', 'true');
  const fridayEnds = welcome.getByLabel('Friday range 1 ends');
  await fridayEnds.focus();
  await fridayEnds.pressSequentially('0200PM');
  await expect(welcome.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(async () => (await harness.settings()).workingHours.days.fri)
    .toEqual([{ start: '09:00', end: '14:00' }]);
  await expect(welcome.getByTestId('hours-summary')).toHaveText(
    'Monday–Thursday: 09:00–17:30; Friday: 09:00–14:00; Saturday–Sunday: no reminders',
  );

  const login = welcome.getByRole('switch', { name: 'Start WalkBreak when I log in' });
  await login.focus();
  await login.press('Space');
  await expect.poll(async () => (await harness.settings()).startAtLogin).toBe(true);

  await welcome.getByRole('button', { name: 'Get started' }).press('Enter');
  await expect(harness.frameElement('welcome')).toHaveCount(0);
});

test('GNOME: the AppIndicator extension is named; the desk check is one click away', async ({ harness }) => {
  await harness.start('?os=linux&desktop=gnome');
  await harness.open('welcome');
  const welcome = harness.window('welcome');
  await expect(welcome.getByTestId('tray-where')).toContainText('needs the AppIndicator extension');
  await expect(welcome.getByText(/onto the taskbar/)).toHaveCount(0);
  await welcome.getByRole('link', { name: 'Check my desk' }).click();
  // The window keeps its frame name ('welcome') while its page navigates itself, as in desk.spec.ts.
  await expect(welcome.getByRole('heading', { level: 1, name: 'Check your desk' })).toBeFocused();
});

test('German: the whole window, nothing English left', async ({ harness }) => {
  await harness.start('?os=macos');
  await harness.updateSettings({ language: 'de' });
  await harness.open('welcome');
  const welcome = harness.window('welcome');
  await expect(welcome.getByRole('heading', { level: 1, name: 'Willkommen bei WalkBreak' })).toBeFocused();
  await expect(welcome.getByTestId('tray-where')).toContainText('Menüleiste oben rechts');
  await welcome.getByRole('button', { name: 'Arbeitszeiten ändern' }).click();
  await expect(welcome.getByRole('group', { name: 'Montag' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Los geht’s' })).toBeVisible();
  expect(await englishIn(welcome)).toEqual([]);
  await saveShot(harness.frameElement('welcome'), 'welcome-de-light');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-clean and photographed (${scheme})`, async ({ harness, page }) => {
    test.slow(); // axe over the editor's 7 days takes seconds on a loaded 2-core machine
    await page.emulateMedia({ colorScheme: scheme });
    await harness.start('?os=windows');
    await harness.open('welcome');
    const welcome = harness.window('welcome');
    await expect(welcome.getByTestId('tray-where')).toContainText('taskbar');
    await saveShot(harness.frameElement('welcome'), `welcome-${scheme}`);
    await welcome.getByRole('button', { name: 'Change working hours' }).click();
    await expect(welcome.getByRole('group', { name: 'Monday' })).toBeVisible();
    const frame = page.frame({ name: 'welcome' })!;
    let done = false;
    const run = analyze(frame).finally(() => (done = true));
    while (!done) await page.clock.runFor(100);
    expect(blocking(await run), `axe on the first-run window (${scheme})`).toEqual([]);
    // The whole window, as tall as its content, to look at every section.
    const element = harness.frameElement('welcome');
    await element.evaluate((el) => {
      const frameEl = el as unknown as {
        style: { height: string };
        contentDocument: { body: { scrollHeight: number } };
      };
      frameEl.style.height = `${frameEl.contentDocument.body.scrollHeight + 40}px`;
    });
    await saveShot(element, `welcome-editor-${scheme}`);
  });
}
