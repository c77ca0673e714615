// The daily movement goal (health-evidence.md part 2 (a), F3): build towards 2 h a day of standing and light
// activity, in steps from the user's own recent days. What Home and History show; plain JSON data, types only.
import type { DayKey } from './history';

/** Today's movement goal at `at`, as Home shows it. */
export interface MovementGoal {
  /** Wall ms this was computed for. */
  at: number;
  /** The goal the user builds towards, in minutes (the movementGoalMin setting: 1–4 h, 2 h by default). */
  targetMin: number;
  /** Today's step towards it, in minutes: from the user's own recent days, never above the target. */
  todayMin: number;
  /** Standing and light activity today up to `at`, ms (a standing spell still running is counted to `at`). */
  doneMs: number;
  /** True while it grows by itself (the user is standing): a view may count on from `at`. */
  growing: boolean;
}

/** The goal over History's range: each day's movement and its step, oldest first, like `HistoryOverview.days`. */
export interface MovementGoalDays {
  days: { day: DayKey; movedMs: number; goalMin: number; met: boolean }[];
  targetMin: number;
}
