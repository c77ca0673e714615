// The desktop shell against the strict Electron model (tests/fakes/electron.ts), per OS: what a real user meets
// between the first launch and quitting. Each test failed on the lenient fake's main and names the defect it guards:
// the main window's view after the page navigated itself, quitting that recorded actions nobody took, notifications
// lost to timeouts, refusals and the garbage collector, the Windows tray click, macOS focus and full-screen Spaces,
// reminder placement (Wayland, several displays, the OS's toast corner), recovery from failed loads and crashed
// renderers, start failures, the default menu, and Chromium's form of our own URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap, type Running } from '../../electron/main/bootstrap';
import { SettingsRejected } from '../../electron/core/settings-service';
import { launch } from '../../electron/main/lifecycle';
import type { HistoryEvent } from '../../electron/shared/history';
import type { IpcResult } from '../../electron/shared/ipc';
import type { TrackerSnapshot } from '../../electron/shared/tracker';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectronOptions } from '../fakes/electron';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));
const MIN = 60_000;
const env = useMainTestEnv('walkbreak-shell-');

const advance = async (ms: number): Promise<void> => void (await vi.advanceTimersByTimeAsync(ms));

function boot(options: FakeElectronOptions = {}, extra: { wayland?: boolean; file?: string } = {}): Running {
  env.fake = createFakeElectron(options);
  const platform = options.platform ?? 'linux';
  env.running = bootstrap(env.fake, {
    ...bootstrapOptions(env.dir, platform, RESOURCES),
    wayland: extra.wayland ?? !!options.wayland,
    ...(extra.file && { renderer: { file: extra.file } }),
  });
  return env.running;
}

const history = (): HistoryEvent[] => {
  const file = join(env.dir, 'history', 'events-2026-03.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as HistoryEvent);
};
const types = (): string[] => history().map((e) => e.type);

/** Sits typing for 30 minutes, pauses so the reminder shows, and lets its page load. */
async function sitUntilReminder(): Promise<void> {
  await advance(30 * MIN);
  env.fake.powerMonitor.idleFor(3);
  await advance(10_000);
  env.fake.powerMonitor.typing();
  await advance(1);
}

function reminderWindow(): FakeBrowserWindow {
  const [win, ...more] = env.fake.windowsWithView('reminder');
  if (!win || more.length) throw new Error(`expected one reminder window`);
  return win;
}

async function call<T>(channel: string, from: FakeBrowserWindow, args: unknown): Promise<IpcResult<T>> {
  return (await env.fake.ipcMain.invoke(channel, from, args)) as IpcResult<T>;
}

describe('the main window follows its page', () => {
  it('after the page navigated itself to History, "Open WalkBreak" shows Home again', async () => {
    boot();
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    const [main] = env.fake.windowsWithView('main');
    // The user follows Home's "History" link: the page navigates itself.
    expect(main!.webContents.navigate(main!.url.replace('view=main', 'view=history'))).toBe(false);
    expect(main!.view).toBe('history');
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    expect(main!.view).toBe('main');
    expect(env.fake.windows.filter((w) => !w.isDestroyed())).toEqual([main]);
  });
});

describe('Help from the tray (issue 14)', () => {
  it('"Help and warning signs…" opens the main window on Help, in one click', async () => {
    boot();
    env.fake.tray().click('Help and warning signs…');
    await advance(1);
    const [main, ...more] = env.fake.windowsWithView('help');
    expect(main).toBeDefined();
    expect(more).toEqual([]);
  });
});

describe('quitting', () => {
  it('with a reminder up records no skip, and the tracker is saved once before the windows close', async () => {
    boot();
    await sitUntilReminder();
    reminderWindow();
    env.fake.app.quit();
    expect(env.fake.app.exited).toBe(true);
    expect(env.fake.windows.every((w) => w.isDestroyed())).toBe(true);
    expect(types()).toContain('reminder-shown');
    expect(types()).not.toContain('reminder-skipped');
    expect(existsSync(join(env.dir, 'tracker.json'))).toBe(true);
  });

  it('during a walk at the "Time to stand up" choice records no walk that was not completed', async () => {
    boot();
    await advance(20 * MIN);
    env.fake.tray().click('Start a walk now');
    await advance(1);
    expect(env.fake.windowsWithView('break')).toHaveLength(1);
    env.fake.app.quit();
    expect(types()).toContain('walk-started');
    expect(types()).not.toContain('walk-ended');
  });

  it('Windows log-off: no before-quit, the session-end of a window saves the tracker', async () => {
    boot({ platform: 'win32' });
    env.fake.tray().click('Open WalkBreak');
    await advance(7 * MIN);
    env.fake.endSession();
    const saved = JSON.parse(readFileSync(join(env.dir, 'tracker.json'), 'utf8')) as {
      tracker: { savedAt: number };
    };
    expect(saved.tracker.savedAt).toBe(START + 7 * MIN);
  });

  it.each(['darwin', 'linux'] as const)(
    '%s shutdown (powerMonitor shutdown) saves the tracker, once, before the session ends the process',
    async (platform) => {
      boot({ platform });
      await advance(9 * MIN);
      env.fake.endSession();
      const saved = JSON.parse(readFileSync(join(env.dir, 'tracker.json'), 'utf8')) as {
        tracker: { savedAt: number };
      };
      expect(saved.tracker.savedAt).toBe(START + 9 * MIN);
      expect(env.fake.app.exited).toBe(true);
    },
  );
});

describe('notifications', () => {
  it('Windows: a toast that timed out is still referenced, and its late click in the Action Center opens the reminder', async () => {
    boot({ platform: 'win32' });
    env.fake.app.setAppUserModelId('app.walkbreak'); // as launch() does
    env.running!.core.settings.update({ reminderStyle: 'notification' });
    await sitUntilReminder();
    env.fake.shownNotifications()[0]!.timeOut();
    await env.fake.collectGarbage();
    expect(env.fake.shownNotifications()).toHaveLength(1);
    env.fake.shownNotifications()[0]!.click();
    await advance(1);
    expect(reminderWindow().visible).toBe(true);
  });

  it('hiding the reminder removes a timed-out toast from the Action Center', async () => {
    boot({ platform: 'win32' });
    env.fake.app.setAppUserModelId('app.walkbreak');
    await sitUntilReminder();
    env.fake.shownNotifications()[0]!.timeOut();
    value(await call('reminder:skip', reminderWindow(), { via: 'button' }));
    expect(env.fake.shownNotifications()[0]!.closed).toBe(true);
  });

  it('a notice (a file kept aside, saving trouble) stays on screen through garbage collection until it closes', async () => {
    boot();
    const { showNotice } = await import('../../electron/main/notices');
    showNotice(env.fake, { title: 'Notice', body: 'Body' }, env.running!.log);
    await env.fake.collectGarbage();
    expect(env.fake.shownNotifications().map((n) => n.title)).toContain('Notice');
  });

  it('macOS, unsigned build: the notification is refused, and with "notification only" the reminder window appears', async () => {
    boot({ platform: 'darwin', signed: false });
    env.running!.core.settings.update({ reminderStyle: 'notification' });
    await sitUntilReminder();
    await advance(1);
    expect(env.fake.notificationLog[0]?.failedWith).toMatch(/code-signed/); // main dropped it: V8 may collect it
    expect(reminderWindow().visible).toBe(true);
  });
});

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`IPC failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('tray clicks', () => {
  it('Windows: a left click opens the menu (Windows only shows it on a right click by itself)', () => {
    boot({ platform: 'win32' });
    const tray = env.fake.tray();
    tray.leftClick();
    expect(tray.menuShown).toBe(1);
    tray.rightClick();
    expect(tray.menuShown).toBe(2);
  });

  it.each(['darwin', 'linux'] as const)('%s: either click opens the menu', (platform) => {
    boot({ platform });
    const tray = env.fake.tray();
    tray.leftClick();
    tray.rightClick();
    expect(tray.menuShown).toBe(2);
  });
});

describe('macOS windows', () => {
  it('"Open WalkBreak" from the menu-bar app comes to the front with the keyboard', async () => {
    boot({ platform: 'darwin' });
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    const [main] = env.fake.windowsWithView('main');
    expect(main!.visible && main!.focused).toBe(true);
  });

  it('the reminder stays inactive but is visible over full-screen Spaces', async () => {
    boot({ platform: 'darwin' });
    await sitUntilReminder();
    const win = reminderWindow();
    expect(win.visible && win.inactive).toBe(true);
    expect(win.visibleOverFullScreen).toBe(true);
  });
});

describe('where the reminder appears', () => {
  it('Wayland: after the notification, as an ordinary centred window with a frame and a taskbar entry', async () => {
    boot({ platform: 'linux', wayland: true });
    await sitUntilReminder();
    expect(env.fake.shownNotifications()).toHaveLength(1);
    const win = reminderWindow();
    expect(win.options).toMatchObject({ center: true, frame: true, alwaysOnTop: false, skipTaskbar: false });
    expect(win.options.x).toBeUndefined();
    expect(env.fake.machine.log.filter((l) => l.startsWith('Wayland'))).toEqual([]);
    expect(win.visible).toBe(true);
  });

  it('several displays: on the display with the pointer', async () => {
    boot({
      displays: [
        {
          id: 1,
          bounds: { x: 0, y: 0, width: 1920, height: 1080 },
          workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        },
        {
          id: 2,
          bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
          workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
        },
      ],
    });
    env.fake.moveCursor(2500, 700);
    await sitUntilReminder();
    const { x } = reminderWindow().position!;
    expect(x).toBeGreaterThanOrEqual(1920);
    expect(x + 360).toBeLessThanOrEqual(1920 + 2560);
  });

  it.each([
    // Windows toasts and KDE's popups stack bottom-right above the taskbar; macOS banners sit top-right.
    ['win32', { x: 1920 - 396, y: 1040 - 3 * 110, width: 396, height: 3 * 110 }],
    ['darwin', { x: 1920 - 380, y: 0, width: 380, height: 3 * 90 }],
    ['linux', { x: 1920 - 380, y: 1040 - 3 * 110, width: 380, height: 3 * 110 }],
  ] as const)('%s: never under the system notifications', async (platform, toasts) => {
    boot({ platform, desktop: platform === 'linux' ? 'kde' : null });
    if (platform === 'win32') env.fake.app.setAppUserModelId('app.walkbreak');
    await sitUntilReminder();
    const { x, y } = reminderWindow().position!;
    const overlaps =
      x < toasts.x + toasts.width && x + 360 > toasts.x && y < toasts.y + toasts.height && y + 220 > toasts.y;
    expect(overlaps).toBe(false);
  });
});

describe('global shortcuts on Wayland', () => {
  it('GNOME without the portal: the refusal says the desktop decides, not that another app holds it', async () => {
    boot({ platform: 'linux', wayland: true, desktop: 'gnome' });
    const { core } = env.running!;
    expect(() => core.settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: null } })).toThrow(
      SettingsRejected,
    );
    try {
      core.settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: null } });
    } catch (error) {
      const [issue] = (error as SettingsRejected).issues;
      expect(issue?.message).toMatch(/on Wayland the desktop decides/);
      expect(issue?.message).not.toMatch(/another app/);
    }
  });

  it("GNOME without the portal: the standing shortcut's refusal is as truthful (issue 17)", () => {
    boot({ platform: 'linux', wayland: true, desktop: 'gnome' });
    const { core } = env.running!;
    let error: unknown;
    try {
      core.settings.update({ shortcuts: { snooze: null, startWalk: null, standing: 'Control+Alt+U' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsRejected);
    expect((error as SettingsRejected).issues[0]?.message).toBe(
      'Control+Alt+U could not be set for I’m standing: on Wayland the desktop decides about global shortcuts, and it did not allow this one (GNOME asks for your permission first; some desktops do not offer global shortcuts at all).',
    );
    expect(core.settings.get().shortcuts.standing ?? null).toBeNull();
  });

  it('KDE: the portal binds it', () => {
    boot({ platform: 'linux', wayland: true, desktop: 'kde' });
    env.running!.core.settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: null } });
    expect([...env.fake.globalShortcut.registered.keys()]).toEqual(['Control+Alt+S']);
  });
});

describe('recovery', () => {
  it('a crashed reminder window is closed and logged, not counted as a skip; the notification brings a fresh one', async () => {
    boot();
    await sitUntilReminder();
    reminderWindow().webContents.crash();
    expect(env.fake.windowsWithView('reminder')).toHaveLength(0);
    expect(types()).not.toContain('reminder-skipped');
    expect(readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8')).toMatch(/reminder window's page ended/);
    env.fake.shownNotifications()[0]!.click();
    await advance(1);
    expect(reminderWindow().visible).toBe(true);
  });

  it('a main window whose page cannot load is closed and logged instead of staying invisible', async () => {
    env.fake = createFakeElectron();
    const missing = '/opt/walkbreak/missing/index.html';
    env.fake.machine.failingLoads.set(`file://${missing}?view=main`, {
      code: -6,
      description: 'ERR_FILE_NOT_FOUND',
    });
    env.running = bootstrap(env.fake, {
      ...bootstrapOptions(env.dir, 'linux', RESOURCES),
      renderer: { file: missing },
    });
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    expect(env.fake.windows).toHaveLength(1);
    expect(env.fake.windows[0]!.isDestroyed()).toBe(true);
    expect(readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8')).toMatch(
      /could not load .*ERR_FILE_NOT_FOUND/,
    );
  });

  it('a window whose page stops responding is logged (unresponsive)', async () => {
    boot();
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    env.fake.windowsWithView('main')[0]!.hang();
    expect(readFileSync(join(env.dir, 'logs', 'main.log'), 'utf8')).toMatch(
      /the main window stopped responding/,
    );
  });

  it('a crashed main window reloads its page once', async () => {
    boot();
    env.fake.tray().click('Settings…');
    await advance(1);
    const [main] = env.fake.windowsWithView('settings');
    main!.webContents.crash();
    await advance(1);
    expect(main!.webContents.reloads).toBe(1);
    expect(main!.webContents.crashed).toBe(false);
    expect(main!.isDestroyed()).toBe(false);
  });
});

describe('start', () => {
  it('a failure at start is shown in an error box and logged, and the app exits', async () => {
    env.fake = createFakeElectron();
    const result = await launch(env.fake, () => {
      throw new Error('settings folder unreadable');
    });
    expect(result).toBeNull();
    expect(env.fake.errorBoxes).toEqual([
      { title: 'WalkBreak could not start', content: expect.stringContaining('settings folder unreadable') },
    ]);
    expect(env.fake.app.exitCode).toBe(1);
  });

  it('a failure inside bootstrap names the log file that holds the details', async () => {
    env.fake = createFakeElectron();
    env.fake.Menu.buildFromTemplate = () => {
      throw new Error('Invalid template for MenuItem');
    };
    const result = await launch(env.fake, () => bootstrapOptions(env.dir));
    expect(result).toBeNull();
    const log = join(env.dir, 'logs', 'main.log');
    expect(env.fake.errorBoxes[0]?.content).toContain(log);
    expect(readFileSync(log, 'utf8')).toMatch(/failed to start: Error: Invalid template/);
  });

  it.each(['win32', 'linux'] as const)(
    '%s: no default application menu (no Alt → View ▸ Toggle Developer Tools)',
    async (platform) => {
      env.fake = createFakeElectron({ platform });
      env.running = await launch(env.fake, () => bootstrapOptions(env.dir, platform, RESOURCES));
      env.fake.tray().click('Open WalkBreak');
      await advance(1);
      expect(env.fake.applicationMenu).toBeNull();
      expect(env.fake.windows[0]!.defaultMenu).toBe(false);
    },
  );
});

describe('our own URL in Chromium form', () => {
  it('IPC from our window is accepted when Chromium writes the path differently from Node (drive letter, escapes)', async () => {
    boot({}, { file: '/c:/Users/Jo^Ann/AppData/Local/Programs/walkbreak/out/renderer/index.html' });
    env.fake.tray().click('Open WalkBreak');
    await advance(1);
    const [main] = env.fake.windowsWithView('main');
    expect(main!.url).toMatch(/^file:\/\/\/C:\/Users\/Jo%5EAnn\//);
    expect(value(await call<TrackerSnapshot>('tracker:get-snapshot', main!, {})).presence).toBe('present');
  });
});
