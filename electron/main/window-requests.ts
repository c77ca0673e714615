// Main's side of what a window asks of its own OS window (electron/shared/window-requests.ts): the break window's
// "time is up" signal (issue 20) and the reminder window fitted to its content. The IPC layer has already checked
// the sender's kind (WINDOW_ONLY) and the arguments; main decides what happens.
//
// Electron 45 (docs/api/browser-window.md): `win.isFocused()`; `win.showInactive()` "Shows the window but doesn't
// focus on it" (not supported on Wayland, where the compositor gives focus); `win.flashFrame(flag)` "Starts or stops
// flashing the window to attract user's attention", and it goes on until the app stops it (docs/tutorial/
// windows-taskbar.md "Flash Frame": `win.once('focus', () => win.flashFrame(false))`, "Don't forget to call
// `win.flashFrame(false)`"); `win.setContentSize(width, height)`. docs/api/app.md
// `app.focus({ steal })`: on macOS `steal: false` makes the app active only when no other app is in front, so a
// call or a document the user is in keeps the keyboard (no Dock bounce: WalkBreak hides its Dock icon).
import { timeUpPlan } from '../core/time-up';
import type { DesktopOsName } from '../shared/desktop';
import type { Translator } from '../shared/i18n';
import type { HandlerMap } from '../shared/ipc';
import type { HoldReason } from '../shared/tracker';
import { clampReminderHeight, TIME_UP_TITLE_KEY, type TimeUpNext } from '../shared/window-requests';
import type { BrowserWindowSlice, ElectronSlice, NotificationSlice } from './electron-slice';
import type { Windows } from './windows';

export interface WindowRequestsOptions {
  platform: NodeJS.Platform;
  wayland: boolean;
  /** The interruption hold (Engine.interruptionHold): a call, a presentation or do-not-disturb. */
  hold: () => readonly HoldReason[] | null;
  i18n: () => Translator;
  warn: (message: string) => void;
}

type WindowChannels = 'window:time-up' | 'window:fit-reminder';

function osOf(platform: NodeJS.Platform): DesktopOsName {
  return platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : 'linux';
}

export function windowRequestHandlers(
  e: Pick<ElectronSlice, 'Notification' | 'app'>,
  windows: Windows,
  o: WindowRequestsOptions,
): Pick<HandlerMap, WindowChannels> {
  /** Windows flashing until they take the keyboard (one 'focus' listener each, however many times are up). */
  const flashing = new WeakSet<BrowserWindowSlice>();
  const flash = (win: BrowserWindowSlice): void => {
    win.flashFrame(true);
    if (flashing.has(win)) return;
    flashing.add(win);
    win.once('focus', () => {
      flashing.delete(win);
      if (!win.isDestroyed()) win.flashFrame(false);
    });
  };

  /** The one time-up notification, referenced until it closes (an unreferenced one is collected with its click). */
  let notice: NotificationSlice | null = null;
  const forget = (n: NotificationSlice): void => {
    if (notice === n) notice = null;
  };

  const notify = (next: TimeUpNext): boolean => {
    if (!e.Notification.isSupported()) return false;
    const { t } = o.i18n();
    try {
      notice?.close();
      const n = new e.Notification({
        title: t(TIME_UP_TITLE_KEY[next]),
        body: t('notices:timeUp.body'),
        silent: true, // the window plays the user's own chime (or none)
      });
      notice = n;
      n.on('click', () => {
        forget(n);
        windows.mainWindow()?.flashFrame(false); // the user answered (focus may be refused, e.g. on Wayland)
        windows.openMain('break');
      });
      n.on('close', () => forget(n));
      n.on('failed', (_event, error) => {
        forget(n);
        o.warn(`the time-up notification could not be shown: ${error}`);
      });
      n.show();
      return true;
    } catch (error) {
      o.warn(`the time-up notification failed: ${String(error)}`);
      return false;
    }
  };

  return {
    'window:time-up': ({ next }) => {
      const win = windows.mainWindow();
      if (!win) return { notification: false, window: 'none' };
      const plan = timeUpPlan({
        focused: win.isFocused(),
        hold: o.hold(),
        os: osOf(o.platform),
        wayland: o.wayland,
      });
      if (plan.showInactive) win.showInactive();
      if (plan.activateGently) e.app.focus({ steal: false });
      if (plan.flash) flash(win);
      const notification = plan.notify && notify(next);
      return {
        notification,
        window: plan.showInactive || plan.activateGently ? 'raised' : plan.flash ? 'flashed' : 'none',
      };
    },
    'window:fit-reminder': ({ height }) => ({ height: windows.fitReminder(clampReminderHeight(height)) }),
  };
}
