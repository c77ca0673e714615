// What History shows, as plain JSON computed in core from the event log: one summary per local day, the walk
// log, insights, and the arguments of the history operations. Types only.
import type { MovementGoalDays } from './goal';
import type { AdvisoryItem } from './break';
import type { BreakKind, DayKey, HistoryEvent } from './history';
import type { Level, Outcome, PreWalkItem, ProgrammeStatus, RuleId } from './walk';

export type { DayKey } from './history';

/** One guided walk as History lists it: its walk-evaluated event (upgraded later by next-day checks). */
export type WalkEntry = Omit<Extract<HistoryEvent, { type: 'walk-evaluated' }>, 'type'>;

/** A next-day check, kept on the day it was answered; `walkAt` names its walk. */
export type NextDayEntry = Omit<Extract<HistoryEvent, { type: 'next-day-check' }>, 'type'>;

/** Something a clinician should see: emergency items at check-in, rules that paused or stepped back the plan. */
export interface FlagEntry {
  at: number;
  /** 'onboarding': the advisory questions answered "yes" (at first run or when asked again every 4 weeks). */
  source: 'check-in' | 'walk' | 'next-day' | 'programme' | 'onboarding';
  items: (RuleId | PreWalkItem | AdvisoryItem)[];
}

export interface ReminderCounts {
  shown: number;
  snoozed: number;
  skipped: number;
  accepted: number;
  expired: number;
}

/** Everything recorded on one local day. Sitting time of a bout that spans midnight is split between the days. */
export interface DaySummary {
  day: DayKey;
  /** Sitting time within this day, ms. */
  sittingMs: number;
  /** Time standing at the desk ("I'm standing") within this day, ms; not counted as sitting nor as a break. */
  standingMs: number;
  /**
   * Light activity within this day toward the daily movement goal, ms: guided breaks (the walk with its stretches,
   * as recorded) and each "I moved" as the 2-minute minimum break. Breaks inferred from time away do not count.
   */
  activeMs: number;
  /** Longest sitting (the part of a bout within this day), ms. */
  longestBoutMs: number;
  /** Sitting bouts that ended on this day. */
  bouts: number;
  breaks: Record<BreakKind, number>;
  reminders: ReminderCounts;
  /** Local hours (0–23), ascending, in which a reminder was shown. */
  remindedHours: number[];
  /** Local hours (0–23), ascending, in which a break or walk began. */
  breakHours: number[];
  /** Guided walks answered on this day, by `at`. */
  walks: WalkEntry[];
  nextDay: NextDayEntry[];
  flags: FlagEntry[];
  /** The programme level at the end of the day and when it was set; null when nothing said so that day. */
  level: { level: Level; at: number } | null;
  /** Events that touched this day. */
  events: number;
}

/** A walk in the walk log, with its outcome after next-day checks. */
export interface WalkLogEntry extends WalkEntry {
  day: DayKey;
  finalOutcome: Outcome;
  nextDay: NextDayEntry[];
}

export interface Insight {
  id: 'reminded-hours' | 'pain-after-walks' | 'walk-streak' | 'sitting-trend' | 'break-streak';
  text: string;
}

export type HistoryRange = 'week' | 'month';

/** The History view's data, computed at `at`. */
export interface HistoryOverview {
  at: number;
  today: DaySummary;
  programme: { level: Level; minutes: number; status: ProgrammeStatus } | null;
  nextWalkMin: number | null;
  range: HistoryRange;
  /** Every day of the range, oldest first, today last (empty days included). */
  days: DaySummary[];
  /** Programme level at the end of each day of the range (carried forward), null before the programme began. */
  levels: (Level | null)[];
  /** Walks in the range, newest first. */
  walks: WalkLogEntry[];
  insights: Insight[];
  /** Problems met while reading the history, in words for the user (skipped lines, writes still pending). */
  problems: string[];
  /** The first month with any history ('YYYY-MM'), or null when there is none. */
  firstMonth: string | null;
  /** The daily movement goal over the range's days, or null when the user turned it off. */
  goal: MovementGoalDays | null;
}

export type ExportWhat = 'events' | 'summaries';
export type ExportFormat = 'csv' | 'json';

/** What happened to an export or clinician summary: saved (with the file name), or cancelled by the user. */
export type SaveResult = { saved: true; fileName: string } | { saved: false };

export interface ImportResult {
  /** Records that were new and were added (each on disk before this answer). */
  added: number;
  /** Records already in the history (skipped). */
  duplicates: number;
  /**
   * The user cancelled. Slices merged before the cancel are kept (each was saved whole and deduplicated, so
   * importing the same file again adds the rest and nothing twice); `added` and `duplicates` count only them.
   */
  cancelled: boolean;
  /**
   * Records of the file not merged because of the cancel: 0 when it ran to the end, null when it was cancelled
   * while the file was still being checked (then nothing was added and the count is not known).
   */
  remaining: number | null;
}

/**
 * How far the running import is (pushed to windows as `history:import-progress`). `checking`: the file is read and
 * every record checked, nothing has changed yet; `merging`: slices are being added, each saved before the next.
 */
export interface ImportProgress {
  phase: 'checking' | 'merging';
  /** Whole percent of the import's work done, 0 to 100. */
  percent: number;
  /** New records saved so far (kept if the user cancels now). */
  added: number;
}

/** The answer to "cancel the import": whether one was running (it stops at the end of its current slice). */
export interface CancelImportResult {
  cancelling: boolean;
}

export interface DeleteResult {
  /** Events removed. */
  removed: number;
}
