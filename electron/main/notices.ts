// The user hears about stored data through system notifications: a file kept aside at start, and writes that
// fail (disk full, no permission) and later work again. Each is also logged; neither ever carries stored values.
import type { Notice } from './adapters/stores';
import { DOCUMENT_LABELS } from './adapters/stores';
import type { WriteTroubleListener } from './adapters/durable-document';
import type { ElectronSlice } from './electron-slice';
import type { Logger } from './logger';

type NotifySlice = Pick<ElectronSlice, 'Notification'>;

/** What each saved thing is called in a notice: the stores, and the history files. */
const LABELS: Record<string, string> = { ...DOCUMENT_LABELS, history: 'your history' };

/** Logs `notice` and shows it as a notification where the system has them. */
export function showNotice(e: NotifySlice, notice: Notice, log: Logger): void {
  log.warn(`${notice.title}: ${notice.body}`);
  if (e.Notification.isSupported()) new e.Notification({ title: notice.title, body: notice.body }).show();
}

/**
 * Several things to say at start (a file kept aside, settings repaired) as one notification: the first title,
 * the bodies in order. Null when there is nothing to say.
 */
export function combineNotices(notices: (Notice | null)[]): Notice | null {
  const present = notices.filter((n): n is Notice => n !== null);
  if (present.length === 0) return null;
  return { title: present[0]!.title, body: present.map((n) => n.body).join(' ') };
}

/**
 * One notification when saving starts to fail (whichever files are affected) and one when every file is saved
 * again. Each failure and recovery is logged with its error code.
 */
export function writeTroubleNotices(e: NotifySlice, log: Logger): WriteTroubleListener {
  const failing = new Set<string>();
  return {
    failing(document, code) {
      log.warn(`could not save ${document}.json (${code}); kept in memory, retrying`);
      if (failing.size === 0) {
        const what = LABELS[document] ?? document;
        showNotice(
          e,
          {
            title: 'WalkBreak cannot save right now',
            body: `Saving ${what} failed (${code}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.`,
          },
          log,
        );
      }
      failing.add(document);
    },
    recovered(document) {
      log.info(`${document}.json saved again`);
      failing.delete(document);
      if (failing.size === 0)
        showNotice(
          e,
          { title: 'WalkBreak is saving again', body: 'Everything waiting has been saved.' },
          log,
        );
    },
  };
}
