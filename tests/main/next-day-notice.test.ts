// The next-day check's morning notification on the Electron fake (issue 14): shown once on Tuesday morning after a
// Monday walk, silent, in the user's language; its click opens Home, where the check is asked; refused (an
// unsigned macOS build) or unsupported, Home and the tray still offer the check; a Windows toast that timed out
// still opens Home from the Action Center after the collector ran; a restart never shows it again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import type { OnboardingAnswers } from '../../electron/shared/break';
import { createFakeElectron, type FakeNotification } from '../fakes/electron';
import { CALM } from '../core/walk-fixtures';
import { START, bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-nextday-');
const MIN = 60_000;
const TITLE = 'How is your back today?';
const ONBOARD: OnboardingAnswers = { comfortableMinutes: 10, currentPain: 2, inFlare: false, advisory: [] };

/**
 * Boots, walks a plan walk on Monday 2 March 2026 at 09:00, and the laptop sleeps from 09:20 until Tuesday 08:50
 * (suspend, the wall clock moves on, resume).
 */
async function afterMondayWalk(platform: NodeJS.Platform = 'linux'): Promise<void> {
  env.running = bootstrap(env.fake, bootstrapOptions(env.dir, platform));
  const breaks = env.running.core.breaks;
  breaks.onboard(ONBOARD);
  breaks.checkIn({ pain: 2, emergency: [] });
  breaks.startWalkTimer();
  await vi.advanceTimersByTimeAsync(10 * MIN);
  breaks.endWalkTimer('completed');
  breaks.submitAnswers(CALM);
  await vi.advanceTimersByTimeAsync(10 * MIN);
  env.fake.powerMonitor.fire('suspend');
  vi.setSystemTime(START + 23 * 60 * MIN + 50 * MIN);
  env.fake.powerMonitor.fire('resume');
}

const morningNotices = (): FakeNotification[] => env.fake.notifications.filter((n) => n.title === TITLE);

/** At the desk from now for `minutes`. */
async function atDesk(minutes: number): Promise<void> {
  env.fake.powerMonitor.typing(10);
  await vi.advanceTimersByTimeAsync(minutes * MIN);
}

const trayItem = (id: string) => env.fake.tray().menu?.find(id);

describe('the morning notification for the next-day check', () => {
  it('is shown once at 09:00, silent, and the tray offers the check meanwhile', async () => {
    await afterMondayWalk();
    await atDesk(5); // 08:55: before working hours
    expect(morningNotices()).toEqual([]);
    expect(trayItem('next-day')?.label).toBe('How is your back after your last walk? Answer…');
    await atDesk(10);
    const [shown] = morningNotices();
    expect(shown?.shown).toBe(true);
    expect(shown?.options).toMatchObject({
      silent: true,
      body: 'Two quick questions about yesterday’s walk help WalkBreak plan your next one. Click to answer.',
    });
    await atDesk(120);
    expect(env.fake.notificationLog.filter((n) => n.title === TITLE)).toHaveLength(1); // made once, ever
  });

  it('speaks German when the language setting says so', async () => {
    await afterMondayWalk();
    env.running!.core.settings.update({ language: 'de' });
    await atDesk(15);
    expect(env.fake.shownNotifications().map((n) => n.title)).toContain('Wie geht es Ihrem Rücken heute?');
  });

  it('a click opens Home, which asks the check; answering there takes the tray line away', async () => {
    await afterMondayWalk();
    await atDesk(15);
    morningNotices()[0]?.click();
    await vi.advanceTimersByTimeAsync(1); // the page loads
    expect(env.fake.windowsWithView('main')).toHaveLength(1);
    expect(morningNotices()[0]?.closed).toBe(true);
    const breaks = env.running!.core.breaks;
    expect(breaks.getState().pendingNextDay).toMatchObject({ checkpoint: '24h' });
    breaks.submitNextDay({ checkpoint: '24h', feeling: 'better', pain: 1 });
    expect(trayItem('next-day')).toBeUndefined();
  });

  it('refused (an unsigned macOS build): logged, and Home and the tray still offer the check; not retried', async () => {
    env.fake = createFakeElectron({ platform: 'darwin', signed: false });
    await afterMondayWalk('darwin');
    await atDesk(15);
    await vi.advanceTimersByTimeAsync(1); // `failed` comes from the native callback
    // From the log: main dropped the refused notification, so V8 may already have collected it.
    const made = () => env.fake.notificationLog.filter((n) => n.title === TITLE);
    expect(made().map((n) => n.failedWith)).toEqual([
      'UNErrorCodeNotificationsNotAllowed: the app is not code-signed',
    ]);
    expect(readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8')).toMatch(
      /the next-day notification was refused \(UNErrorCodeNotificationsNotAllowed.*\): it waits on Home and in the tray/,
    );
    expect(env.fake.windowsWithView('main')).toEqual([]); // no window pushed at the user instead
    expect(env.running!.core.breaks.getState().pendingNextDay).not.toBeNull();
    env.fake.tray().hover('darwin'); // macOS brings the menu up to date when the pointer reaches the icon
    const item = trayItem('next-day');
    expect(item?.enabled).toBe(true);
    item?.click?.();
    await vi.advanceTimersByTimeAsync(1);
    expect(env.fake.windowsWithView('main')).toHaveLength(1);
    await atDesk(120);
    expect(made()).toHaveLength(1);
  });

  it('no notifications on this system: nothing shown, the tray line stays', async () => {
    env.fake = createFakeElectron({ notificationsSupported: false });
    await afterMondayWalk();
    await atDesk(15);
    expect(env.fake.notificationLog).toEqual([]);
    expect(trayItem('next-day')).toBeDefined();
  });

  it('Windows: a toast that timed out still opens Home from the Action Center after the collector ran', async () => {
    env.fake = createFakeElectron({ platform: 'win32' });
    env.fake.app.setAppUserModelId('app.walkbreak');
    await afterMondayWalk('win32');
    await atDesk(15);
    morningNotices()[0]?.timeOut();
    await env.fake.collectGarbage();
    const kept = morningNotices();
    expect(kept).toHaveLength(1);
    kept[0]?.click();
    await vi.advanceTimersByTimeAsync(1);
    expect(env.fake.windowsWithView('main')).toHaveLength(1);
  });

  it('is never shown again after a restart once it was shown', async () => {
    await afterMondayWalk();
    await atDesk(15);
    expect(morningNotices()).toHaveLength(1);
    env.running!.dispose();
    env.fake = createFakeElectron();
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    await atDesk(120);
    expect(morningNotices()).toEqual([]);
    expect(trayItem('next-day')).toBeDefined();
  });
});
