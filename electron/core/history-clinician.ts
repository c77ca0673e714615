// The clinician summary: one printable HTML page of the last 6 weeks (programme, walks, weekly pain before and
// after, weekly sitting and standing at the desk, flagged answers with dates), in the translator's language and locale ("history:clinician"). Self-contained
// (no scripts, no external files) so main can print it to PDF and the browser harness can offer it as a download.
// Every text is escaped. Pure.
import { PRE_WALK_CHOICES, emergencyKey, preWalkKey, reasonKey } from '../shared/break-content';
import type { BreakState } from '../shared/break';
import type { Translator } from '../shared/i18n';
import type { DayKey, DaySummary, FlagEntry } from '../shared/history-view';
import type { EmergencyItem, PreWalkItem, RuleId } from '../shared/walk';
import { localDayKey } from './calendar';
import { daysOf, dayKeysEnding, levelsOver, walkLog } from './history-overview';
import type { DayMap } from './history-days';
import { hoursAndMinutes, longDate } from '../shared/history-words';

export const CLINICIAN_WEEKS = 6;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const PRE_WALK_ITEMS = new Set<string>(PRE_WALK_CHOICES.map((c) => c.value));

/** A flagged answer in words: an item as its question listed it (P1 before a walk, Q7 after), or why a rule decided. */
function flagText(item: FlagEntry['items'][number], source: FlagEntry['source'], { t }: Translator): string {
  if (!PRE_WALK_ITEMS.has(item)) return t(reasonKey(item as RuleId));
  if (source === 'check-in') return t(preWalkKey(item as PreWalkItem));
  return t(emergencyKey(item as EmergencyItem));
}

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** The mean to one decimal in the locale ("3.5" / "3,5"), or a dash when nothing was recorded. */
const avg = (values: (number | null)[], tr: Translator): string => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? '–' : tr.number(known.reduce((a, b) => a + b, 0) / known.length, ONE_DECIMAL);
};

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#17211f;margin:24px;}
h1{font-size:16pt;margin:0 0 4px}h2{font-size:12pt;margin:18px 0 6px;border-bottom:1px solid #d6e0dd}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #e3ebe8}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#4d5d59}ul{padding-left:18px}
@page{size:A4;margin:16mm}`;

/**
 * Sitting and standing at the desk by week: the average per tracked day (a day with any sitting or standing), so a
 * week with days off is not read as a week of little sitting. Dashes for a week with no tracked day.
 */
function deskRows(weeks: DayKey[][], summaries: DaySummary[], tr: Translator): string[] {
  return weeks.map((week) => {
    const tracked = summaries.filter((d) => week.includes(d.day) && d.sittingMs + d.standingMs > 0);
    const average = (ms: (d: DaySummary) => number): string =>
      tracked.length === 0
        ? '–'
        : escape(hoursAndMinutes(tracked.reduce((s, d) => s + ms(d), 0) / tracked.length, tr));
    const range = `${escape(longDate(week[0]!, tr))} – ${escape(longDate(week[week.length - 1]!, tr))}`;
    return `<tr><td>${range}</td><td class="n">${tr.number(tracked.length)}</td><td class="n">${average((d) => d.sittingMs)}</td><td class="n">${average((d) => d.standingMs)}</td></tr>`;
  });
}

/** The printable page for the last CLINICIAN_WEEKS weeks ending with the day of `now`. */
export function clinicianHtml(days: DayMap, now: number, state: BreakState | null, tr: Translator): string {
  const { t } = tr;
  const date = (day: string): string => escape(longDate(day, tr));
  const keys = dayKeysEnding(now, CLINICIAN_WEEKS * 7);
  const summaries = daysOf(days, keys);
  const walks = walkLog(days, keys).filter((w) => w.startedAt !== null);
  const levels = levelsOver(days, keys);
  const first = keys[0]!;
  const today = localDayKey(now);
  const programme = state?.programme;
  const weeks = Array.from({ length: CLINICIAN_WEEKS }, (_, i) => keys.slice(i * 7, i * 7 + 7));
  const weekRows = weeks.map((week) => {
    const inWeek = walks.filter((w) => week.includes(w.day));
    const minutes = inWeek.reduce((s, w) => s + w.walkedMin, 0);
    const level = levels[keys.indexOf(week[week.length - 1]!)];
    const levelText = level === null || level === undefined ? '–' : t('history:level.short', { level });
    return `<tr><td>${date(week[0]!)} – ${date(week[week.length - 1]!)}</td><td class="n">${tr.number(inWeek.length)}</td><td class="n">${tr.number(minutes)}</td><td class="n">${avg(
      inWeek.map((w) => w.painBefore),
      tr,
    )}</td><td class="n">${avg(
      inWeek.map((w) => w.painAfter),
      tr,
    )}</td><td class="n">${escape(levelText)}</td></tr>`;
  });
  // Onboarding yes-answers are kept in the summaries (dated) for the per-walk page still to come; this weekly page
  // does not name them yet.
  const flags = summaries.flatMap((d) =>
    d.flags.flatMap((f) => (f.source === 'onboarding' ? [] : [{ day: d.day, flag: f, source: f.source }])),
  );
  const flagItems = flags.map(
    ({ day, flag, source }) =>
      `<li><strong>${date(day)}</strong> (${escape(t(`history:clinician.sources.${source}`))}): ${flag.items.map((i) => escape(flagText(i, source, tr))).join(' ')}</li>`,
  );
  const sittingDays = summaries.filter((d) => d.sittingMs > 0);
  const sitting = sittingDays.length
    ? t('history:clinician.sitting', {
        average: hoursAndMinutes(sittingDays.reduce((s, d) => s + d.sittingMs, 0) / sittingDays.length, tr),
        count: sittingDays.length,
      })
    : t('history:clinician.sittingNone');
  const programmeLine = programme
    ? t(
        programme.status === 'active'
          ? 'history:clinician.programmeActive'
          : programme.status === 'paused'
            ? 'history:clinician.programmePaused'
            : 'history:clinician.programmeLocked',
        { level: programme.level, minutes: programme.minutes },
      )
    : t('history:clinician.programmeNotStarted');
  const totals = t('history:clinician.totals', {
    count: walks.length,
    minutes: tr.number(walks.reduce((s, w) => s + w.walkedMin, 0)),
  });
  const desk = deskRows(weeks, summaries, tr);
  const title = escape(t('history:clinician.title'));
  return `<!doctype html>
<html lang="${escape(tr.language)}"><head><meta charset="utf-8"><title>${title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>${title}</h1>
<p class="muted">${escape(t('history:clinician.period', { from: longDate(first, tr), to: longDate(today, tr), count: CLINICIAN_WEEKS }))}</p>
<h2>${escape(t('history:clinician.programmeTitle'))}</h2>
<p>${escape(programmeLine)}</p>
<p>${escape(totals)} ${escape(sitting)}</p>
<h2>${escape(t('history:clinician.weeksTitle'))}</h2>
<table><thead><tr><th>${escape(t('history:clinician.week'))}</th><th class="n">${escape(t('history:clinician.walks'))}</th><th class="n">${escape(t('history:clinician.minutes'))}</th><th class="n">${escape(t('history:clinician.painBefore'))}</th><th class="n">${escape(t('history:clinician.painAfter'))}</th><th class="n">${escape(t('history:clinician.level'))}</th></tr></thead>
<tbody>${weekRows.join('')}</tbody></table>
<h2>${escape(t('history:clinician.deskTitle'))}</h2>
<table><thead><tr><th>${escape(t('history:clinician.week'))}</th><th class="n">${escape(t('history:clinician.deskDays'))}</th><th class="n">${escape(t('history:clinician.deskSitting'))}</th><th class="n">${escape(t('history:clinician.deskStanding'))}</th></tr></thead>
<tbody>${desk.join('')}</tbody></table>
<h2>${escape(t('history:clinician.flagsTitle'))}</h2>
${flagItems.length ? `<ul>${flagItems.join('')}</ul>` : `<p>${escape(t('history:clinician.flagsNone'))}</p>`}
<p class="muted">${escape(t('history:clinician.footer', { date: longDate(today, tr) }))}</p>
</body></html>
`;
}
