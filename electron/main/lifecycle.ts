// App lifecycle of a tray app: one instance only (a second launch opens the main window), no window at start,
// closing every window does not quit, no default application menu on Windows and Linux (it would put a menu bar
// with View ▸ Toggle Developer Tools one Alt press away). A start that fails is shown in an error box and logged:
// a packaged app has no console. (bootstrap makes the final save on before-quit, session-end and shutdown.)
import { join } from 'node:path';
import { createTranslator, resolveLanguage } from '../shared/i18n';
import { RESOURCES } from '../shared/i18n/resources';
import { bootstrap, type BootstrapOptions, type Running } from './bootstrap';
import type { ElectronSlice } from './electron-slice';
import { createLogger } from './logger';

/** Windows shows notifications only for an app with an AppUserModelID (the appId in electron-builder.yml). */
export const APP_USER_MODEL_ID = 'app.walkbreak';

/**
 * Tells the user the app could not start (an error box, in the system's language) and logs why (in
 * userData/logs/main.log when the folder is known), then ends the process with exit code 1.
 */
export function reportStartFailure(
  e: Pick<ElectronSlice, 'app' | 'dialog'>,
  error: unknown,
  userDataDir: string | null,
): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const logFile = userDataDir ? join(userDataDir, 'logs', 'main.log') : null;
  try {
    if (logFile) createLogger(logFile, { console: true }).error(`WalkBreak failed to start: ${detail}`);
    else console.error('WalkBreak failed to start:', error);
  } catch {
    console.error('WalkBreak failed to start:', error);
  }
  const message = error instanceof Error ? error.message : String(error);
  let title = 'WalkBreak could not start';
  let body = `${message}${logFile ? ` (${logFile})` : ''}`;
  try {
    const { t } = createTranslator(resolveLanguage('system', e.app.getPreferredSystemLanguages()), RESOURCES);
    title = t('notices:startFailed.title');
    body = logFile
      ? t('notices:startFailed.bodyWithLog', { error: message, log: logFile })
      : t('notices:startFailed.body', { error: message });
  } catch {
    // the English words above still say what happened
  }
  e.dialog.showErrorBox(title, body);
  e.app.exit(1);
}

/**
 * Runs the app on `e`. Resolves to the running app, or null when another instance already runs (this one quits)
 * or the start failed (told and logged, see reportStartFailure). `options` is read after `ready`, when every path
 * is known.
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
  let userDataDir: string | null = null;
  try {
    const o = options();
    userDataDir = o.userDataDir;
    if (o.platform !== 'darwin') e.Menu.setApplicationMenu(null);
    if (o.platform === 'win32') e.app.setAppUserModelId(APP_USER_MODEL_ID);
    if (o.platform === 'darwin') e.app.dock?.hide();
    running = bootstrap(e, o);
    return running;
  } catch (error) {
    reportStartFailure(e, error, userDataDir);
    return null;
  }
}
