// Display helpers for History: durations, day labels and outcome names. Pure; local dates from 'YYYY-MM-DD' keys.
import type { Outcome } from '../../../../electron/shared/walk';
import { clockTime } from '../../lib/format';

// Made once (see renderer/src/lib/format.ts).
const DAY_LABEL = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

/** "4 h 05 min", "35 min", "0 min". */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  return h === 0 ? `${minutes} min` : `${h} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Noon of a local day key, so DST never shifts it into the next or previous day. */
export function dateOf(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/** "Tue 3 Mar". */
export function dayLabel(day: string): string {
  return DAY_LABEL.format(dateOf(day));
}

/** "Tue" or "3": the short axis label of a chart with `count` days. */
export function axisLabel(day: string, count: number): string {
  const date = dateOf(day);
  return count <= 7 ? WEEKDAY.format(date) : String(date.getDate());
}

/** "14:05" in the user's format. */
export const timeOf = clockTime;

export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = {
  continue: 'Comfortable',
  hold: 'Hold level',
  'step-back': 'Step back',
  'see-clinician': 'See a clinician',
  urgent: 'Urgent care',
};
