// Time units and local-calendar helpers. Pure: callers pass wall-clock ms; local time follows the process TZ.

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Wall-clock ms of the next local midnight after `wallMs` (handles 23- and 25-hour DST days). */
export function startOfNextLocalDay(wallMs: number): number {
  const d = new Date(wallMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Whole minutes in `ms`, rounded down, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE_MS));
}
