// Snapshot DTO of the sitting tracker: what the tray, the reminder and the renderer show. Plain JSON data.

/** Where the user is, as far as the tracker can tell. */
export type Presence = 'present' | 'away' | 'locked' | 'asleep' | 'walking';

/** Tray icon state: fresh (well below the threshold), approaching (last 5 min), overdue, paused (reminders off or paused). */
export type TrayState = 'fresh' | 'approaching' | 'overdue' | 'paused';

/** The reminder as the user sees it, while it is on screen. */
export interface ReminderView {
  /** Whole minutes sat when the reminder appeared. */
  sittingMin: number;
  /** True once the snooze cap is reached: no snooze buttons, firmer wording (still dismissible). */
  firm: boolean;
  /** Snooze lengths (minutes) still allowed by the cap; empty when firm. */
  snoozeOptionsMin: number[];
  /** Wall-clock ms when it was shown. */
  shownAt: number;
  /** The suggested break in minutes (the breakSuggestedMin setting): "A 3-minute walk…". */
  breakMin: number;
  /**
   * True while the walking plan is paused for a clinician: the reminder suggests standing up and moving gently,
   * never the plan's walk (health-evidence.md part 2 (c)). Absent otherwise.
   */
  planPaused?: true;
}

/** The walking plan's halt: paused (see a clinician soon) or locked (urgent care, until clinician clearance). */
export type PlanHalt = 'paused' | 'locked';
/**
 * Why a due reminder waits (issue 16): a call (camera or microphone in use), a presentation or an app full
 * screen, or the system's do-not-disturb / focus mode.
 */
export type HoldReason = 'call' | 'presentation' | 'dnd';

/** A due reminder held back because the user is busy: since when, why, and whether the maximum hold passed. */
export interface HoldView {
  since: number;
  reasons: HoldReason[];
  /** Held for 2 hours or more: the tray says a break is well overdue (still no window over a call). */
  long: boolean;
}

/** A complete, self-contained picture of the tracker at `at`. */
export interface TrackerSnapshot {
  /** Wall-clock ms the snapshot was computed for. */
  at: number;
  presence: Presence;
  /** Milliseconds sat in the current bout (0 when no bout is running); while locked or asleep, up to the lock. */
  sittingMs: number;
  /** Wall-clock ms the current bout started, or null. */
  sittingSince: number | null;
  /**
   * Wall-clock ms the user said "I'm standing", or null while sitting. While standing the sitting clock (sittingMs)
   * is stopped, not reset, and no sitting reminder comes.
   */
  standingSince: number | null;
  /** Milliseconds of the current standing spell (0 while sitting). */
  standingMs: number;
  trayState: TrayState;
  /** The reminder on screen, or null. */
  reminder: ReminderView | null;
  /** Wall-clock ms of the next planned reminder, or null when none is planned (paused, off, away). */
  nextReminderAt: number | null;
  /** Wall-clock ms until which reminders are paused, or null (not paused, or paused until the user resumes). */
  pausedUntil: number | null;
  /** The pause in force, or null: its end (null: until the user resumes) and whether it is an "In a meeting" pause. */
  pause: { until: number | null; meeting: boolean } | null;
  remindersEnabled: boolean;
  /**
   * True when the system's idle counter looks broken (seen on Wayland): time away from the keyboard cannot be
   * noticed, so breaks come only from screen lock, sleep, walks and "I just moved".
   */
  idleUnreliable: boolean;
  /** True when working hours are on and `at` is outside them: no reminders, sitting does not count toward one. */
  outsideWorkingHours: boolean;
  /** Snoozes used in a row for the current reminder series. */
  snoozeCount: number;
  /**
   * The walking plan's halt, absent while it is active. While 'locked' no sitting reminder is planned or shown,
   * and the tray and Home show the locked state with the emergency advice.
   */
  plan?: PlanHalt;
  /** A next-day check is due (issue 14): the tray offers it (a line that opens Home), absent otherwise. */
  nextDayCheck?: true;
  /** A due reminder waiting because the user is in a call, presenting or in do-not-disturb; null otherwise. */
  hold: HoldView | null;
}

/**
 * How long to pause reminders from the tray: "In a meeting" for 30, 60 or 90 minutes or until the user resumes
 * (a break is suggested when it ends), or quietly for the rest of the day.
 */
export type PauseLength = { minutes: 30 | 60 | 90 } | { untilResumed: true } | { untilTomorrow: true };
