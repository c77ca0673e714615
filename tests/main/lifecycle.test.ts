// launch() on the Electron fake: single instance, no window at start, closing windows does not quit,
// a second launch opens the main window, platform touches (Dock hidden on macOS, AppUserModelID on Windows).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BootstrapOptions, Running } from '../../electron/main/bootstrap';
import { APP_USER_MODEL_ID, launch } from '../../electron/main/lifecycle';
import { createFakeElectron, type FakeElectron } from '../fakes/electron';

vi.mock('electron', () => ({ default: {} }));

const START = new Date('2026-03-02T09:00:00Z').getTime();
let dir: string;
let fake: FakeElectron;
let running: Running | null = null;

const options =
  (platform: NodeJS.Platform = 'linux') =>
  (): BootstrapOptions => ({
    userDataDir: dir,
    resourcesDir: '/opt/walkbreak/resources',
    preloadPath: '/opt/walkbreak/out/preload/index.cjs',
    renderer: { file: '/opt/walkbreak/out/renderer/index.html' },
    platform,
    version: '0.1.0',
    logToConsole: false,
  });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  dir = mkdtempSync(join(tmpdir(), 'walkbreak-life-'));
  fake = createFakeElectron();
});

afterEach(() => {
  running?.dispose();
  running = null;
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('launch', () => {
  it('quits at once when another instance holds the lock', async () => {
    fake.app.primary = false;
    expect(await launch(fake, options())).toBeNull();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.trays).toHaveLength(0);
  });

  it('starts in the tray only; closing all windows does not quit; a second launch opens the main window', async () => {
    running = await launch(fake, options());
    expect(running).not.toBeNull();
    expect(fake.trays).toHaveLength(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.app.listenerCount('window-all-closed')).toBe(1);

    fake.app.emit('second-instance');
    const [main] = fake.windowsWithView('main');
    expect(main?.visible).toBe(true);
    main?.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(0);

    fake.app.emit('second-instance');
    expect(fake.windowsWithView('main')).toHaveLength(1);
  });

  it('saves the tracker state on before-quit', async () => {
    running = await launch(fake, options());
    vi.advanceTimersByTime(7 * 60_000);
    fake.app.quit();
    const saved = JSON.parse(readFileSync(join(dir, 'tracker.json'), 'utf8')) as {
      tracker: { savedAt: number };
    };
    expect(saved.tracker.savedAt).toBe(START + 7 * 60_000);
  });

  it('hides the Dock on macOS and sets the AppUserModelID on Windows', async () => {
    running = await launch(fake, options('darwin'));
    expect(fake.app.dock.hidden).toBe(true);
    expect(fake.app.appUserModelId).toBeNull();
    running?.dispose();

    fake = createFakeElectron();
    running = await launch(fake, options('win32'));
    expect(fake.app.appUserModelId).toBe(APP_USER_MODEL_ID);
    expect(fake.app.dock.hidden).toBe(false);
  });
});
