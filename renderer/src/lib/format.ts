// Small display helpers: minutes, local clock times and countdowns. Pure; callers pass the times.

/** Whole minutes in `ms`, rounded down and never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / 60_000));
}

/** "1 min" / "12 min". */
export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}

// One formatter per format, made once: toLocale*String with options builds a new one on every call (about 0.4 ms
// each, the largest JavaScript cost of opening History; see docs/performance.md).
const SHORT_TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Local wall-clock time in the user's format, e.g. "14:05" or "2:05 PM". */
export function clockTime(ms: number): string {
  return SHORT_TIME.format(ms);
}

/** "2:59" for a countdown, rounding up so it reads 0:00 only when the time is really up. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
