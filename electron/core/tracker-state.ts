// The sitting tracker's state: plain JSON data, so it can be persisted, restored, compared and shifted.
import type { HoldReason, Presence } from '../shared/tracker';
import type { WalkSource } from '../shared/history';
import { MINUTE_MS, SECOND_MS } from './time';

/** A lock or suspend shorter than this does not end a sitting bout (issue 2). */
export const LOCK_BREAK_MS = 2 * MINUTE_MS;
/** A guided walk shorter than this that was not completed is not a break (health-evidence: 2 min counts). */
export const MIN_BREAK_MS = 2 * MINUTE_MS;
/** Tray shows "approaching" this long before the reminder is due. */
export const APPROACHING_MS = 5 * MINUTE_MS;
/** Idle seconds that count as a pause in typing, when a reminder waits to be shown. */
export const TYPING_PAUSE_SEC = 3;
/** How often to look for a typing pause while a reminder waits. */
export const TYPING_POLL_MS = 10 * SECOND_MS;
/** How often to look again while a due reminder is held for another app's fullscreen or presentation. */
export const HOLD_POLL_MS = 30 * SECOND_MS;
/**
 * After this long holding a reminder for a call, presentation or do-not-disturb, the tray says a break is well
 * overdue; the hold goes on (no window ever opens over a call).
 */
export const MAX_HOLD_MS = 2 * 60 * MINUTE_MS;
/** A busy look not answered in this time counts as "not busy": a slow source never holds a reminder back. */
export const BUSY_ANSWER_WAIT_MS = 5 * SECOND_MS;
/** A due reminder is never held back longer than this for a typing pause. */
export const MAX_REMINDER_DELAY_MS = MINUTE_MS;
/**
 * Longest gap between idle samples while the user is at the computer. Not needed to notice a break (the engine
 * wakes exactly when an absence could first reach the away threshold); it keeps the tray and "last seen" fresh.
 * 2 minutes keeps a sitting hour at about 30 wake-ups (issue 15: at most 45 with child processes and tray rebuilds).
 */
export const PRESENT_SAMPLE_MS = 2 * MINUTE_MS;
/** Idle sampling while away, to notice the return. */
export const AWAY_SAMPLE_MS = MINUTE_MS;
/** Safety sampling while locked or asleep, in case an unlock/resume event never arrives. */
export const SAFETY_SAMPLE_MS = 5 * MINUTE_MS;
/** A walk left open this long is closed as not completed. */
export const MAX_WALK_MS = 3 * 60 * MINUTE_MS;
/** Wall and monotonic clocks disagreeing by more than this (outside sleep) is a clock change. */
export const CLOCK_JUMP_TOLERANCE_MS = 5 * SECOND_MS;

/** After an "In a meeting" pause a break is suggested if the user has sat at least this long. */
export const MEETING_SUGGESTION_MIN_SITTING_MS = 15 * MINUTE_MS;

/**
 * A standing spell this long brings one gentle suggestion to sit down or move (health-evidence F9: long static
 * standing is not the goal).
 */
export const LONG_STANDING_MS = 45 * MINUTE_MS;

/** No posture reset this close before a due reminder (issue 17: never near a sitting reminder). */
export const POSTURE_REMINDER_GAP_MS = 5 * MINUTE_MS;

/** meeting: "In a meeting" (a break is suggested when it ends); rest-of-day: quiet until tomorrow. */
export type PauseKind = 'meeting' | 'rest-of-day';

/** Why the user is not at the computer. */
export type AbsenceCause = 'idle' | 'lock' | 'suspend' | 'walk';

/** Where the next reminder is measured from. */
export type ReminderBasis = 'bout' | 'snooze' | 'skip' | 'period';

/**
 * A reminder due this close to the end of a working period is not raised: the end of the period (lunch, the
 * end of the day) is the break. Longer than MAX_REMINDER_DELAY_MS, so a waiting reminder never crosses it.
 */
export const PERIOD_END_GRACE_MS = 5 * MINUTE_MS;

export interface ReminderState {
  /** none: nothing pending; waiting: due, waiting for a typing pause; shown: on screen. */
  phase: 'none' | 'waiting' | 'shown';
  /** Wall ms the reminder became due and started waiting. */
  waitingSince: number | null;
  /** Wall ms it was shown. */
  shownAt: number | null;
  /**
   * Wall ms since when a due reminder is held because the user is busy (another app fullscreen or presenting, a
   * call, do-not-disturb), else null.
   */
  heldSince?: number | null;
  /** Why it is held (absent in older stored states). */
  heldFor?: HoldReason[];
  /** Wall ms the busy sources were last asked for this reminder, else null (absent in older stored states). */
  checkedAt?: number | null;
  /** Whether the reminder on screen is the firm one. */
  firm: boolean;
  /**
   * bout: due at bout start + threshold; snooze: due at `basisAt`; skip: due at `basisAt` + threshold;
   * period: a working period began at `basisAt` during the bout (sitting before it does not count), due at
   * `basisAt` + threshold.
   */
  basis: ReminderBasis;
  basisAt: number;
  /** Snoozes in a row, and the minutes they added, in the current series (reset by a skip or a break). */
  snoozeCount: number;
  snoozeExtraMin: number;
}

export interface TrackerState {
  presence: Presence;
  /** Wall ms the current sitting bout started; kept through short absences; null when none is running. */
  boutStart: number | null;
  /** Wall ms the current absence began (away, locked, asleep or walking), else null. */
  absentSince: number | null;
  absentCause: AbsenceCause | null;
  walkSource: WalkSource | null;
  /** Wall ms of the latest known keyboard/mouse input. */
  lastInputAt: number;
  /** Wall ms of the latest idle sample. */
  lastSampleAt: number;
  /** Clock readings at the last step, to tell real elapsed time from clock changes. */
  lastWall: number;
  lastMono: number;
  /** Wall ms until which reminders are paused, or null (not paused, or a meeting until the user resumes). */
  pausedUntil: number | null;
  /** The latest idle sample said the idle counter looks broken (Wayland); absent in older stored states. */
  idleUnreliable?: boolean;
  /** The kind of pause in force, or null when reminders are not paused. */
  pauseKind: PauseKind | null;
  /**
   * Wall ms the user said "I'm standing" (at a sit-stand desk), or null/absent while sitting. Standing pauses the
   * sitting clock without resetting it (spec part 2 (a) 4: standing still is not a break); absent in older states.
   */
  standingSince?: number | null;
  /** Whether this standing spell's "sit or move" suggestion was given (once per spell). */
  standingNudged?: boolean;
  /** Whether this sitting bout's posture reset was given or passed up (at most one per bout); absent: no. */
  postureDone?: boolean;
  reminder: ReminderState;
}

/** What is written to disk: the state plus when it was last known to be true. */
export interface PersistedTracker {
  version: 1;
  savedAt: number;
  state: TrackerState;
}

/** A reminder series starting fresh, measured from the bout start. */
export function freshReminder(): ReminderState {
  return {
    phase: 'none',
    waitingSince: null,
    shownAt: null,
    firm: false,
    basis: 'bout',
    basisAt: 0,
    snoozeCount: 0,
    snoozeExtraMin: 0,
  };
}

/** A user at the computer, sitting since `wall`. */
export function initialState(wall: number, mono: number): TrackerState {
  return {
    presence: 'present',
    boutStart: wall,
    absentSince: null,
    absentCause: null,
    walkSource: null,
    lastInputAt: wall,
    lastSampleAt: wall,
    lastWall: wall,
    lastMono: mono,
    pausedUntil: null,
    pauseKind: null,
    reminder: freshReminder(),
  };
}

const shiftOrNull = (t: number | null, by: number): number | null => (t === null ? null : t + by);

/** Moves every stored instant by `by` ms, so durations survive a change of the wall clock. */
export function shiftState(s: TrackerState, by: number): TrackerState {
  return {
    ...s,
    boutStart: shiftOrNull(s.boutStart, by),
    absentSince: shiftOrNull(s.absentSince, by),
    lastInputAt: s.lastInputAt + by,
    lastSampleAt: s.lastSampleAt + by,
    lastWall: s.lastWall + by,
    pausedUntil: shiftOrNull(s.pausedUntil, by),
    ...(s.standingSince != null && { standingSince: s.standingSince + by }),
    reminder: {
      ...s.reminder,
      waitingSince: shiftOrNull(s.reminder.waitingSince, by),
      ...(s.reminder.heldSince != null && { heldSince: s.reminder.heldSince + by }),
      ...(s.reminder.checkedAt != null && { checkedAt: s.reminder.checkedAt + by }),
      shownAt: shiftOrNull(s.reminder.shownAt, by),
      basisAt: s.reminder.basisAt + by,
    },
  };
}

/** True while the user said they are standing at the desk. */
export function isStanding(s: TrackerState): boolean {
  return s.standingSince != null;
}

/**
 * The user sits down (or leaves) at `at`: the standing spell ends there, and the sitting clock, paused while
 * standing, continues where it stopped: the bout's start and the reminder series move on by the time stood.
 * Returns the spell that ended (null when the user was not standing or stood for no time).
 */
export function sitDown(
  s: TrackerState,
  at: number,
): { state: TrackerState; spell: { start: number; end: number } | null } {
  if (s.standingSince == null) return { state: s, spell: null };
  const start = s.standingSince;
  const end = Math.max(at, start);
  const by = end - start;
  const r = s.reminder;
  const state: TrackerState = {
    ...s,
    standingSince: null,
    standingNudged: false,
    boutStart: shiftOrNull(s.boutStart, by),
    reminder: r.basis === 'bout' ? r : { ...r, basisAt: r.basisAt + by },
  };
  return { state, spell: end > start ? { start, end } : null };
}
