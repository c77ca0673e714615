// Gentle insights from real data only: each one needs enough recorded days or walks to say anything, and is left
// out otherwise (never a made-up or default figure). Worded in the translator's language ("history:insights").
// Pure; the day of `now` is "today".
import type { Translator } from '../shared/i18n';
import type { DayKey, DaySummary, Insight } from '../shared/history-view';
import { localDayKey } from './calendar';
import { emptyDay, totalBreaks, walksTaken, type DayMap } from './history-days';
import { dayKeysEnding, walkLog } from './history-overview';
import { hoursMinutes } from '../shared/history-words';
import { MINUTE_MS } from './time';

/** The summary of the day `back` days before the day of `now` (empty when nothing was recorded). */
function dayAt(days: DayMap, now: number, back: number): DaySummary {
  const key = localDayKey(now, -back);
  return days.get(key) ?? emptyDay(key);
}

/** Of the local hours today with a reminder, how many also saw a break or walk begin. */
function remindedHours(days: DayMap, today: DayKey, tr: Translator): Insight | null {
  const day = days.get(today);
  if (!day || day.remindedHours.length === 0) return null;
  const answered = day.remindedHours.filter((h) => day.breakHours.includes(h)).length;
  return {
    id: 'reminded-hours',
    text: tr.t('history:insights.remindedHours', {
      answered: tr.number(answered),
      count: day.remindedHours.length,
    }),
  };
}

/** The run of most recent walks where pain after was at or below pain before (at least 3 walks). */
function painAfterWalks(days: DayMap, now: number, tr: Translator): Insight | null {
  const walks = walkLog(days, dayKeysEnding(now, 90)).filter(
    (w) => w.startedAt !== null && w.painBefore !== null && w.painAfter !== null,
  );
  let run = 0;
  for (const walk of walks) {
    if (walk.painAfter! > walk.painBefore!) break;
    run += 1;
  }
  if (run < 3) return null;
  const oldest = walks[run - 1]!;
  const spanDays = Math.round((now - oldest.at) / (24 * 60 * MINUTE_MS));
  const span =
    spanDays >= 14
      ? tr.t('history:insights.spanWeeks', { count: Math.floor(spanDays / 7) })
      : tr.t('history:insights.spanDays', { count: Math.max(1, spanDays) });
  return {
    id: 'pain-after-walks',
    text: tr.t('history:insights.painAfterWalks', { walks: tr.number(run), span }),
  };
}

/** Consecutive days, ending today or yesterday, with at least one walk (at least 2). */
function walkStreak(days: DayMap, now: number, tr: Translator): Insight | null {
  const walked = (back: number): boolean => walksTaken(dayAt(days, now, back)) > 0;
  const start = walked(0) ? 0 : 1;
  let streak = 0;
  while (walked(start + streak)) streak += 1;
  if (streak < 2) return null;
  return { id: 'walk-streak', text: tr.t('history:insights.walkStreak', { days: tr.number(streak) }) };
}

/** Average sitting per tracked day this week (7 days to today) against the 7 days before; 3 tracked days each. */
function sittingTrend(days: DayMap, now: number, tr: Translator): Insight | null {
  const average = (keys: DayKey[]): number | null => {
    const tracked = keys.map((k) => days.get(k)).filter((d) => d !== undefined && d.sittingMs > 0);
    if (tracked.length < 3) return null;
    return tracked.reduce((sum, d) => sum + d!.sittingMs, 0) / tracked.length;
  };
  const fortnight = dayKeysEnding(now, 14);
  const before = average(fortnight.slice(0, 7));
  const recent = average(fortnight.slice(7));
  if (before === null || recent === null) return null;
  const diff = recent - before;
  const sat = hoursMinutes(recent, tr);
  const difference = hoursMinutes(Math.abs(diff), tr);
  return {
    id: 'sitting-trend',
    text:
      Math.abs(diff) < 5 * MINUTE_MS
        ? tr.t('history:insights.sittingSame', { average: sat })
        : diff < 0
          ? tr.t('history:insights.sittingLess', { average: sat, difference })
          : tr.t('history:insights.sittingMore', { average: sat, difference }),
  };
}

/** Days in a row, ending today, with at least one break of any kind (at least 3). */
function breakStreak(days: DayMap, now: number, tr: Translator): Insight | null {
  let streak = 0;
  while (totalBreaks(dayAt(days, now, streak)) > 0) streak += 1;
  return streak >= 3
    ? { id: 'break-streak', text: tr.t('history:insights.breakStreak', { days: tr.number(streak) }) }
    : null;
}

/** Every insight the data supports, most immediate first, in the translator's language. */
export function insights(days: DayMap, now: number, tr: Translator): Insight[] {
  return [
    remindedHours(days, localDayKey(now), tr),
    painAfterWalks(days, now, tr),
    walkStreak(days, now, tr),
    sittingTrend(days, now, tr),
    breakStreak(days, now, tr),
  ].filter((i): i is Insight => i !== null);
}
