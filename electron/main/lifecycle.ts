// App lifecycle of a tray app: one instance only (a second launch opens the main window), no window at start,
// closing every window does not quit. (bootstrap saves the tracker state on before-quit.)
import { bootstrap, type BootstrapOptions, type Running } from './bootstrap';
import type { ElectronSlice } from './electron-slice';

/** Windows shows notifications only for an app with an AppUserModelID (the appId in electron-builder.yml). */
export const APP_USER_MODEL_ID = 'app.walkbreak';

/**
 * Runs the app on `e`. Resolves to the running app, or null when another instance already runs (this one quits).
 * `options` is read after `ready`, when every path is known.
 */
export async function launch(e: ElectronSlice, options: () => BootstrapOptions): Promise<Running | null> {
  if (!e.app.requestSingleInstanceLock()) {
    e.app.quit();
    return null;
  }
  let running: Running | null = null;
  e.app.on('second-instance', () => running?.windows.openMain('main'));
  // Having a listener is what keeps Electron from quitting when the last window closes.
  e.app.on('window-all-closed', () => undefined);
  await e.app.whenReady();
  const o = options();
  if (o.platform === 'win32') e.app.setAppUserModelId(APP_USER_MODEL_ID);
  if (o.platform === 'darwin') e.app.dock?.hide();
  running = bootstrap(e, o);
  return running;
}
