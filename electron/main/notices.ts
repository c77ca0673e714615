// The user hears about stored data through system notifications: a file kept aside at start, and writes that
// fail (disk full, no permission) and later work again. Each is also logged; neither ever carries stored values.
// Worded in the user's language (namespace "notices").
import type { Translator } from '../shared/i18n';
import type { KeptAside } from './adapters/stores';
import type { WriteTroubleListener } from './adapters/durable-document';
import type { ElectronSlice, NotificationSlice } from './electron-slice';
import type { Logger } from './logger';

/** A system notification's text. */
export interface Notice {
  title: string;
  body: string;
}

type NotifySlice = Pick<ElectronSlice, 'Notification'>;

/** The saved things a notice can name: the stores, and the history files. */
const SAVED = ['settings', 'tracker', 'programme', 'desk', 'history'] as const;
type Saved = (typeof SAVED)[number];
const isSaved = (name: string): name is Saved => (SAVED as readonly string[]).includes(name);

/**
 * Notices on screen, referenced until they close: an unreferenced Notification can be garbage-collected and
 * vanish (on Windows from the Action Center too). Bounded, in case a platform never says `close`.
 */
const onScreen = new Set<NotificationSlice>();
const KEPT = 20;

/** Codes meaning the folder refuses writes (read-only file system, no permission), not a full disk. */
const REFUSED = new Set(['EROFS', 'EACCES', 'EPERM']);

/** Logs `notice` and shows it as a notification where the system has them. */
export function showNotice(e: NotifySlice, notice: Notice, log: Logger): void {
  log.warn(`${notice.title}: ${notice.body}`);
  if (!e.Notification.isSupported()) return;
  const n = new e.Notification({ title: notice.title, body: notice.body });
  const forget = (): void => void onScreen.delete(n);
  n.on('close', forget);
  n.on('failed', (_event, error) => {
    forget();
    log.warn(`a notice could not be shown: ${error}`);
  });
  onScreen.add(n);
  if (onScreen.size > KEPT) onScreen.delete(onScreen.values().next().value as NotificationSlice);
  n.show();
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

/** What to tell the user about files kept aside at start (one sentence per file), or null when there were none. */
export function keptAsideNotice(kept: readonly KeptAside[], { t }: Pick<Translator, 't'>): Notice | null {
  if (kept.length === 0) return null;
  const lines = kept.map(({ name, recovered, newer }) =>
    newer
      ? t(`notices:readFailed.newer.${name}`)
      : recovered
        ? t(`notices:readFailed.recovered.${name}`)
        : t(`notices:readFailed.restarted.${name}`),
  );
  const damaged = kept.filter((k) => !k.newer);
  const unsaved =
    damaged.length === 0
      ? []
      : damaged.some((k) => k.aside === null)
        ? [
            t(
              damaged.some((k) => k.unreadable)
                ? 'notices:readFailed.unreadable'
                : 'notices:readFailed.memoryOnly',
            ),
          ]
        : [t('notices:readFailed.keptBeside')];
  return {
    title: t('notices:readFailed.title'),
    body: [...lines, ...unsaved, t('notices:readFailed.details')].join(' '),
  };
}

/**
 * One notification when saving starts to fail (whichever files are affected) and one when every file is saved
 * again, in the language of that moment (`i18n`). Each failure and recovery is logged with its error code.
 */
export function writeTroubleNotices(
  e: NotifySlice,
  log: Logger,
  i18n: () => Pick<Translator, 't'>,
  /** The user-data folder, named when the system refuses writes there (read-only, no permission). */
  folder = '',
): WriteTroubleListener {
  const failing = new Set<string>();
  return {
    failing(document, code) {
      log.warn(`could not save ${document}.json (${code}); kept in memory, retrying`);
      if (failing.size === 0) {
        const { t } = i18n();
        const which = isSaved(document) ? document : 'other';
        const body = t(`notices:saveFailed.body.${which}`, { code });
        // Where and why when it is not a full disk: the folder WalkBreak may not write to.
        const where = REFUSED.has(code) ? ' ' + t('notices:saveFailed.refused', { folder }) : '';
        showNotice(e, { title: t('notices:saveFailed.title'), body: body + where }, log);
      }
      failing.add(document);
    },
    recovered(document) {
      log.info(`${document}.json saved again`);
      failing.delete(document);
      if (failing.size === 0) {
        const { t } = i18n();
        showNotice(e, { title: t('notices:savingAgain.title'), body: t('notices:savingAgain.body') }, log);
      }
    },
  };
}
