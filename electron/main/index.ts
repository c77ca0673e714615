// Main-process entry: hands the real Electron modules and this build's paths to launch(). Nothing else lives here.
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  globalShortcut,
  nativeTheme,
  powerMonitor,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import type { BootstrapOptions } from './bootstrap';
import { journeyScale } from './adapters/journey';
import { launch, reportStartFailure, startedHidden } from './lifecycle';

/** out/ (this file is out/main/index.js). */
const outDir = join(import.meta.dirname, '..');

/** The smoke journey's time switch: only unpackaged, only with WALKBREAK_TEST_TIME_SCALE (adapters/journey.ts). */
const timeScale = journeyScale(process.env['WALKBREAK_TEST_TIME_SCALE'], app.isPackaged);
/** With the switch on, the trays made, so the smoke journey can see that one is there. */
const trays: Tray[] = [];
const JourneyTray =
  timeScale === null
    ? Tray
    : class extends Tray {
        constructor(image: string) {
          super(image);
          trays.push(this);
        }
      };

function options(): BootstrapOptions {
  const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  return {
    userDataDir: app.getPath('userData'),
    resourcesDir: app.isPackaged
      ? join(process.resourcesPath, 'resources')
      : join(app.getAppPath(), 'resources'),
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    renderer: devUrl ? { devUrl } : { file: join(outDir, 'renderer', 'index.html') },
    platform: process.platform,
    version: app.getVersion(),
    devTools: !app.isPackaged,
    wayland: process.platform === 'linux' && process.env['XDG_SESSION_TYPE'] === 'wayland',
    ...(timeScale !== null && { timeScale }),
    hidden: startedHidden(
      process.argv,
      process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
    ),
  };
}

launch(
  {
    app,
    BrowserWindow,
    dialog,
    globalShortcut,
    ipcMain,
    Menu,
    nativeTheme,
    Notification,
    powerMonitor,
    screen,
    session,
    shell,
    Tray: JourneyTray,
  },
  options,
).then(
  () => {
    if (timeScale !== null)
      Object.assign(globalThis, {
        __walkbreakJourney: { liveTrays: () => trays.filter((t) => !t.isDestroyed()).length },
      });
  },
  (error: unknown) => {
    // launch() reports failures itself; this is for one before it knows any paths.
    reportStartFailure({ app, dialog }, error, null);
  },
);
