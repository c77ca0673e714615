// Electron smoke tests in the real built app, with Playwright's _electron, where the Electron binary is installed
// (`npx install-electron`; the real-OS CI runners): a first-launch-to-quit journey (the first-run window, the
// tray, a reminder after the threshold, Start walk opening the break, Quit writing no skip and flushing history),
// and a login start (`--hidden`) that stays in the tray. The journey shortens time with the test-only switch
// WALKBREAK_TEST_TIME_SCALE (electron/main/adapters/journey.ts: unpackaged builds only; 120 makes the 30-minute
// threshold 15 seconds, and the idle counter reads as a user reading, since nobody touches a runner). Skipped,
// and says so, where the binary is missing (our build machines cannot download it); docs/manual-qa.md covers the
// rest.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectron } from '../../scripts/electron-binary.mjs';

const exe = findElectron()?.executable;
const SKIP = 'Electron binary not installed here (run `npx install-electron` on a networked machine)';

/** What the journey's main process exposes with the time switch on (electron/main/index.ts). */
type JourneyGlobal = { __walkbreakJourney?: { liveTrays(): number } };

/** Every history event on disk (history/events-YYYY-MM.jsonl, one JSON line each). */
function historyOnDisk(userData: string): { type: string }[] {
  const dir = join(userData, 'history');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^events-\d{4}-\d{2}\.jsonl$/.test(name))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type: string });
}

test('first launch to quit: first-run window, tray, a reminder, Start walk opens the break, Quit writes no skip', async () => {
  test.skip(!exe, SKIP);
  test.setTimeout(120_000);
  const userData = mkdtempSync(join(tmpdir(), 'walkbreak-journey-'));
  const app = await electron.launch({
    executablePath: exe!,
    args: ['.', `--user-data-dir=${userData}`],
    env: { ...process.env, WALKBREAK_TEST_TIME_SCALE: '120' },
  });
  try {
    const welcome = await app.firstWindow();
    expect(new URL(welcome.url()).searchParams.get('view')).toBe('welcome');
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to WalkBreak' })).toBeVisible();
    // The runner's clock may be at night or on a Sunday: working hours off, with the first-run window's own switch.
    await welcome.getByRole('switch', { name: 'Only remind me during working hours' }).uncheck();
    await expect(welcome.getByRole('status')).toHaveText('Saved.');
    await welcome.getByRole('button', { name: 'Get started' }).click();
    await expect
      .poll(() => app.evaluate(() => (globalThis as JourneyGlobal).__walkbreakJourney?.liveTrays() ?? 0))
      .toBe(1);

    // 30 minutes at 120 times are 15 seconds; the reminder window opens without taking the keyboard.
    const reminder = await app.waitForEvent('window', {
      predicate: (page) => page.url().includes('view=reminder'),
      timeout: 60_000,
    });
    const breakOpens = app.waitForEvent('window', { predicate: (page) => page.url().includes('view=break') });
    await reminder.getByRole('button', { name: 'Start walk' }).click();
    const walk = await breakOpens;
    await expect(walk.getByRole('heading', { level: 1 })).toBeVisible();

    // Quit (the tray's Quit calls app.quit()): closing the windows on the way out is nothing the user did.
    const closed = app.waitForEvent('close');
    await app.evaluate(({ app: a }) => void setTimeout(() => a.quit(), 0));
    await closed;
    const types = historyOnDisk(userData).map((e) => e.type);
    expect(types).toContain('reminder-shown');
    expect(types).toContain('reminder-accepted');
    expect(types).not.toContain('reminder-skipped');
    expect(existsSync(join(userData, 'tracker.json'))).toBe(true);
  } finally {
    await app.close().catch(() => undefined); // already closed when the journey got to Quit
    rmSync(userData, { recursive: true, force: true });
  }
});

test('the first start shows the first-run window; a login start after it is a tray app with no window', async () => {
  test.skip(!exe, SKIP);
  const userData = mkdtempSync(join(tmpdir(), 'walkbreak-smoke-'));
  const first = await electron.launch({ executablePath: exe!, args: ['.', `--user-data-dir=${userData}`] });
  try {
    const welcome = await first.firstWindow();
    expect(new URL(welcome.url()).searchParams.get('view')).toBe('welcome');
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to WalkBreak' })).toBeVisible();
    await welcome.getByRole('button', { name: 'Get started' }).click();
    await expect
      .poll(() => first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
      .toBe(0);
  } finally {
    await first.close();
  }
  const login = await electron.launch({
    executablePath: exe!,
    args: ['.', `--user-data-dir=${userData}`, '--hidden'],
  });
  try {
    expect(await login.evaluate(({ app: a }) => a.isReady())).toBe(true);
    expect(await login.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  } finally {
    await login.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
