// Start at login: Electron's login item on Windows and macOS, an XDG autostart entry on Linux (Electron's
// setLoginItemSettings does nothing there). Applied at start and whenever the setting changes; failures are logged.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '../../shared/i18n';
import { RESOURCES } from '../../shared/i18n/resources';
import type { AppSlice } from '../electron-slice';

/**
 * What the login entries pass, so a login start stays in the tray (lifecycle.ts startedHidden). The same as
 * lifecycle's HIDDEN_ARG (not imported from there: lifecycle imports bootstrap, which imports this).
 */
export const LOGIN_ARGS = ['--hidden'] as const;

export interface LoginItemOptions {
  platform: NodeJS.Platform;
  /** What to start: the AppImage when running from one ($APPIMAGE), else the executable. */
  executable: string;
  /** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
  autostartDir: string;
  warn: (message: string) => void;
}

/** The autostart folder of the XDG Autostart spec for this environment. */
export function xdgAutostartDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const config = env['XDG_CONFIG_HOME'];
  return join(config && config.startsWith('/') ? config : join(home, '.config'), 'autostart');
}

/** One argument of an Exec line, quoted as the Desktop Entry spec asks ("…" with \ before " ` $ \). */
function execArg(arg: string): string {
  if (/^[A-Za-z0-9/._+-]+$/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The walkbreak.desktop file that starts WalkBreak at login, quietly (`--hidden`). */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=WalkBreak',
    // One Comment per language, as the Desktop Entry spec localises keys; the desktop shows the user's own.
    ...LANGUAGES.map((language) =>
      language === 'en'
        ? `Comment=${RESOURCES.en.tray.autostartComment}`
        : `Comment[${language}]=${RESOURCES[language].tray.autostartComment}`,
    ),
    `Exec=${[executable, ...LOGIN_ARGS].map(execArg).join(' ')}`,
    'Icon=walkbreak',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export const AUTOSTART_FILE = 'walkbreak.desktop';

/** Turns start-at-login on or off for this platform; never throws. */
export function applyStartAtLogin(
  app: Pick<AppSlice, 'setLoginItemSettings'>,
  enabled: boolean,
  o: LoginItemOptions,
): void {
  try {
    if (o.platform === 'linux') {
      const file = join(o.autostartDir, AUTOSTART_FILE);
      if (enabled) {
        mkdirSync(o.autostartDir, { recursive: true });
        writeFileSync(file, autostartEntry(o.executable), { mode: 0o644 });
      } else {
        rmSync(file, { force: true });
      }
    } else if (o.platform === 'win32' || o.platform === 'darwin') {
      // `args` reach the executable on Windows; macOS ignores them and reports wasOpenedAtLogin instead
      // (docs/api/app.md setLoginItemSettings / getLoginItemSettings).
      app.setLoginItemSettings({ openAtLogin: enabled, args: [...LOGIN_ARGS] });
    }
  } catch (error) {
    o.warn(`start at login could not be turned ${enabled ? 'on' : 'off'}: ${String(error)}`);
  }
}
