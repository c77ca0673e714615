// The settings that reach into the desktop, applied at start and whenever they change: start at login, the
// window theme (nativeTheme) and the global shortcuts (whose refusals reject the save, see shortcuts.ts).
import type { CoreApp } from '../core/app';
import { runTrayCommand } from '../core/tray-commands';
import type { Shortcuts } from '../shared/settings';
import { applyStartAtLogin, xdgAutostartDir } from './adapters/login-item';
import { shortcutRegistry } from './adapters/shortcuts';
import type { ElectronSlice } from './electron-slice';
import type { Logger } from './logger';
import { showNotice } from './notices';

export interface DesktopOptions {
  platform: NodeJS.Platform;
  /** Linux: where the start-at-login entry goes (default $XDG_CONFIG_HOME/autostart or ~/.config/autostart). */
  autostartDir?: string;
  /** A Linux Wayland session (global shortcuts go through the desktop's portal there). */
  wayland?: boolean;
}

/** Applies the desktop settings now and on every change; returns a function that releases what it holds. */
export function integrateDesktop(
  e: Pick<ElectronSlice, 'app' | 'nativeTheme' | 'globalShortcut' | 'Notification'>,
  core: CoreApp,
  o: DesktopOptions,
  log: Logger,
): () => void {
  const settings = core.settings.get();
  const login = {
    platform: o.platform,
    executable: process.env['APPIMAGE'] ?? process.execPath,
    autostartDir: o.autostartDir ?? xdgAutostartDir(),
    warn: log.warn,
  };
  // At start only an "on" is re-applied (the entry then names this executable); turning it off is a change.
  if (settings.startAtLogin) applyStartAtLogin(e.app, true, login);
  // Windows follow nativeTheme (prefers-color-scheme in every renderer).
  e.nativeTheme.themeSource = settings.theme;

  const run = (command: Parameters<typeof runTrayCommand>[1]) =>
    void runTrayCommand(core, command).catch((error: unknown) =>
      log.error(`shortcut failed: ${String(error)}`),
    );
  const shortcuts = shortcutRegistry(
    e.globalShortcut,
    {
      snooze: () => {
        const minutes = core.engine.snapshot().reminder?.snoozeOptionsMin[0];
        if (minutes !== undefined) run({ kind: 'snooze', minutes });
      },
      startWalk: () => run({ kind: 'start-walk' }),
      // A toggle, like the tray entry: standing when sitting, sitting again when standing.
      standing: () => run({ kind: 'standing', standing: core.engine.snapshot().standingSince === null }),
    },
    () => core.i18n(),
    !!o.wayland,
  );
  const none: Shortcuts = { snooze: null, startWalk: null };
  // One at a time, so a shortcut another app took does not keep the other from working.
  const snoozeOnly: Shortcuts = { ...none, snooze: settings.shortcuts.snooze };
  const snoozeRefused = shortcuts.change(snoozeOnly, none);
  // A refused Snooze is not tried (and told) a second time with Start a walk.
  const held = snoozeRefused.length ? none : snoozeOnly;
  const refused = [
    ...snoozeRefused,
    ...shortcuts.change({ ...settings.shortcuts, snooze: held.snooze }, held),
  ];
  if (refused.length) {
    const { t } = core.i18n();
    showNotice(
      e,
      {
        title: t('notices:shortcut.title'),
        body: t('notices:shortcut.body', { problems: refused.map((r) => r.message).join(' ') }),
      },
      log,
    );
  }
  core.settings.setHostCheck((next, prev) => shortcuts.change(next.shortcuts, prev.shortcuts));

  let previous = settings;
  core.settings.subscribe((next) => {
    if (next.startAtLogin !== previous.startAtLogin) applyStartAtLogin(e.app, next.startAtLogin, login);
    if (e.nativeTheme.themeSource !== next.theme) e.nativeTheme.themeSource = next.theme;
    previous = next;
  });
  return () => shortcuts.release();
}
