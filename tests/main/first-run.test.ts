// What a start shows (launch() on the Electron fake): the first-run window on the very first start, until the user
// has left it once (Get started or its close box, or on to the desk check); Home on a manual start after that;
// nothing on a start by the login item (`--hidden`) unless the first run is still to be seen; a second launch
// (Windows, Linux) and macOS `activate` open Home. A user of an earlier version is never shown the first-run window.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { launch, startedHidden } from '../../electron/main/lifecycle';
import { desktopInfo, linuxDesktop } from '../../electron/main/desktop-info';
import { createFakeElectron, type FakeBrowserWindow } from '../fakes/electron';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-first-run-');

/** Starts the app (a fresh fake: a new process) on `platform`, manually or by the login item, and lets pages load. */
async function start(o: { platform?: NodeJS.Platform; hidden?: boolean } = {}): Promise<void> {
  env.running?.dispose();
  env.fake = createFakeElectron({ platform: o.platform ?? 'linux' });
  env.running = await launch(env.fake, () => ({
    ...bootstrapOptions(env.dir, o.platform ?? 'linux'),
    hidden: o.hidden ?? false,
  }));
  await vi.advanceTimersByTimeAsync(1); // the page loads, then ready-to-show shows it
}

/** The views of the live windows, in order. */
const shown = (): (string | null)[] => env.fake.windows.filter((w) => !w.isDestroyed()).map((w) => w.view);

const mainWindow = (): FakeBrowserWindow => {
  const [win] = env.fake.windows.filter((w) => !w.isDestroyed());
  if (!win) throw new Error('no window');
  return win;
};

const marker = (): unknown =>
  (JSON.parse(readFileSync(join(env.dir, 'welcome.json'), 'utf8')) as { welcome: unknown }).welcome;

describe('the first start', () => {
  it('shows the first-run window, visible and in front, and notes that it is still to be seen', async () => {
    await start();
    expect(shown()).toEqual(['welcome']);
    expect(mainWindow().visible).toBe(true);
    expect(env.fake.tray()).toBeTruthy();
    expect(marker()).toEqual({ version: 1, doneAt: null });
  });

  it('shows it even when the login item started the app (a first run is never skipped)', async () => {
    await start({ hidden: true });
    expect(shown()).toEqual(['welcome']);
  });

  it('closed with its close box: never again; the next manual start opens Home, a login start nothing', async () => {
    await start();
    vi.advanceTimersByTime(60_000);
    mainWindow().close();
    expect(marker()).toEqual({ version: 1, doneAt: START + 60_000 + 1 });
    await start();
    expect(shown()).toEqual(['main']);
    await start({ hidden: true });
    expect(shown()).toEqual([]);
  });

  it('left for the desk check (the page navigates itself): never again', async () => {
    await start();
    const win = mainWindow();
    win.webContents.navigate(win.url.replace('view=welcome', 'view=desk'));
    expect(shown()).toEqual(['desk']);
    expect(marker()).toMatchObject({ doneAt: expect.any(Number) as number });
    await start({ hidden: true });
    expect(shown()).toEqual([]);
  });

  it('replaced by a view the tray opens: never again', async () => {
    await start();
    env.running?.windows.openMain('settings');
    await vi.advanceTimersByTimeAsync(1);
    expect(shown()).toEqual(['settings']);
    expect(env.running?.firstRun.pending).toBe(false);
  });

  it('still open when the user quits: it comes back at the next start, also a login start', async () => {
    await start();
    env.fake.app.quit();
    expect(marker()).toEqual({ version: 1, doneAt: null });
    await start({ hidden: true });
    expect(shown()).toEqual(['welcome']);
  });

  it('a page that never loaded was not seen: closing its window leaves the first run to come', async () => {
    env.fake = createFakeElectron();
    const url = 'file:///opt/walkbreak/out/renderer/index.html?view=welcome';
    env.fake.machine.failingLoads.set(url, { code: -6, description: 'ERR_FILE_NOT_FOUND' });
    env.running = await launch(env.fake, () => ({ ...bootstrapOptions(env.dir), hidden: false }));
    await vi.advanceTimersByTimeAsync(1);
    expect(shown()).toEqual([]); // closed by recover(), logged
    expect(env.running?.firstRun.pending).toBe(true);
  });
});

describe('a user of an earlier version (files stored, no first-run note)', () => {
  it('is not shown the first-run window: a manual start opens Home, a login start nothing', async () => {
    writeFileSync(join(env.dir, 'tracker.json'), '{}'); // damaged even: it was there, so WalkBreak ran here
    await start({ hidden: true });
    expect(shown()).toEqual([]);
    expect(existsSync(join(env.dir, 'welcome.json'))).toBe(false);
    await start();
    expect(shown()).toEqual(['main']);
  });
});

describe('launching again while it runs', () => {
  it.each(['linux', 'win32'] as const)(
    '%s: a second launch opens the first-run window while it is to be seen, Home after',
    async (platform) => {
      await start({ platform });
      mainWindow().close();
      expect(shown()).toEqual([]);
      env.fake.launchAgain();
      await vi.advanceTimersByTimeAsync(1);
      expect(shown()).toEqual(['main']);
      expect(mainWindow().visible).toBe(true);
    },
  );

  it('a second launch with the first-run window never left shows it again, not Home', async () => {
    await start({ hidden: true });
    env.fake.app.quit();
    await start({ hidden: true });
    expect(shown()).toEqual(['welcome']);
    env.fake.launchAgain();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown()).toEqual(['welcome']);
  });

  it('macOS: opening the running app from Finder (activate) brings Home to the front', async () => {
    await start({ platform: 'darwin' });
    mainWindow().close();
    await start({ platform: 'darwin', hidden: true });
    expect(shown()).toEqual([]);
    expect(env.fake.machine.appActive).toBe(false);
    env.fake.launchAgain();
    await vi.advanceTimersByTimeAsync(1);
    expect(shown()).toEqual(['main']);
    expect(mainWindow().visible).toBe(true);
    expect(env.fake.machine.appActive).toBe(true);
  });
});

describe('started by the login item', () => {
  it('knows it from --hidden, or on macOS from wasOpenedAtLogin (a macOS login item gets no arguments)', () => {
    expect(startedHidden(['/opt/walkbreak/walkbreak', '--hidden'], false)).toBe(true);
    expect(startedHidden(['/opt/walkbreak/walkbreak'], false)).toBe(false);
    expect(startedHidden(['/Applications/WalkBreak.app/Contents/MacOS/WalkBreak'], true)).toBe(true);
  });
});

describe('where the tray icon is', () => {
  it.each([
    ['ubuntu:GNOME', 'ubuntu'],
    ['GNOME', 'gnome'],
    ['pop:GNOME', 'gnome'],
    ['GNOME-Flashback:GNOME', 'other'],
    ['KDE', 'kde'],
    ['X-Cinnamon', 'other'],
    ['XFCE', 'other'],
    [undefined, 'other'],
  ])('XDG_CURRENT_DESKTOP=%s is %s', (current, desktop) => {
    expect(linuxDesktop(current)).toBe(desktop);
  });

  it('main answers app:get-desktop with this OS (and the Linux desktop)', async () => {
    expect(desktopInfo('win32', {})).toEqual({ os: 'windows', desktop: null });
    expect(desktopInfo('darwin', {})).toEqual({ os: 'macos', desktop: null });
    expect(desktopInfo('linux', { XDG_CURRENT_DESKTOP: 'KDE' })).toEqual({ os: 'linux', desktop: 'kde' });
    await start();
    const answer = await env.fake.ipcMain.invoke('app:get-desktop', mainWindow(), {});
    expect(answer).toEqual({ ok: true, value: desktopInfo('linux') });
  });
});
