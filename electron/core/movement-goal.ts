// The daily movement goal (health-evidence.md part 2 (a), F3: first 2 h a day of standing and light activity during
// the working day; 1–4 h). It starts from the user's own recent days and rises in small steps, never above the
// goal they chose, and a day that falls short changes nothing but the next step. Pure: `now` is passed in.
import type { MovementGoal, MovementGoalDays } from '../shared/goal';
import type { DayKey, DaySummary } from '../shared/history-view';
import { localDayKey } from './calendar';
import { emptyDay, splitByDay, type DayMap } from './history-days';
import { MINUTE_MS } from './time';

/** The step the goal rises by above the user's recent average, and what it is rounded to (minutes). */
export const GOAL_STEP_MIN = 15;
/** The first step, before any day has been recorded (or the target, if lower). */
export const GOAL_START_MIN = 30;
/** How many recorded days before a day its step is built from. */
export const GOAL_BASELINE_DAYS = 7;
/** How far back to look for those recorded days (days off, holidays and days without the app are skipped). */
export const GOAL_LOOKBACK_DAYS = 28;

/** Standing and light activity in a day, ms: what the goal counts. */
export function movedMs(day: DaySummary): number {
  return day.standingMs + day.activeMs;
}

/** A day the app saw the user at all (sitting, standing or moving): only such days make the average. */
const recorded = (day: DaySummary | undefined): day is DaySummary =>
  day !== undefined && day.sittingMs + movedMs(day) > 0;

/** The day key `n` days before `day`. */
function keyBefore(day: DayKey, n: number): DayKey {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return localDayKey(new Date(y, m - 1, d, 12).getTime(), -n);
}

/**
 * The step for `day`, in minutes: the average movement over the last GOAL_BASELINE_DAYS recorded days before it,
 * rounded up to GOAL_STEP_MIN, plus one step; at least one step, at most the target. With no recorded day yet:
 * GOAL_START_MIN. Only days before `day` count, so the step stays the same all day and changes at local midnight.
 */
export function dayGoalMin(days: DayMap, day: DayKey, targetMin: number): number {
  const before: DaySummary[] = [];
  for (let n = 1; n <= GOAL_LOOKBACK_DAYS && before.length < GOAL_BASELINE_DAYS; n += 1) {
    const summary = days.get(keyBefore(day, n));
    if (recorded(summary)) before.push(summary);
  }
  if (before.length === 0) return Math.min(targetMin, GOAL_START_MIN);
  const averageMin = before.reduce((sum, d) => sum + movedMs(d), 0) / before.length / MINUTE_MS;
  const step = Math.ceil(averageMin / GOAL_STEP_MIN) * GOAL_STEP_MIN + GOAL_STEP_MIN;
  return Math.min(targetMin, Math.max(GOAL_STEP_MIN, step));
}

/** Whether a day's movement reached its step. */
const met = (day: DaySummary, goalMin: number): boolean => movedMs(day) >= goalMin * MINUTE_MS;

/**
 * Today's goal at `now`: recorded movement today plus the part of a standing spell still running (since
 * `standingSince`) that falls on today.
 */
export function movementGoal(
  days: DayMap,
  now: number,
  targetMin: number,
  standingSince: number | null,
): MovementGoal {
  const key = localDayKey(now);
  const today = days.get(key) ?? emptyDay(key);
  const running =
    standingSince === null
      ? 0
      : splitByDay(standingSince, now).reduce((sum, part) => sum + (part.day === key ? part.ms : 0), 0);
  return {
    at: now,
    targetMin,
    todayMin: dayGoalMin(days, key, targetMin),
    doneMs: movedMs(today) + running,
    growing: standingSince !== null && standingSince <= now,
  };
}

/** Each day of `keys` with its movement, its step and whether it was met (History: days met per week). */
export function movementGoalDays(days: DayMap, keys: DayKey[], targetMin: number): MovementGoalDays {
  return {
    targetMin,
    days: keys.map((key) => {
      const day = days.get(key) ?? emptyDay(key);
      const goalMin = dayGoalMin(days, key, targetMin);
      return { day: key, movedMs: movedMs(day), goalMin, met: met(day, goalMin) };
    }),
  };
}
