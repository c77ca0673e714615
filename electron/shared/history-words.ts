// Words History shares between core (insights, the clinician summary, month names) and the History view:
// durations and calendar days and months in the translator's language and locale. Pure, with type imports only,
// so the renderer may import it as a value.
import type { DayKey } from './history-view';
import type { Translator } from './i18n';

const MINUTE_MS = 60_000;

/** "35 min" / "35 Min.": a whole number of minutes. */
export function minutesText(minutes: number, tr: Translator): string {
  return tr.t('history:time.minutes', { minutes: tr.number(minutes) });
}

/** "5 h", "1 h 5 min", "35 min" ("5 Std.", "1 Std. 5 Min.", "35 Min."): whole minutes, no zero parts. */
export function hoursMinutes(ms: number, tr: Translator): string {
  const minutes = Math.round(ms / MINUTE_MS);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return minutesText(m, tr);
  if (m === 0) return tr.t('history:time.hours', { hours: tr.number(h) });
  return tr.t('history:time.hoursMinutes', { hours: tr.number(h), minutes: tr.number(m) });
}

/** "4 h 05 min" ("4 Std. 05 Min."): hours always, minutes as two digits, for columns of figures. */
export function hoursAndMinutes(ms: number, tr: Translator): string {
  const minutes = Math.round(ms / MINUTE_MS);
  return tr.t('history:time.hoursMinutes', {
    hours: tr.number(Math.floor(minutes / 60)),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
}

/** Noon of a local day key ('YYYY-MM-DD'), so DST never moves it into another day. */
export function noonOf(day: DayKey): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12).getTime();
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** "3 Mar 2026" / "Mar 3, 2026" / "3. März 2026": a day as the locale writes it. */
export function longDate(day: DayKey, tr: Translator): string {
  return tr.date(noonOf(day), LONG_DATE);
}

/** "March 2026" / "März 2026" for a month key ('YYYY-MM'). */
export function monthName(month: string, tr: Translator): string {
  return tr.date(noonOf(`${month}-15`), MONTH);
}
