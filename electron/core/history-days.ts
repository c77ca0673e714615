// Daily summaries by local day, folded from history events. Pure. Every event's contribution is a sum, a max or a
// set, so the order events arrive in never matters, and summaries of different files merge by adding them.
// Spans (sitting bouts) are split at local midnights, so DST days are 23 or 25 hours long like the real day.
import type { BreakKind, HistoryEvent } from '../shared/history';
import type { DayKey, DaySummary, FlagEntry } from '../shared/history-view';
import { localDayKey } from './calendar';
import { startOfNextLocalDay } from './time';

/**
 * What one "I moved" adds toward the daily movement goal: the 2-minute minimum that counts as a break
 * (health-evidence.md part 2 (a)); the user says they moved, not for how long.
 */
export const MOVED_CREDIT_MS = 2 * 60_000;

export function emptyDay(day: DayKey): DaySummary {
  return {
    day,
    sittingMs: 0,
    standingMs: 0,
    activeMs: 0,
    longestBoutMs: 0,
    bouts: 0,
    breaks: { inferred: 0, guided: 0, moved: 0 },
    reminders: { shown: 0, snoozed: 0, skipped: 0, accepted: 0, expired: 0 },
    remindedHours: [],
    breakHours: [],
    walks: [],
    nextDay: [],
    flags: [],
    level: null,
    events: 0,
  };
}

/** Summaries by day key. */
export type DayMap = Map<DayKey, DaySummary>;

function dayOf(days: DayMap, key: DayKey): DaySummary {
  let day = days.get(key);
  if (!day) {
    day = emptyDay(key);
    days.set(key, day);
  }
  return day;
}

function addHour(hours: number[], hour: number): void {
  if (hours.includes(hour)) return;
  hours.push(hour);
  hours.sort((a, b) => a - b);
}

function insertByAt<T extends { at: number }>(list: T[], item: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.at > item.at) i -= 1;
  list.splice(i, 0, item);
}

function setLevel(day: DaySummary, level: DaySummary['level']): void {
  if (level && (day.level === null || level.at >= day.level.at)) day.level = level;
}

/** The parts of [start, end) in each local day it touches; a backwards span (clock change) counts as nothing. */
export function splitByDay(start: number, end: number): { day: DayKey; ms: number }[] {
  const parts: { day: DayKey; ms: number }[] = [];
  let from = start;
  while (from < end) {
    const to = Math.min(end, startOfNextLocalDay(from));
    parts.push({ day: localDayKey(from), ms: to - from });
    from = to;
  }
  return parts;
}

/** The local days an event touches (a span touches every day it crosses). */
export function daysTouched(event: HistoryEvent): DayKey[] {
  const keys = new Set([localDayKey(event.at)]);
  if (event.type === 'sitting-bout' || event.type === 'break' || event.type === 'standing')
    for (const part of splitByDay(event.start, event.end)) keys.add(part.day);
  return [...keys];
}

function flag(day: DaySummary, entry: FlagEntry): void {
  if (entry.items.length > 0) insertByAt(day.flags, entry);
}

/**
 * A test for `daysTouched(event).includes(day)` that builds no day key per event (issue 15: deleting a day tests
 * every event of its month): the event's `at` is on that local day, or its span [start, end) overlaps the day.
 */
export function touchesDay(day: DayKey): (event: HistoryEvent) => boolean {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const dayStart = new Date(y, m - 1, d).getTime();
  const nextDayStart = new Date(y, m - 1, d + 1).getTime();
  return (event) => {
    if (event.at >= dayStart && event.at < nextDayStart) return true;
    if (event.type !== 'sitting-bout' && event.type !== 'break' && event.type !== 'standing') return false;
    return event.start < event.end && event.start < nextDayStart && event.end > dayStart;
  };
}

/** Adds one event to the summaries of the days it touches. */
export function addEvent(days: DayMap, event: HistoryEvent): void {
  for (const key of daysTouched(event)) dayOf(days, key).events += 1;
  const day = dayOf(days, localDayKey(event.at));
  const hour = new Date(event.at).getHours();
  switch (event.type) {
    case 'sitting-bout':
      day.bouts += 1;
      for (const part of splitByDay(event.start, event.end)) {
        const d = dayOf(days, part.day);
        d.sittingMs += part.ms;
        d.longestBoutMs = Math.max(d.longestBoutMs, part.ms);
      }
      return;
    case 'standing':
      for (const part of splitByDay(event.start, event.end)) dayOf(days, part.day).standingMs += part.ms;
      return;
    case 'break': {
      const kind: BreakKind = event.kind;
      day.breaks[kind] += 1;
      if (kind === 'guided')
        for (const part of splitByDay(event.start, event.end)) dayOf(days, part.day).activeMs += part.ms;
      if (kind === 'moved') day.activeMs += MOVED_CREDIT_MS;
      addHour(dayOf(days, localDayKey(event.start)).breakHours, new Date(event.start).getHours());
      return;
    }
    case 'reminder-shown':
      day.reminders.shown += 1;
      addHour(day.remindedHours, hour);
      return;
    case 'reminder-snoozed':
      day.reminders.snoozed += 1;
      return;
    case 'reminder-skipped':
      day.reminders.skipped += 1;
      return;
    case 'reminder-accepted':
      day.reminders.accepted += 1;
      return;
    case 'reminder-expired':
      day.reminders.expired += 1;
      return;
    case 'reminder-held':
      return;
    case 'walk-started':
      addHour(day.breakHours, hour);
      return;
    case 'walk-checked-in':
      flag(day, { at: event.at, source: 'check-in', items: [...event.emergency] });
      return;
    case 'walk-evaluated': {
      const { type: _type, ...walk } = event;
      insertByAt(day.walks, walk);
      setLevel(day, { level: event.level, at: event.at });
      if (event.outcome === 'urgent' || event.outcome === 'see-clinician' || event.outcome === 'step-back')
        flag(day, { at: event.at, source: 'walk', items: [...event.reasons] });
      return;
    }
    case 'next-day-check': {
      const { type: _type, ...check } = event;
      insertByAt(day.nextDay, check);
      // A back not settling a day or two after a walk is worth a clinician's eye (the programme flags the rest).
      if (check.feeling === 'worse-not-settling')
        flag(day, {
          at: event.at,
          source: 'next-day',
          items: [check.checkpoint === '24h' ? 'not-settling-24h' : 'not-settling-48h'],
        });
      return;
    }
    case 'programme-started':
      setLevel(day, { level: event.level, at: event.at });
      if (event.advisory.length)
        flag(day, { at: event.at, source: 'onboarding', items: [...event.advisory] });
      return;
    case 'advisory-answered':
      if (event.advisory.length)
        flag(day, { at: event.at, source: 'onboarding', items: [...event.advisory] });
      return;
    case 'programme-level-changed':
      setLevel(day, { level: event.to, at: event.at });
      return;
    case 'programme-status-changed':
      if (event.to !== 'active') flag(day, { at: event.at, source: 'programme', items: [...event.reasons] });
      return;
    case 'walk-ended':
    case 'walk-timer':
    case 'reminders-paused':
    case 'reminders-resumed':
    case 'clock-changed':
      return;
  }
}

/** Summaries of a batch of events. */
export function summarize(events: Iterable<HistoryEvent>): DayMap {
  const days: DayMap = new Map();
  for (const event of events) addEvent(days, event);
  return days;
}

/** Adds day summary `b` into `a` (same day): the merge of two disjoint sets of events. */
export function mergeInto(a: DaySummary, b: DaySummary): void {
  a.sittingMs += b.sittingMs;
  a.standingMs += b.standingMs;
  a.activeMs += b.activeMs;
  a.longestBoutMs = Math.max(a.longestBoutMs, b.longestBoutMs);
  a.bouts += b.bouts;
  for (const k of Object.keys(a.breaks) as BreakKind[]) a.breaks[k] += b.breaks[k];
  for (const k of Object.keys(a.reminders) as (keyof DaySummary['reminders'])[])
    a.reminders[k] += b.reminders[k];
  for (const h of b.remindedHours) addHour(a.remindedHours, h);
  for (const h of b.breakHours) addHour(a.breakHours, h);
  for (const w of b.walks) insertByAt(a.walks, w);
  for (const n of b.nextDay) insertByAt(a.nextDay, n);
  for (const f of b.flags) insertByAt(a.flags, f);
  setLevel(a, b.level);
  a.events += b.events;
}

/** Merges several partial summaries (e.g. one per month file) into one map. Takes ownership of the inputs. */
export function mergeDayMaps(parts: Iterable<Iterable<DaySummary>>): DayMap {
  const out: DayMap = new Map();
  for (const part of parts) {
    for (const day of part) {
      const target = out.get(day.day);
      if (target) mergeInto(target, day);
      else out.set(day.day, day);
    }
  }
  return out;
}

/** Minutes walked on a day (guided walks, pauses excluded). */
export function walkMinutes(day: DaySummary): number {
  return day.walks.reduce((sum, w) => sum + w.walkedMin, 0);
}

/** Walks that actually started (a check-in that blocked the walk is not a walk). */
export function walksTaken(day: DaySummary): number {
  return day.walks.filter((w) => w.startedAt !== null).length;
}

export function totalBreaks(day: DaySummary): number {
  return day.breaks.inferred + day.breaks.guided + day.breaks.moved;
}
