// Boots the real composition root on the typed Electron fake, with fake timers and a temp userData, and drives a
// working session: tray states, reminders after a typing pause, snoozes up to the firm reminder, skip, walk,
// away and lock breaks, settings and IPC guards, history lines, restart and a corrupt settings file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap, type Running } from '../../electron/main/bootstrap';
import { PRESENT_SAMPLE_MS } from '../../electron/core/tracker-state';
import type { HistoryEvent } from '../../electron/shared/history';
import { API_METHODS, type IpcResult } from '../../electron/shared/ipc';
import type { Settings } from '../../electron/shared/settings';
import type { TrackerSnapshot } from '../../electron/shared/tracker';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from '../fakes/electron';
import { FakeSessionBus } from '../fakes/session-bus';
import { bootstrapOptions, PRELOAD, START, useMainTestEnv } from './helpers';

const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));
const MIN = 60_000;

const env = useMainTestEnv('walkbreak-main-');

function boot(platform: NodeJS.Platform = 'linux'): Running {
  // The fake plays the same OS as the app is told it runs on.
  if (platform !== env.fake.machine.platform) env.fake = createFakeElectron({ platform });
  env.running = bootstrap(env.fake, bootstrapOptions(env.dir, platform, RESOURCES));
  return env.running;
}

const advance = (ms: number): void => void vi.advanceTimersByTime(ms);
/** A window's page loads in a later task (Electron: loadURL resolves, ready-to-show fires, afterwards). */
const pageLoads = (): void => advance(1);
const history = (): HistoryEvent[] => {
  const file = join(env.dir, 'history', 'events-2026-03.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as HistoryEvent);
};
const types = (): string[] => history().map((e) => e.type);
const reminderWindows = (): FakeBrowserWindow[] => env.fake.windowsWithView('reminder');

function onlyReminderWindow(): FakeBrowserWindow {
  const [win, ...more] = reminderWindows();
  if (!win || more.length) throw new Error(`expected one reminder window, found ${reminderWindows().length}`);
  return win;
}

async function call<T>(
  channel: string,
  from: Parameters<FakeElectron['ipcMain']['invoke']>[1],
  args: unknown,
): Promise<IpcResult<T>> {
  return (await env.fake.ipcMain.invoke(channel, from, args)) as IpcResult<T>;
}

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`IPC failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Sits (typing) until the first reminder is due at 30:00, then pauses typing so it shows at 30:10. */
function sitUntilFirstReminder(): void {
  advance(30 * MIN);
  expect(env.fake.shownNotifications()).toHaveLength(0);
  env.fake.powerMonitor.idleFor(3);
  advance(10_000);
  pageLoads();
  env.fake.powerMonitor.typing();
}

describe('bootstrap on the Electron fake', () => {
  it('starts as a tray app: one tray, no window, every IPC channel served, permissions denied', async () => {
    boot();
    const tray = env.fake.tray();
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh.png'));
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 0 min');
    expect(tray.labels()).toContain('Start a walk now');
    expect(env.fake.windows).toHaveLength(0);
    // Every operation of the contract is served, and nothing else.
    expect([...env.fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(API_METHODS).sort());
    expect(env.fake.ipcMain.handlers.has('break:check-in')).toBe(true);
    expect(await env.fake.session.defaultSession.request('media')).toBe(false);
    expect(env.fake.session.defaultSession.check('notifications')).toBe(false);
    expect(existsSync(join(env.dir, 'logs', 'main.log'))).toBe(true);
  });

  it('uses the macOS Template icons on darwin', () => {
    boot('darwin');
    expect(env.fake.tray().image).toBe(join(RESOURCES, 'tray-freshTemplate.png'));
  });

  it('tray turns approaching at 25 min and overdue at 30; the reminder waits for a typing pause', () => {
    boot();
    const tray = env.fake.tray();
    advance(25 * MIN);
    expect(tray.image).toBe(join(RESOURCES, 'tray-approaching.png'));
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 25 min');
    // The menu's status line counts in 10-minute steps (issue 15: rebuilt only when what it says changes).
    expect(tray.menu?.find('status')?.label).toBe('Sitting for 20 min');

    advance(5 * MIN);
    expect(tray.image).toBe(join(RESOURCES, 'tray-overdue.png'));
    expect(env.fake.shownNotifications()).toHaveLength(0); // still typing: held back (up to a minute)

    env.fake.powerMonitor.idleFor(3);
    advance(10_000);
    pageLoads();
    const [note, ...more] = env.fake.shownNotifications();
    expect(more).toHaveLength(0);
    expect(note?.title).toBe('Time to get up: 30 minutes seated');
    expect(note?.options.body).toBe('A 3-minute walk is perfect; 5 is even better.');

    const win = onlyReminderWindow();
    expect(win.url).toBe('file:///opt/walkbreak/out/renderer/index.html?view=reminder');
    expect(win.visible && win.inactive).toBe(true); // shown without stealing the keyboard
    expect(win.options).toMatchObject({
      width: 360,
      height: 220,
      // Top-right: away from KDE's notification popups (bottom-right); GNOME's banners are top-centre.
      x: 1920 - 360 - 16,
      y: 16,
      alwaysOnTop: true,
      frame: false,
      webPreferences: {
        preload: PRELOAD,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
      },
    });
    expect(tray.menu?.find('snooze')?.label).toBe('Snooze 5 min');
    expect(types()).toContain('reminder-shown');
  });

  it('a notification click brings the reminder window forward, focused', () => {
    boot();
    sitUntilFirstReminder();
    expect(onlyReminderWindow().focused).toBe(false);
    env.fake.shownNotifications()[0]?.click();
    const win = onlyReminderWindow();
    expect(win.focused && !win.inactive).toBe(true);
  });

  it('closing the reminder window with its close box counts as a skip: the tray is no longer due', () => {
    boot();
    sitUntilFirstReminder();
    onlyReminderWindow().close();
    expect(reminderWindows()).toHaveLength(0);
    expect(history().find((e) => e.type === 'reminder-skipped')).toMatchObject({ via: 'closed' });
    expect(env.fake.shownNotifications()[0]?.closed).toBe(true);
    expect(env.fake.tray().menu?.find('snooze')).toBeUndefined();
    env.fake.shownNotifications()[0]?.click();
    expect(reminderWindows()).toHaveLength(0);
  });

  it('snoozes from the reminder window twice, then the firm reminder; skip is recorded', async () => {
    boot();
    sitUntilFirstReminder();
    const first = onlyReminderWindow();
    const snap = value(await call<TrackerSnapshot>('reminder:snooze', first, { minutes: 5 }));
    expect(snap).toMatchObject({ reminder: null, snoozeCount: 1 });
    expect(first.isDestroyed()).toBe(true);
    expect(env.fake.shownNotifications()[0]?.closed).toBe(true);

    advance(5 * MIN - 1);
    expect(env.fake.shownNotifications()).toHaveLength(1);
    advance(MIN + 1); // due at 35:10; typing holds it back at most a minute
    pageLoads();
    expect(env.fake.shownNotifications()).toHaveLength(2);
    const second = value(await call<TrackerSnapshot>('tracker:get-snapshot', onlyReminderWindow(), {}));
    expect(second.reminder).toMatchObject({ firm: false, snoozeOptionsMin: [5, 10, 15] });

    value(await call('reminder:snooze', onlyReminderWindow(), { minutes: 5 }));
    advance(6 * MIN);
    pageLoads();
    const notes = env.fake.shownNotifications();
    expect(notes).toHaveLength(3);
    expect(notes[2]?.title).toBe("You've been sitting for 42 minutes");
    const win = onlyReminderWindow();
    const firm = value(await call<TrackerSnapshot>('tracker:get-snapshot', win, {}));
    expect(firm.reminder).toMatchObject({ firm: true, snoozeOptionsMin: [] });
    expect(env.fake.tray().menu?.find('snooze')).toBeUndefined();

    // The cap holds even if a renderer asks: the snooze is ignored and the reminder stays.
    const refused = value(await call<TrackerSnapshot>('reminder:snooze', win, { minutes: 5 }));
    expect(refused.reminder?.firm).toBe(true);
    expect(win.isDestroyed()).toBe(false);

    const skipped = value(await call<TrackerSnapshot>('reminder:skip', win, { via: 'button' }));
    expect(skipped.reminder).toBeNull();
    expect(win.isDestroyed()).toBe(true);
    expect(notes[2]?.closed).toBe(true);
    expect(history().filter((e) => e.type === 'reminder-snoozed')).toHaveLength(2);
    expect(history().find((e) => e.type === 'reminder-skipped')).toMatchObject({ via: 'button' });
    advance(29 * MIN);
    expect(env.fake.shownNotifications()).toHaveLength(3); // next one is a full threshold after the skip
  });

  it('closing the window before the walk timer starts ends the walk, so sitting is counted again', async () => {
    boot();
    advance(20 * MIN);
    env.fake.tray().click('Start a walk now');
    await vi.advanceTimersByTimeAsync(0);
    const [main] = env.fake.windowsWithView('break');
    main!.close();
    expect(env.fake.tray().tooltip).not.toContain('on a walk');
    expect(history().filter((e) => e.type === 'walk-ended')).toMatchObject([{ completed: false }]);
  });

  it('closing the window during the timed walk leaves the walk running: the walk screen may be left', async () => {
    boot();
    env.fake.tray().click('Start a walk now');
    await vi.advanceTimersByTimeAsync(0);
    const [main] = env.fake.windowsWithView('break');
    const onboard = { comfortableMinutes: 10, currentPain: 2, inFlare: false, advisory: [] };
    value(await call('break:onboard', main!, onboard));
    value(await call('break:check-in', main!, { pain: 2, emergency: [] }));
    value(await call('break:start-timer', main!, {}));
    main!.close();
    expect(env.fake.tray().tooltip).toBe('WalkBreak: on a walk');
    expect(history().filter((e) => e.type === 'walk-ended')).toEqual([]);
  });

  it('"Start a walk now" in the tray opens the break in the main window; ending it starts a new bout', async () => {
    boot();
    advance(20 * MIN);
    env.fake.tray().click('Start a walk now');
    await vi.advanceTimersByTimeAsync(0);
    const [main, ...more] = env.fake.windowsWithView('break');
    expect(more).toHaveLength(0);
    expect(main?.url).toBe('file:///opt/walkbreak/out/renderer/index.html?view=break');
    expect(main?.options).toMatchObject({
      width: 900,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    expect(main?.visible).toBe(true);
    expect(env.fake.tray().tooltip).toBe('WalkBreak: on a walk');
    expect(env.fake.tray().labels()).toContain('Back to my walk');

    advance(5 * MIN);
    const back = value(await call<TrackerSnapshot>('walk:end', main!, { completed: true }));
    expect(back).toMatchObject({ presence: 'present', sittingMs: 0 });
    expect(history().find((e) => e.type === 'walk-started')).toMatchObject({ source: 'tray' });
    expect(history().find((e) => e.type === 'break')).toMatchObject({ kind: 'guided' });
    expect(history().find((e) => e.type === 'sitting-bout')).toMatchObject({
      start: START,
      end: START + 20 * MIN,
      endedBy: 'walk',
    });

    // Open WalkBreak / Settings reuse the one main window and switch its view.
    env.fake.tray().click('Settings…');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.fake.windows.filter((w) => !w.isDestroyed())).toEqual([main]);
    expect(main?.view).toBe('settings');
  });

  it('5 idle minutes are a break (tray fresh, "away"); a 3-minute lock resets sitting (Windows lock events)', async () => {
    boot('win32');
    advance(10 * MIN);
    env.fake.powerMonitor.idleFor(0);
    advance(5 * MIN);
    const tray = env.fake.tray();
    expect(tray.tooltip).toBe('WalkBreak: you are away (break counted)');
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh.png'));
    expect(history().find((e) => e.type === 'sitting-bout')).toMatchObject({
      endedBy: 'away',
      end: START + 10 * MIN,
    });

    env.fake.powerMonitor.typing(); // back: noticed by the next away sample, a minute later at most
    advance(MIN);
    expect(tray.tooltip).toMatch(/^WalkBreak: Sitting for [01] min$/);
    advance(12 * MIN);
    expect(tray.tooltip).toMatch(/^WalkBreak: Sitting for 1[123] min$/);

    env.fake.powerMonitor.lock();
    expect(tray.tooltip).toMatch(/before the screen locked$/);
    advance(3 * MIN);
    env.fake.powerMonitor.unlock();
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 0 min');
    expect(
      history()
        .filter((e) => e.type === 'break')
        .map((e) => e.type === 'break' && e.cause),
    ).toEqual(['idle', 'lock']);
    expect(
      history()
        .filter((e) => e.type === 'sitting-bout')
        .at(-1),
    ).toMatchObject({ endedBy: 'lock' });
  });

  it('Linux has no lock-screen event: a lock is seen by the next idle sample and a 3-minute lock still resets sitting', () => {
    boot();
    advance(10 * MIN);
    env.fake.powerMonitor.lock();
    advance(PRESENT_SAMPLE_MS); // within one sampling interval
    const tray = env.fake.tray();
    expect(tray.tooltip).toMatch(/before the screen locked$/);
    advance(3 * MIN);
    env.fake.powerMonitor.unlock();
    advance(5 * MIN); // the safety sample while locked (Linux only learns of the unlock there)
    expect(tray.tooltip).toMatch(/^WalkBreak: Sitting for [0-5] min$/);
    expect(history().find((e) => e.type === 'break')).toMatchObject({ cause: 'lock' });
  });

  it.each(['org.gnome.ScreenSaver', 'org.freedesktop.ScreenSaver'])(
    "Linux: the screen saver's %s.ActiveChanged on the session bus tells lock and unlock at once (issue 13)",
    (iface) => {
      const bus = new FakeSessionBus();
      env.running = bootstrap(env.fake, {
        ...bootstrapOptions(env.dir, 'linux', RESOURCES),
        sessionBus: bus,
      });
      advance(10 * MIN);
      env.fake.powerMonitor.lock(); // Linux: no lock-screen event from Electron
      bus.emit(iface, 'ActiveChanged', [true]);
      const tray = env.fake.tray();
      expect(tray.tooltip).toMatch(/before the screen locked$/);
      advance(3 * MIN);
      env.fake.powerMonitor.unlock();
      // GNOME may send the same change under both names: heard once.
      bus.emit('org.gnome.ScreenSaver', 'ActiveChanged', [false]);
      bus.emit('org.freedesktop.ScreenSaver', 'ActiveChanged', [false]);
      // At once, not at the next safety sample up to 5 minutes later.
      expect(tray.tooltip).toBe('WalkBreak: Sitting for 0 min');
      expect(history().filter((e) => e.type === 'break')).toMatchObject([{ cause: 'lock' }]);
    },
  );

  it('settings over IPC: an invalid threshold is a typed error and nothing is saved; a valid one is saved and broadcast', async () => {
    boot();
    env.fake.tray().click('Open WalkBreak');
    await vi.advanceTimersByTimeAsync(0);
    const [main] = env.fake.windowsWithView('main');
    const file = join(env.dir, 'settings.json');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;

    const bad = await call<Settings>('settings:update', main!, { sitThresholdMin: 90 });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-args', issues: [{ field: 'sitThresholdMin' }] },
    });
    expect(existsSync(file) ? readFileSync(file, 'utf8') : null).toBe(before);

    const good = value(await call<Settings>('settings:update', main!, { sitThresholdMin: 45 }));
    expect(good.sitThresholdMin).toBe(45);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ settings: { sitThresholdMin: 45 } });
    expect(main?.webContents.sentOn('settings:changed')).toEqual([good]);
    const snap = value(await call<TrackerSnapshot>('tracker:get-snapshot', main!, {}));
    expect(snap.nextReminderAt).toBe(START + 45 * MIN);
    expect(main?.webContents.sentOn('tracker:snapshot').length).toBeGreaterThan(0);
  });

  it('IPC refuses foreign senders and bad arguments without changing anything', async () => {
    boot();
    advance(3 * MIN);
    env.fake.tray().click('Open WalkBreak');
    await vi.advanceTimersByTimeAsync(0);
    const [main] = env.fake.windowsWithView('main');
    const snapshot = () => call<TrackerSnapshot>('tracker:get-snapshot', main!, {});
    const before = await snapshot();
    const lines = history().length;
    const forbidden = { ok: false, error: { code: 'forbidden' } };

    expect(await call('walk:start', { url: 'https://evil.example/' }, { source: 'window' })).toMatchObject(
      forbidden,
    );
    expect(await call('walk:start', { url: main!.url }, { source: 'window' })).toMatchObject(forbidden); // not our webContents
    expect(await call('walk:start', { url: main!.url, frameless: true }, { source: 'window' })).toMatchObject(
      forbidden,
    );
    main!.webContents.url = 'https://evil.example/?view=main'; // our window, but showing something else
    expect(await call('walk:start', main!, { source: 'window' })).toMatchObject(forbidden);
    main!.webContents.url = main!.loads.at(-1)!;

    const invalid = { ok: false, error: { code: 'invalid-args' } };
    expect(await call('walk:start', main!, { source: 'window', extra: 1 })).toMatchObject(invalid);
    expect(await call('reminder:snooze', main!, { minutes: Number.NaN })).toMatchObject(invalid);
    expect(
      await call('reminder:snooze', main!, JSON.parse('{"minutes":5,"__proto__":{"polluted":true}}')),
    ).toMatchObject(invalid);
    expect(
      await call('settings:update', main!, JSON.parse('{"__proto__":{"sitThresholdMin":20}}')),
    ).toMatchObject(invalid);
    expect(await call('walk:start', main!, 'window')).toMatchObject(invalid);
    expect(
      await env.fake.ipcMain.invoke('walk:start', main!, { source: 'window' }, { more: true }),
    ).toMatchObject(invalid);

    expect(await snapshot()).toEqual(before);
    expect(history()).toHaveLength(lines);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const log = readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/refused walk:start/);
    expect(log).not.toMatch(/polluted|evil\.example|NaN/);
  });

  it('tray pause and resume; hovering refreshes the tooltip on macOS; "I just moved" starts a new bout', async () => {
    boot('darwin');
    const tray = env.fake.tray();
    advance(10 * MIN);
    tray.click('For 30 minutes');
    await vi.advanceTimersByTimeAsync(0);
    expect(tray.image).toBe(join(RESOURCES, 'tray-pausedTemplate.png'));
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 10 min (in a meeting until 09:40)');
    tray.click('My meeting is over');
    await vi.advanceTimersByTimeAsync(0);
    expect(tray.image).toBe(join(RESOURCES, 'tray-freshTemplate.png'));

    advance(MIN); // no engine wake-up falls here, so the tooltip is a minute old until the pointer comes
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 10 min');
    tray.emit('mouse-enter');
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 11 min');

    tray.click('I just moved');
    await vi.advanceTimersByTimeAsync(0);
    expect(tray.tooltip).toBe('WalkBreak: Sitting for 0 min');
    expect(history().find((e) => e.type === 'break')).toMatchObject({ kind: 'moved' });
  });

  it('re-renders the tray only when the icon, tooltip or menu changed', () => {
    boot();
    const tray = env.fake.tray();
    const calls = { ...tray.calls };
    advance(PRESENT_SAMPLE_MS); // an idle sample at 2 min: the tooltip says 2 min now, the icon is unchanged
    expect(tray.calls.setImage).toBe(calls.setImage);
    expect(tray.calls.setToolTip).toBe(calls.setToolTip + 1);
    const after = { ...tray.calls };
    advance(10_000); // nothing wakes the engine
    expect(tray.calls).toEqual(after);
  });

  it('a restart continues the bout with the saved settings; Quit saves the state', async () => {
    boot();
    env.fake.tray().click('Open WalkBreak');
    await vi.advanceTimersByTimeAsync(0);
    value(await call('settings:update', env.fake.windowsWithView('main')[0]!, { sitThresholdMin: 40 }));
    advance(10 * MIN);
    env.fake.tray().click('Quit WalkBreak');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.fake.app.quitCalls).toBe(1);
    // before-quit saved the state now (samples while sitting only mark the file's time;
    // they never write it).
    const saved = JSON.parse(readFileSync(join(env.dir, 'tracker.json'), 'utf8')) as {
      tracker: { savedAt: number };
    };
    expect(saved.tracker.savedAt).toBe(START + 10 * MIN);
    env.running?.dispose();

    advance(MIN); // a quick restart: shorter than the away threshold
    env.fake = createFakeElectron();
    boot();
    const snap = env.running!.core.engine.snapshot();
    expect(snap.sittingSince).toBe(START);
    expect(snap.nextReminderAt).toBe(START + 40 * MIN);
  });

  it('keeps an unreadable settings file aside, starts on defaults and tells the user', () => {
    writeFileSync(join(env.dir, 'settings.json'), '{ this is not json');
    boot();
    const aside = readdirSync(env.dir).filter((f) => f.startsWith('settings.json.broken-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(env.dir, aside[0]!), 'utf8')).toBe('{ this is not json');
    expect(env.running!.core.settings.get().sitThresholdMin).toBe(30);
    expect(env.fake.shownNotifications().map((n) => n.title)).toEqual([
      'WalkBreak could not read some saved data',
    ]);
    expect(readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8')).toMatch(
      /settings\.json could not be read/,
    );
  });
});
