// launch() on the Electron fake: single instance, closing windows does not quit, a second launch opens the main
// window, platform touches (Dock hidden on macOS, AppUserModelID on Windows). What a start shows (the first-run
// window, Home, nothing for a login start): first-run.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_USER_MODEL_ID, launch } from '../../electron/main/lifecycle';
import { createFakeElectron } from '../fakes/electron';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-life-');
const options =
  (platform: NodeJS.Platform = 'linux') =>
  () =>
    bootstrapOptions(env.dir, platform);

describe('launch', () => {
  it('quits at once when another instance holds the lock', async () => {
    env.fake.app.primary = false;
    expect(await launch(env.fake, options())).toBeNull();
    expect(env.fake.app.quitCalls).toBe(1);
    expect(env.fake.trays).toHaveLength(0);
  });

  it('a login start after the first run is in the tray only; closing all windows does not quit; a second launch opens the main window', async () => {
    writeFileSync(join(env.dir, 'welcome.json'), JSON.stringify({ welcome: { version: 1, doneAt: START } }));
    env.running = await launch(env.fake, () => ({ ...options()(), hidden: true }));
    expect(env.running).not.toBeNull();
    expect(env.fake.trays).toHaveLength(1);
    expect(env.fake.windows).toHaveLength(0);
    expect(env.fake.app.listenerCount('window-all-closed')).toBe(1);

    env.fake.launchAgain();
    await vi.advanceTimersByTimeAsync(1); // the page loads, then ready-to-show shows it
    const [main] = env.fake.windowsWithView('main');
    expect(main?.visible).toBe(true);
    main?.close();
    env.fake.app.emit('window-all-closed');
    expect(env.fake.app.quitCalls).toBe(0);

    env.fake.launchAgain();
    await vi.advanceTimersByTimeAsync(1);
    expect(env.fake.windowsWithView('main')).toHaveLength(1);
  });

  it('saves the tracker state on before-quit', async () => {
    env.running = await launch(env.fake, options());
    vi.advanceTimersByTime(7 * 60_000);
    env.fake.app.quit();
    const saved = JSON.parse(readFileSync(join(env.dir, 'tracker.json'), 'utf8')) as {
      tracker: { savedAt: number };
    };
    expect(saved.tracker.savedAt).toBe(START + 7 * 60_000);
  });

  it('hides the Dock on macOS and sets the AppUserModelID on Windows', async () => {
    env.running = await launch(env.fake, options('darwin'));
    expect(env.fake.app.dock.hidden).toBe(true);
    expect(env.fake.app.appUserModelId).toBeNull();
    env.running?.dispose();

    env.fake = createFakeElectron();
    env.running = await launch(env.fake, options('win32'));
    expect(env.fake.app.appUserModelId).toBe(APP_USER_MODEL_ID);
    expect(env.fake.app.dock.hidden).toBe(false);
  });
});
