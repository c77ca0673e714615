// ReminderPresenter port: a system notification (click brings up the reminder window) plus the small reminder
// window (unless the user chose notifications only), both gone when the reminder is hidden; the break opens in the
// main window (?view=break). Sound: with the reminder window, the window plays WalkBreak's own chime at the chosen
// volume (renderer/src/lib/chime.ts), so the notification is silent; with notifications only, the notification makes
// the system's sound (at the system's volume) unless the user turned sound off.
import { deskCueCopy } from '../../shared/desk-cue';
import { reminderCopy } from '../../shared/reminder-copy';
import type { ReminderPresenter } from '../../core/ports';
import type { Translator } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { ElectronSlice, NotificationSlice } from '../electron-slice';
import type { Windows } from '../windows';

/**
 * Whether the reminder notification must be silent: always with the reminder window (the window plays the chime,
 * one sound is enough), and with notifications only when the user turned sound off.
 */
export function notificationSilent(settings: Pick<Settings, 'reminderStyle' | 'soundEnabled'>): boolean {
  return settings.reminderStyle === 'notification-and-window' || !settings.soundEnabled;
}

export function createPresenter(
  e: Pick<ElectronSlice, 'Notification'>,
  windows: Windows,
  /**
   * The reminder style and sound right now; "notification" alone falls back to the window where there are no
   * notifications.
   */
  settings: () => Pick<Settings, 'reminderStyle' | 'soundEnabled'>,
  /** The translator for the current language, so the notification speaks the user's language. */
  i18n: () => Translator,
  warn: (message: string) => void = () => undefined,
): ReminderPresenter {
  // Kept referenced until the reminder is hidden, even after its `close` (a Windows toast that timed out waits in
  // the Action Center, where a click still arrives and close() still removes it): a garbage-collected
  // Notification loses its click handler.
  let notification: NotificationSlice | null = null;

  const closeNotification = (): void => {
    const shown = notification;
    notification = null;
    shown?.close();
  };

  return {
    showReminder(view) {
      closeNotification();
      if (e.Notification.isSupported()) {
        const { title, body } = reminderCopy(view, i18n());
        const now = settings();
        const n = new e.Notification({
          title,
          body,
          timeoutType: 'default',
          silent: notificationSilent(now),
        });
        notification = n;
        n.on('click', () => {
          if (notification === n) windows.openReminder(true);
        });
        // Refused by the OS (an unsigned macOS build, Windows without the installer's shortcut): the window
        // carries the reminder instead.
        n.on('failed', (_event, error) => {
          warn(`the reminder notification was refused: ${error}`);
          if (notification === n && now.reminderStyle === 'notification') windows.openReminder(false);
        });
        n.show();
        if (now.reminderStyle === 'notification') return;
      }
      windows.openReminder(false);
    },
    hideReminder() {
      closeNotification();
      windows.closeReminder();
    },
    openBreak() {
      windows.openMain('break');
    },
    cue(cue) {
      // Quiet by design: no window, no sound of our own; where there are no notifications the tray says it.
      if (!e.Notification.isSupported()) return;
      const { title, body } = deskCueCopy(cue, i18n());
      new e.Notification({ title, body, silent: true }).show();
    },
  };
}
