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
import { launch, reportStartFailure, startedHidden } from './lifecycle';

/** out/ (this file is out/main/index.js). */
const outDir = join(import.meta.dirname, '..');

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
    Tray,
  },
  options,
).catch((error: unknown) => {
  // launch() reports failures itself; this is for one before it knows any paths.
  reportStartFailure({ app, dialog }, error, null);
});
