// The clinician summary: one printable HTML page of the last 6 weeks (programme, walks, weekly pain before and
// after, flagged answers with dates). Self-contained (no scripts, no external files) so main can print it to PDF
// and the browser harness can offer it as a download. Every text is escaped. Pure.
import { EMERGENCY_CHOICES, emergencyKey, reasonKey } from '../shared/break-content';
import { createTranslator } from '../shared/i18n';
import { RESOURCES } from '../shared/i18n/resources';
import type { BreakState } from '../shared/break';
import type { FlagEntry } from '../shared/history-view';
import type { EmergencyItem, RuleId } from '../shared/walk';
import { localDayKey } from './calendar';
import { daysOf, dayKeysEnding, levelsOver, walkLog } from './history-overview';
import type { DayMap } from './history-days';

export const CLINICIAN_WEEKS = 6;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

// The summary is still English (H1a kept it compiling after break-content's texts moved to messages).
const english = createTranslator({ language: 'en', locale: 'en' }, RESOURCES);
const EMERGENCY_ITEMS = new Set<string>(EMERGENCY_CHOICES.map((c) => c.value));

function flagText(item: FlagEntry['items'][number]): string {
  return english.t(
    EMERGENCY_ITEMS.has(item) ? emergencyKey(item as EmergencyItem) : reasonKey(item as RuleId),
  );
}

const hoursMinutes = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
};

const avg = (values: (number | null)[]): string => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? '–' : (known.reduce((a, b) => a + b, 0) / known.length).toFixed(1);
};

const longDate = (key: string): string => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
};

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#17211f;margin:24px;}
h1{font-size:16pt;margin:0 0 4px}h2{font-size:12pt;margin:18px 0 6px;border-bottom:1px solid #d6e0dd}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #e3ebe8}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#4d5d59}ul{padding-left:18px}
@page{size:A4;margin:16mm}`;

/** The printable page for the last CLINICIAN_WEEKS weeks ending with the day of `now`. */
export function clinicianHtml(days: DayMap, now: number, state: BreakState | null): string {
  const keys = dayKeysEnding(now, CLINICIAN_WEEKS * 7);
  const summaries = daysOf(days, keys);
  const walks = walkLog(days, keys).filter((w) => w.startedAt !== null);
  const levels = levelsOver(days, keys);
  const first = keys[0]!;
  const programme = state?.programme;
  const weeks = Array.from({ length: CLINICIAN_WEEKS }, (_, i) => keys.slice(i * 7, i * 7 + 7));
  const weekRows = weeks.map((week) => {
    const inWeek = walks.filter((w) => week.includes(w.day));
    const minutes = inWeek.reduce((s, w) => s + w.walkedMin, 0);
    const level = levels[keys.indexOf(week[week.length - 1]!)];
    return `<tr><td>${escape(longDate(week[0]!))} – ${escape(longDate(week[week.length - 1]!))}</td><td class="n">${inWeek.length}</td><td class="n">${minutes}</td><td class="n">${avg(inWeek.map((w) => w.painBefore))}</td><td class="n">${avg(inWeek.map((w) => w.painAfter))}</td><td class="n">${level === null || level === undefined ? '–' : `L${level}`}</td></tr>`;
  });
  const flags = summaries.flatMap((d) => d.flags.map((f) => ({ day: d.day, flag: f })));
  const flagItems = flags.map(
    ({ day, flag }) =>
      `<li><strong>${escape(longDate(day))}</strong> (${escape(flag.source)}): ${flag.items.map((i) => escape(flagText(i))).join(' ')}</li>`,
  );
  const sittingDays = summaries.filter((d) => d.sittingMs > 0);
  const sitting = sittingDays.length
    ? `${hoursMinutes(sittingDays.reduce((s, d) => s + d.sittingMs, 0) / sittingDays.length)} a day on average, on ${sittingDays.length} tracked days`
    : 'no days tracked';
  const programmeLine = programme
    ? `Level ${programme.level} (${programme.minutes}-minute walks), ${programme.status === 'active' ? 'active' : programme.status === 'paused' ? 'paused until a clinician has seen the patient' : 'locked after an urgent answer, until clinician clearance'}.`
    : 'The walking plan has not been started.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>WalkBreak summary for a clinician</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>WalkBreak summary for a clinician</h1>
<p class="muted">${escape(longDate(first))} to ${escape(longDate(localDayKey(now)))} (${CLINICIAN_WEEKS} weeks). Recorded by the patient's WalkBreak app; pain is self-reported on a 0–10 scale.</p>
<h2>Walking programme</h2>
<p>${escape(programmeLine)}</p>
<p>${walks.length} walks, ${walks.reduce((s, w) => s + w.walkedMin, 0)} minutes in total. Sitting: ${escape(sitting)}.</p>
<h2>Walks and pain by week</h2>
<table><thead><tr><th>Week</th><th class="n">Walks</th><th class="n">Minutes</th><th class="n">Pain before (avg)</th><th class="n">Pain after (avg)</th><th class="n">Level</th></tr></thead>
<tbody>${weekRows.join('')}</tbody></table>
<h2>Flagged answers</h2>
${flagItems.length ? `<ul>${flagItems.join('')}</ul>` : '<p>None in this period.</p>'}
<p class="muted">General guidance only, not medical advice. Generated ${escape(longDate(localDayKey(now)))}.</p>
</body></html>
`;
}
