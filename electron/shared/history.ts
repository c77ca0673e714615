// History event DTOs recorded by the tracker and the break service through the Store port. Times are wall-clock
// ms since the epoch. Events carry ids, numbers and picklist values only, never free text.
import type { AdvisoryItem, WalkEndReason } from './break';
import type {
  PreWalkItem,
  Level,
  NextDayFeeling,
  Outcome,
  PainScore,
  ProgrammeStatus,
  RecordedAnswers,
  RuleId,
  Zone,
} from './walk';

/** A local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

export type BoutEnd = 'away' | 'lock' | 'suspend' | 'walk' | 'moved' | 'app-closed';
export type BreakKind = 'inferred' | 'guided' | 'moved';
/** How a reminder was skipped: its Skip button, Escape, or its window closed by the user (Alt+F4, close box). */
export type SkipVia = 'button' | 'escape' | 'closed';
export type ExpiredReason = 'away' | 'lock' | 'suspend' | 'moved' | 'walk' | 'paused' | 'disabled';

/** One recorded fact. `at` is when it happened (for spans: when the span ended). */
export type HistoryEvent =
  | { type: 'sitting-bout'; at: number; start: number; end: number; endedBy: BoutEnd }
  /** A spell of standing at the desk ("I'm standing" until sitting down or leaving); not a break. */
  | { type: 'standing'; at: number; start: number; end: number }
  | {
      type: 'break';
      at: number;
      kind: BreakKind;
      start: number;
      end: number;
      cause?: 'idle' | 'lock' | 'suspend';
    }
  | { type: 'reminder-shown'; at: number; sittingMs: number; firm: boolean }
  | { type: 'reminder-snoozed'; at: number; minutes: number }
  | { type: 'reminder-skipped'; at: number; via: SkipVia }
  | { type: 'reminder-accepted'; at: number }
  | { type: 'reminder-expired'; at: number; reason: ExpiredReason }
  /**
   * A due reminder waited while the user was in a call, presenting or in do-not-disturb (issue 16). Only the span
   * is kept: nothing about the call, the app or which signal saw it.
   */
  | { type: 'reminder-held'; at: number; start: number; end: number }
  | { type: 'walk-started'; at: number; source: WalkSource }
  | { type: 'walk-ended'; at: number; start: number; completed: boolean }
  /** `until` null: until the user resumes; `reason` 'meeting' for an "In a meeting" pause. */
  | { type: 'reminders-paused'; at: number; until: number | null; reason?: 'meeting' }
  | { type: 'reminders-resumed'; at: number }
  | { type: 'clock-changed'; at: number; skewMs: number }
  | { type: 'programme-started'; at: number; level: Level; advisory: AdvisoryItem[] }
  /** The advisory questions answered again (every 4 weeks): the items answered "yes" (empty = none). */
  | { type: 'advisory-answered'; at: number; advisory: AdvisoryItem[] }
  | { type: 'walk-checked-in'; at: number; painBefore: PainScore | null; emergency: PreWalkItem[] }
  | { type: 'walk-timer'; at: number; action: 'start' | 'pause' | 'resume' | 'end'; reason?: WalkEndReason }
  | {
      type: 'walk-evaluated';
      at: number;
      /** Wall ms the timed walk started; null when the check-in blocked the walk. */
      startedAt: number | null;
      level: Level;
      plannedMin: number;
      /** Whole minutes walked, pauses excluded. */
      walkedMin: number;
      outcome: Outcome;
      zone: Zone;
      reasons: RuleId[];
      painBefore: PainScore | null;
      painAfter: PainScore | null;
      peak: PainScore | null;
      /** Q3–Q10 as answered; absent when the check-in blocked the walk and in events written before it existed. */
      answers?: RecordedAnswers;
    }
  | {
      type: 'next-day-check';
      at: number;
      walkAt: number;
      checkpoint: '24h' | '48h';
      feeling: NextDayFeeling;
      pain: PainScore;
      /** The walk's outcome after this check (only ever upgraded). */
      outcome: Outcome;
    }
  | { type: 'programme-level-changed'; at: number; from: Level; to: Level }
  | {
      type: 'programme-status-changed';
      at: number;
      from: ProgrammeStatus;
      to: ProgrammeStatus;
      reasons: RuleId[];
    };

export type WalkSource = 'reminder' | 'tray' | 'window';
export type HistoryEventType = HistoryEvent['type'];
