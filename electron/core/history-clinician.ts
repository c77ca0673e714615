// The clinician summary: one printable HTML page of the last 6 weeks (programme, each walk with pain before, after,
// peak and next day and the symptoms reported in clinical words, a key, weekly sitting and standing at the desk,
// dated flags: emergency and clinician items, step-backs, pauses, onboarding "yes" answers), in the translator's
// language and locale ("history:clinician"). Self-contained
// (no scripts, no external files) so main can print it to PDF and the browser harness can offer it as a download.
// Every text is escaped. Pure.
import type { AdvisoryItem, BreakState } from '../shared/break';
import type { Translator } from '../shared/i18n';
import type { DayKey, DaySummary, FlagEntry, WalkEntry } from '../shared/history-view';
import type { ClinicianItem, Outcome, PreWalkItem, RecordedAnswers, RuleId, Zone } from '../shared/walk';
import { ADVISORY_ITEMS, PRE_WALK_ITEMS } from '../shared/walk-items';
import { localDayKey } from './calendar';
import { daysOf, dayKeysEnding, walkLog } from './history-overview';
import type { DayMap } from './history-days';
import { hoursAndMinutes, longDate } from '../shared/history-words';

export const CLINICIAN_WEEKS = 6;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The zone of an outcome a next-day check upgraded a walk to. */
const ZONE_OF: Record<Outcome, Zone> = {
  urgent: 'red',
  'see-clinician': 'red',
  'step-back': 'red',
  hold: 'amber',
  continue: 'green',
};

const PRE_WALK = new Set<string>(PRE_WALK_ITEMS);
const ADVISORY = new Set<string>(ADVISORY_ITEMS);

/** A walk's Q3–Q10 answers in clinical words: leg symptoms (which leg, above or below the knee, new or worse), catching, items. */
export function answerTerms(a: RecordedAnswers, { t }: Translator): string[] {
  const terms: string[] = [];
  const k = 'history:clinician.answers';
  const news = (flag: boolean, key: 'newOrWorse' | 'gettingWorse'): string =>
    flag ? `, ${t(`${k}.${key}`)}` : '';
  if (a.finished === 'stopped-back') terms.push(t(`${k}.stoppedBack`));
  if (a.spread.where !== 'no')
    terms.push(
      t(`${k}.spread`, { where: t(`${k}.where.${a.spread.where}`), side: t(`${k}.sides.${a.spread.side}`) }) +
        news(a.spread.newOrWorse, 'newOrWorse'),
    );
  if (a.numbness.where !== 'no')
    terms.push(
      t(`${k}.numbness`, { legs: t(`${k}.legs.${a.numbness.where}`) }) +
        news(a.numbness.newOrWorse, 'newOrWorse'),
    );
  if (a.weakness.where !== 'no')
    terms.push(
      t(`${k}.weakness`, { legs: t(`${k}.legs.${a.weakness.where}`) }) +
        news(a.weakness.gettingWorse, 'gettingWorse'),
    );
  if (a.catching !== 'no') terms.push(t(`${k}.catching.${a.catching}`));
  for (const item of a.emergency) terms.push(t(`history:clinician.emergency.${item}`));
  for (const item of a.clinician) terms.push(t(`history:clinician.clinicianItems.${item as ClinicianItem}`));
  return terms;
}

/** A flagged item in clinical words: an emergency-list item, an onboarding "yes", or why a rule decided. */
function flagText(item: FlagEntry['items'][number], source: FlagEntry['source'], { t }: Translator): string {
  if (source === 'onboarding' && ADVISORY.has(item))
    return t(`history:clinician.advisory.${item as AdvisoryItem}`);
  if (PRE_WALK.has(item)) return t(`history:clinician.emergency.${item as PreWalkItem}`);
  return t(`history:clinician.rules.${item as RuleId}`);
}

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#17211f;margin:24px;}
h1{font-size:16pt;margin:0 0 4px}h2{font-size:12pt;margin:18px 0 6px;border-bottom:1px solid #d6e0dd}
table{border-collapse:collapse;width:100%;font-size:9pt}th,td{text-align:left;padding:2px 6px;border-bottom:1px solid #e3ebe8;vertical-align:top}
.key{font-size:8.5pt}
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
  const first = keys[0]!;
  const today = localDayKey(now);
  const programme = state?.programme;
  const weeks = Array.from({ length: CLINICIAN_WEEKS }, (_, i) => keys.slice(i * 7, i * 7 + 7));
  // The next-day check is about the whole day (d): its answers belong to every walk of the walk's day.
  const checksByDay = new Map<DayKey, DaySummary['nextDay']>();
  for (const day of days.values())
    for (const check of day.nextDay) {
      const key = localDayKey(check.walkAt);
      checksByDay.set(key, [...(checksByDay.get(key) ?? []), check]);
    }
  const painCell = (p: number | null): string => (p === null ? '–' : tr.number(p));
  const walkRows = [...walks].reverse().map((w) => {
    const checks = (checksByDay.get(w.day) ?? []).slice().sort((a, b) => a.at - b.at);
    const nextDay = checks
      .map((c) =>
        escape(
          t('history:clinician.nextDayEntry', {
            checkpoint: t(`history:clinician.checkpoints.${c.checkpoint}`),
            feeling: t(`history:clinician.feelings.${c.feeling}`),
            pain: tr.number(c.pain),
          }),
        ),
      )
      .join('<br>');
    const symptoms = w.answers ? answerTerms(w.answers, tr).map(escape).join('; ') : '';
    return `<tr><td>${date(w.day)}</td><td class="n">${tr.number(w.level)}</td><td class="n">${tr.number(w.walkedMin)} / ${tr.number(w.plannedMin)}</td><td class="n">${painCell(w.painBefore)}</td><td class="n">${painCell(w.painAfter)}</td><td class="n">${painCell(w.peak)}</td><td>${nextDay || '–'}</td><td>${escape(t(`history:clinician.zones.${w.finalOutcome === w.outcome ? w.zone : ZONE_OF[w.finalOutcome]}`))}</td><td>${symptoms}</td></tr>`;
  });
  const walkAt = new Map<number, WalkEntry>(walks.map((w) => [w.at, w]));
  const flags = summaries.flatMap((d) => d.flags.map((f) => ({ day: d.day, flag: f })));
  const flagItems = flags.map(({ day, flag }) => {
    const walk = flag.source === 'walk' ? walkAt.get(flag.at) : undefined;
    const terms = flag.items.flatMap((i) =>
      // A walk's emergency or clinician item is named, not just "an item was ticked".
      (i === 'emergency-item' || i === 'clinician-item') && walk?.answers
        ? (i === 'emergency-item' ? walk.answers.emergency : walk.answers.clinician).map((x) =>
            t(
              i === 'emergency-item'
                ? `history:clinician.emergency.${x as PreWalkItem}`
                : `history:clinician.clinicianItems.${x as ClinicianItem}`,
            ),
          )
        : [flagText(i, flag.source, tr)],
    );
    const result = walk ? ` → ${t(`history:clinician.outcomes.${walk.outcome}`)}` : '';
    return `<li><strong>${date(day)}</strong> (${escape(t(`history:clinician.sources.${flag.source}`))}): ${escape(terms.join('; '))}${escape(result)}</li>`;
  });
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
<h2>${escape(t('history:clinician.walksTitle'))}</h2>
${
  walkRows.length
    ? `<table><thead><tr><th>${escape(t('history:clinician.date'))}</th><th class="n">${escape(t('history:clinician.level'))}</th><th class="n">${escape(t('history:clinician.walkMinutes'))}</th><th class="n">${escape(t('history:clinician.painBefore'))}</th><th class="n">${escape(t('history:clinician.painAfter'))}</th><th class="n">${escape(t('history:clinician.peak'))}</th><th>${escape(t('history:clinician.nextDay'))}</th><th>${escape(t('history:clinician.zone'))}</th><th>${escape(t('history:clinician.symptoms'))}</th></tr></thead>
<tbody>${walkRows.join('')}</tbody></table>`
    : `<p>${escape(t('history:clinician.walksNone'))}</p>`
}
<p class="muted key"><strong>${escape(t('history:clinician.keyTitle'))}:</strong> ${escape(t('history:clinician.key'))}</p>
<h2>${escape(t('history:clinician.deskTitle'))}</h2>
<table><thead><tr><th>${escape(t('history:clinician.week'))}</th><th class="n">${escape(t('history:clinician.deskDays'))}</th><th class="n">${escape(t('history:clinician.deskSitting'))}</th><th class="n">${escape(t('history:clinician.deskStanding'))}</th></tr></thead>
<tbody>${desk.join('')}</tbody></table>
<h2>${escape(t('history:clinician.flagsTitle'))}</h2>
${flagItems.length ? `<ul>${flagItems.join('')}</ul>` : `<p>${escape(t('history:clinician.flagsNone'))}</p>`}
<p class="muted">${escape(t('history:clinician.footer', { date: longDate(today, tr) }))}</p>
</body></html>
`;
}
