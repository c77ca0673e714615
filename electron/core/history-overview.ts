// What History shows for a range of local days: the days (empty ones included), the level carried over days
// without a change, the walk log with next-day upgrades applied, and insights. Pure; `now` is passed in.
import type { DayKey, DaySummary, HistoryRange, WalkLogEntry } from '../shared/history-view';
import type { Level, Outcome } from '../shared/walk';
import { localDayKey } from './calendar';
import { emptyDay, type DayMap } from './history-days';

/** The `count` local days ending with the day of `now`, oldest first. */
export function dayKeysEnding(now: number, count: number): DayKey[] {
  const keys: DayKey[] = [];
  for (let i = count - 1; i >= 0; i -= 1) keys.push(localDayKey(now, -i));
  return keys;
}

export const RANGE_DAYS: Record<HistoryRange, number> = { week: 7, month: 30 };

export function daysOf(days: DayMap, keys: DayKey[]): DaySummary[] {
  return keys.map((key) => days.get(key) ?? emptyDay(key));
}

/** Programme level at the end of each day in `keys`, carried forward from the last day that set it. */
export function levelsOver(days: DayMap, keys: DayKey[]): (Level | null)[] {
  const first = keys[0];
  let current: Level | null = null;
  if (first !== undefined) {
    let latest = '';
    for (const [key, day] of days)
      if (key < first && day.level && key > latest) {
        latest = key;
        current = day.level.level;
      }
  }
  return keys.map((key) => {
    const level = days.get(key)?.level;
    if (level) current = level.level;
    return current;
  });
}

const SEVERITY: Record<Outcome, number> = {
  continue: 0,
  hold: 1,
  'step-back': 2,
  'see-clinician': 3,
  urgent: 4,
};

/** Walks of the given days, newest first, each with its next-day checks and its outcome after them. */
export function walkLog(days: DayMap, keys: DayKey[]): WalkLogEntry[] {
  const checks = new Map<number, WalkLogEntry['nextDay']>();
  for (const day of days.values()) {
    for (const check of day.nextDay) checks.set(check.walkAt, [...(checks.get(check.walkAt) ?? []), check]);
  }
  const out: WalkLogEntry[] = [];
  for (const key of keys) {
    for (const walk of days.get(key)?.walks ?? []) {
      const nextDay = (checks.get(walk.at) ?? []).sort((a, b) => a.at - b.at);
      const finalOutcome = nextDay.reduce<Outcome>(
        (o, c) => (SEVERITY[c.outcome] > SEVERITY[o] ? c.outcome : o),
        walk.outcome,
      );
      out.push({ ...walk, day: key, nextDay, finalOutcome });
    }
  }
  return out.sort((a, b) => b.at - a.at);
}
