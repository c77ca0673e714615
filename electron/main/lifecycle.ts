// App lifecycle of a tray app: one instance only; a start shows the first-run window until the user has left it
// once, else Home, except a start by the login item (`--hidden`), which stays in the tray; a second launch (and on
// macOS `activate`, a launch from Finder while running) opens Home; closing every window does not quit, no default application menu on Windows and Linux (it would put a menu bar
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

/** The argument the start-at-login entries pass (login-item.ts), so a login start stays quiet. */
export const HIDDEN_ARG = '--hidden';

/**
 * Whether the login item started this process: `--hidden` on the command line (the Windows login item's `args`,
 * the Linux autostart entry's Exec line), or on macOS, where a login item gets no arguments,
 * app.getLoginItemSettings().wasOpenedAtLogin (docs/api/app.md).
 */
export function startedHidden(argv: readonly string[], wasOpenedAtLogin: boolean): boolean {
  return argv.includes(HIDDEN_ARG) || wasOpenedAtLogin;
}

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
  /** The user asked for WalkBreak: the first-run window while it is still to be seen, else Home. */
  const show = (): void => running?.windows.openMain(running.firstRun.pending ? 'welcome' : 'main');
  // docs/api/app.md 'second-instance': the second instance quit at once (no lock) and this one hears of it.
  e.app.on('second-instance', show);
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
    // A login start stays in the tray; any other start shows something (the first run always).
    if (running.firstRun.pending || !o.hidden) show();
    // docs/api/app.md 'activate' (macOS): the running app is opened again from Finder, Launchpad or Spotlight
    // (macOS starts no second instance, so no 'second-instance'), or its Dock icon is clicked. Listened to only
    // after the start has shown what it shows.
    e.app.on('activate', show);
    return running;
  } catch (error) {
    reportStartFailure(e, error, userDataDir);
    return null;
  }
}
