// Display helpers for History: durations, day labels and outcome names, in the current language and locale.
// Local dates from 'YYYY-MM-DD' keys. Intl formatters come from the translator, which makes one per locale and
// format and keeps it (each option object below is a constant, so every call finds its formatter at once).
import { hoursAndMinutes, minutesText, noonOf } from '../../../../electron/shared/history-words';
import type { Outcome } from '../../../../electron/shared/walk';
import '../../i18n/history';
import { i18n, t } from '../../lib/i18n.svelte';

const DAY_LABEL: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const DAY_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
};
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };

/** "4 h 05 min", "35 min", "0 min" ("4 Std. 05 Min." in German). */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  return minutes < 60 ? minutesText(minutes, i18n()) : hoursAndMinutes(minutes * 60_000, i18n());
}

/** "12 min" / "12 Min." for a whole number of minutes. */
export function minutes(value: number): string {
  return minutesText(value, i18n());
}

/** Noon of a local day key, so DST never shifts it into the next or previous day. */
export function dateOf(day: string): Date {
  return new Date(noonOf(day));
}

/** "Tue 3 Mar" / "Di., 3. März". */
export function dayLabel(day: string): string {
  return i18n().date(dateOf(day).getTime(), DAY_LABEL);
}

/** "Tue 3 Mar, 14:05" / "Di., 3. März, 14:05": when a walk was. */
export function dayTime(ms: number): string {
  return i18n().date(ms, DAY_TIME);
}

/** "Tue" or "3": the short axis label of a chart with `count` days. */
export function axisLabel(day: string, count: number): string {
  const date = dateOf(day);
  return count <= 7 ? i18n().date(date.getTime(), WEEKDAY) : i18n().number(date.getDate());
}

/** "L3" / "S3" on the level chart and in the walk log. */
export function levelShort(level: number): string {
  return t('history:level.short', { level });
}

/** The outcome filter's choices, mildest first. */
export const OUTCOMES: readonly Outcome[] = ['continue', 'hold', 'step-back', 'see-clinician', 'urgent'];

/** "Hold level" / "Stufe halten". */
export function outcomeLabel(outcome: Outcome): string {
  return t(`history:outcomes.${outcome}`);
}
