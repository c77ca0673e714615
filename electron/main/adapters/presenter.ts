// ReminderPresenter port: a system notification (click brings up the reminder window) plus the small reminder
// window (unless the user chose notifications only), both gone when the reminder is hidden; the break opens in the
// main window (?view=break).
import { reminderCopy } from '../../shared/reminder-copy';
import type { ReminderPresenter } from '../../core/ports';
import type { Translator } from '../../shared/i18n';
import type { ReminderStyle } from '../../shared/settings';
import type { ElectronSlice, NotificationSlice } from '../electron-slice';
import type { Windows } from '../windows';

export function createPresenter(
  e: Pick<ElectronSlice, 'Notification'>,
  windows: Windows,
  /** The reminder style right now; "notification" alone falls back to the window where there are none. */
  style: () => ReminderStyle,
  /** The translator for the current language, so the notification speaks the user's language. */
  i18n: () => Translator,
): ReminderPresenter {
  // Kept referenced while on screen: a garbage-collected Notification loses its click handler.
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
        const n = new e.Notification({ title, body, timeoutType: 'default' });
        notification = n;
        n.on('click', () => {
          if (notification === n) windows.openReminder(true);
        });
        n.on('close', () => {
          if (notification === n) notification = null;
        });
        n.show();
        if (style() === 'notification') return;
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
  };
}
