// Working hours in the core: repairing stored ranges, and the concrete working periods (wall-clock ms) around
// an instant. Pure: local time follows the process TZ; periods are built from local dates, so DST days work.
import type { TranslateFn } from '../shared/i18n';
import type { TimeRange, Weekday, WorkingHours } from '../shared/settings';
import { DEFAULT_WORKING_HOURS } from '../shared/settings-fields';
import { SETTINGS_LIMITS, WEEKDAYS, clockText, dayRangesProblem, rangeSpan } from '../shared/settings-limits';

/** The default working hours (the settings table's, shared/settings-fields.ts). */
export { DEFAULT_WORKING_HOURS };

/** A deep copy (settings are handed out as fresh objects so callers cannot change the stored ones). */
export function copyWorkingHours(wh: WorkingHours): WorkingHours {
  const days = {} as Record<Weekday, TimeRange[]>;
  for (const day of WEEKDAYS) days[day] = wh.days[day].map((r) => ({ start: r.start, end: r.end }));
  return { enabled: wh.enabled, days };
}

/** The problem with a working-hours value, worded by `t`, or null when it is valid. */
export function workingHoursProblem(value: unknown, t: TranslateFn): string | null {
  if (value === null || typeof value !== 'object') return t('settings:problems.hoursShape');
  const wh = value as Partial<WorkingHours>;
  if (typeof wh.enabled !== 'boolean') return t('settings:problems.hoursEnabled');
  const days = wh.days as Record<string, unknown> | undefined;
  if (!days || typeof days !== 'object') return t('settings:problems.hoursDays');
  const extra = Object.keys(days).find((key) => !(WEEKDAYS as readonly string[]).includes(key));
  if (extra !== undefined) return t('settings:problems.hoursUnknownDay');
  for (const day of WEEKDAYS) {
    const ranges = days[day];
    if (!Array.isArray(ranges) || !ranges.every(isRangeShape)) return t('settings:problems.hoursDayList');
    const problem = dayRangesProblem(ranges, t);
    if (problem) return problem;
  }
  return null;
}

function isRangeShape(value: unknown): value is TimeRange {
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  const r = value as Record<string, unknown>;
  return keys.length === 2 && typeof r['start'] === 'string' && typeof r['end'] === 'string';
}

/**
 * The nearest valid working hours to a stored value: a missing `enabled` or day falls back to its default,
 * unreadable ranges are dropped, overlapping ones merged, at most 4 kept. Valid parts are kept as they are.
 */
export function repairWorkingHours(value: unknown): WorkingHours {
  const source = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const days = (
    source['days'] !== null && typeof source['days'] === 'object' ? source['days'] : {}
  ) as Record<string, unknown>;
  const repaired = copyWorkingHours(DEFAULT_WORKING_HOURS);
  if (typeof source['enabled'] === 'boolean') repaired.enabled = source['enabled'];
  for (const day of WEEKDAYS) {
    const ranges = days[day];
    if (Array.isArray(ranges)) repaired.days[day] = repairDay(ranges);
  }
  return repaired;
}

function repairDay(ranges: unknown[]): TimeRange[] {
  const spans = ranges
    .map((r) => (r !== null && typeof r === 'object' ? rangeSpan(r as TimeRange) : null))
    .filter((s): s is { start: number; end: number } => s !== null)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged
    .slice(0, SETTINGS_LIMITS.rangesPerDay.max)
    .map((s) => ({ start: clockText(s.start), end: clockText(Math.min(s.end, s.start + 1_439)) }));
}

/** A stretch of working time in wall-clock ms: [start, end). */
export interface Period {
  start: number;
  end: number;
}

const DAY_KEYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']; // Date.getDay() order

/** Local wall ms of `minutes` after midnight of the local date y-m-d (minutes may pass 24 h). */
function localAt(y: number, m: number, d: number, minutes: number): number {
  return new Date(y, m, d, Math.floor(minutes / 60), minutes % 60).getTime();
}

/**
 * Working periods that touch [from − 1 day, from + 8 days], merged where they meet or overlap (a range to
 * midnight followed by one from midnight is one period), in time order.
 */
function periodsAround(wh: WorkingHours, from: number): Period[] {
  const base = new Date(from);
  const raw: Period[] = [];
  for (let offset = -1; offset <= 8; offset++) {
    const day = new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset);
    const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
    for (const range of wh.days[DAY_KEYS[day.getDay()] ?? 'mon']) {
      const span = rangeSpan(range);
      if (span) raw.push({ start: localAt(y, m, d, span.start), end: localAt(y, m, d, span.end) });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Period[] = [];
  for (const p of raw) {
    const last = merged.at(-1);
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else if (p.end > p.start) merged.push({ ...p });
  }
  return merged;
}

/** The periods of `periodsAround` for one local day, kept per working-hours value (issue 15). */
interface DayPeriods {
  dayStart: number;
  nextDayStart: number;
  periods: readonly Readonly<Period>[];
}
const periodsByHours = new WeakMap<WorkingHours, DayPeriods>();

/**
 * `periodsAround(wh, now)`, computed once per local day and working-hours value: it depends only on the local
 * date of `now`, and settings are replaced, never changed in place, so a new value is a new key. The engine asks
 * several times per wake-up; building ten days of `Date`s each time cost about 0.5 ms per wake (issue 15).
 */
function periodsOfDay(wh: WorkingHours, now: number): readonly Readonly<Period>[] {
  const cached = periodsByHours.get(wh);
  if (cached && now >= cached.dayStart && now < cached.nextDayStart) return cached.periods;
  const d = new Date(now);
  const dayStart = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const nextDayStart = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  const periods = periodsAround(wh, now).map((p) => Object.freeze(p));
  periodsByHours.set(wh, { dayStart, nextDayStart, periods });
  return periods;
}

/**
 * The working period containing `now`, else the next one to begin (within a week); null when there is none.
 * With working hours off, the whole of time is one period.
 */
export function currentOrNextPeriod(wh: WorkingHours, now: number): Period | null {
  if (!wh.enabled) return { start: -Infinity, end: Infinity };
  return periodsOfDay(wh, now).find((p) => p.end > now) ?? null;
}

/** True when reminders may come at `now`: working hours off, or `now` inside a working period. */
export function isWorkingTime(wh: WorkingHours, now: number): boolean {
  const p = currentOrNextPeriod(wh, now);
  return p !== null && p.start <= now;
}
