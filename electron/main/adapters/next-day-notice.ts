// NextDayNotifier port (issue 14): the next-day check's morning notification, when core decides it comes
// (electron/core/morning-check.ts). A click opens Home, whose card asks the two questions. Where there are no
// notifications, or the system refuses one, nothing else is needed: Home's card and the tray's line offer the
// check for as long as it is due.
import { morningNoticeCopy } from '../../core/morning-check';
import type { NextDayNotifier } from '../../core/ports';
import type { Translator } from '../../shared/i18n';
import type { ElectronSlice, NotificationSlice } from '../electron-slice';
import type { Windows } from '../windows';

export function nextDayNotifier(
  e: Pick<ElectronSlice, 'Notification'>,
  windows: Pick<Windows, 'openMain'>,
  i18n: () => Pick<Translator, 't'>,
  warn: (message: string) => void = () => undefined,
): NextDayNotifier {
  // Kept referenced after its `close` (a Windows toast that timed out waits in the Action Center, where a click
  // still arrives): a garbage-collected Notification loses its click handler (docs/api/notification.md).
  let current: NotificationSlice | null = null;
  return {
    showNextDayCheck(check) {
      if (!e.Notification.isSupported()) {
        warn('no system notifications here: the next-day check waits on Home and in the tray');
        return;
      }
      const n = new e.Notification({ ...morningNoticeCopy(check, i18n()), silent: true });
      current?.close();
      current = n;
      n.on('click', () => {
        if (current === n) current = null;
        n.close();
        windows.openMain('main');
      });
      n.on('failed', (_event, error) => {
        if (current === n) current = null;
        warn(`the next-day notification was refused (${error}): it waits on Home and in the tray`);
      });
      n.show();
    },
  };
}
