// Local calendar days for the walking programme. Pure: callers pass wall-clock ms; the local calendar follows
// the process TZ. Days are counted on the calendar (23- and 25-hour DST days are one day), never as ms / 24 h.
import { DAY_MS } from './time';

/** Days since 1970-01-01 of the local calendar day containing `wallMs`. */
export function localDayIndex(wallMs: number): number {
  const d = new Date(wallMs);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** Local calendar days from the day of `fromMs` to the day of `toMs` (negative if `toMs` is earlier). */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return localDayIndex(toMs) - localDayIndex(fromMs);
}

// Outside localDayKey: a closure made per call is a cost on hot paths (summaries fold every event through it).
const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the local day containing `wallMs`, `plusDays` later. */
export function localDayKey(wallMs: number, plusDays = 0): string {
  const d = new Date(wallMs);
  const shifted = new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays, 12);
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

/** Day index (as `localDayIndex`) of a 'YYYY-MM-DD' key. */
export function dayIndexOfKey(key: string): number {
  const [y = 1970, m = 1, d = 1] = key.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}
