// The next-day check as a morning notification (issues 14 and 16): when it may come (the pure `morningCheck`), and
// the watcher that asks at each tracker snapshot (no timer or wake-up of its own) and tells the host through the
// NextDayNotifier port. The Home card and the tray line offer the check whatever happens to the notification.
import type { PendingNextDay } from '../shared/break';
import type { Translator } from '../shared/i18n';
import type { WorkingHours } from '../shared/settings';
import type { HoldReason, TrackerSnapshot } from '../shared/tracker';
import type { NextDayNotifier } from './ports';
import { isWorkingTime } from './working-hours';

/** With working hours off, the morning starts at this local hour. */
export const MORNING_HOUR = 7;

export interface MorningCheckInput {
  /** Wall ms. */
  now: number;
  workingHours: WorkingHours;
  /** The next-day check due now (BreakState.pendingNextDay): null once answered on Home, or when none is due. */
  pending: PendingNextDay | null;
  /** The check the notification was last shown for (persisted in programme.json), or null. */
  shown: PendingNextDay | null;
  /** The user is at the computer now (presence 'present'): the first activity of the morning. */
  active: boolean;
  /** A reminder is on screen or due, or a walk (a break) is in progress: it waits until that is over. */
  reminderOrBreak: boolean;
  /** The "In a meeting" pause from the tray is on. */
  meeting: boolean;
  /** engine.interruptionHold(): [] free, reasons held, null a look under way; undefined when not asked yet. */
  hold?: HoldReason[] | null;
}

/**
 * - `none`: nothing to show (no check due, already answered, or already shown for this check);
 * - `wait`: due but not now (outside working hours or before 07:00, no activity, a reminder or a break, a meeting,
 *   a call/presentation/do-not-disturb): asked again at the next snapshot;
 * - `ask-hold`: everything else allows it: ask engine.interruptionHold() and decide again with its answer (the busy
 *   sources are asked only then, never on an ordinary wake);
 * - `show`: show it now.
 */
export type MorningCheck = 'none' | 'wait' | 'ask-hold' | 'show';

const sameCheck = (a: PendingNextDay, b: PendingNextDay | null): boolean =>
  b !== null && a.walkAt === b.walkAt && a.checkpoint === b.checkpoint;

/**
 * Inside working hours on a day after the walk (the check is only due from the next local day), or with working
 * hours off from 07:00 local time.
 */
export function morningTime(workingHours: WorkingHours, now: number): boolean {
  if (workingHours.enabled) return isWorkingTime(workingHours, now);
  return new Date(now).getHours() >= MORNING_HOUR;
}

/** Whether the morning notification for the pending next-day check comes now (see MorningCheck). Pure. */
export function morningCheck(i: MorningCheckInput): MorningCheck {
  if (i.pending === null || sameCheck(i.pending, i.shown)) return 'none';
  if (!morningTime(i.workingHours, i.now) || !i.active || i.reminderOrBreak || i.meeting) return 'wait';
  if (i.hold === undefined) return 'ask-hold';
  return i.hold !== null && i.hold.length === 0 ? 'show' : 'wait';
}

/** The notification's title and body in the translator's language (namespace "notices"). */
export function morningNoticeCopy(
  check: PendingNextDay,
  { t }: Pick<Translator, 't'>,
): { title: string; body: string } {
  return {
    title: t('notices:nextDay.title'),
    body: t(check.checkpoint === '48h' ? 'notices:nextDay.body48h' : 'notices:nextDay.body'),
  };
}

/** What the watcher reads from the core (the engine, the break service, the settings). */
export interface MorningCheckSources {
  now(): number;
  workingHours(): WorkingHours;
  pending(): PendingNextDay | null;
  shown(): PendingNextDay | null;
  /** Persists that the notification was shown for `check` (it never comes again for it, across restarts). */
  markShown(check: PendingNextDay): void;
  interruptionHold(): HoldReason[] | null;
}

/** The tracker's picture as the decision reads it. */
export function snapshotFacts(
  s: TrackerSnapshot,
): Pick<MorningCheckInput, 'active' | 'reminderOrBreak' | 'meeting'> {
  return {
    active: s.presence === 'present',
    reminderOrBreak: s.reminder !== null || s.hold !== null || s.presence === 'walking',
    meeting: s.pause?.meeting === true,
  };
}

/**
 * Decides at each tracker snapshot (the engine's idle samples and every user action already produce them) and
 * shows the notification at most once per check: marked shown before the host is asked, so a host that throws or a
 * notification that fails is never retried (the Home card and the tray line still offer the check).
 */
export function watchMorningCheck(
  src: MorningCheckSources,
  notifier: NextDayNotifier,
  warn: (message: string) => void = () => undefined,
): (snapshot: TrackerSnapshot) => void {
  return (snapshot) => {
    const input: MorningCheckInput = {
      now: src.now(),
      workingHours: src.workingHours(),
      pending: src.pending(),
      shown: src.shown(),
      ...snapshotFacts(snapshot),
    };
    let decision = morningCheck(input);
    if (decision === 'ask-hold') decision = morningCheck({ ...input, hold: src.interruptionHold() });
    if (decision !== 'show' || input.pending === null) return;
    src.markShown(input.pending);
    try {
      notifier.showNextDayCheck(input.pending);
    } catch (error) {
      warn(`the next-day notification failed: ${String(error)}`);
    }
  };
}
