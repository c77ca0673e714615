// Realistic synthetic history for the bench, the core tests and the e2e seed: working days of sitting bouts,
// reminders (answered, snoozed, skipped), inferred breaks, guided walks with their check-in, timer and answers,
// a next-day check now and then, and the programme moving up. Deterministic: a seeded generator, local times.
import { LEVEL_MINUTES } from '../../electron/shared/break-content';
import type { HistoryEvent } from '../../electron/shared/history';
import type { Level, Outcome, Zone } from '../../electron/shared/walk';

const MIN = 60_000;

/** A small deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DayPlan {
  /** Local midnight of the day, wall ms. */
  midnight: number;
  level: Level;
}

/** One working day from 09:00 to about 17:30 local time. Weekends get a short morning or nothing. */
export function workingDay(plan: DayPlan, random: () => number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const weekday = new Date(plan.midnight).getDay();
  if (weekday === 0 || weekday === 6) {
    if (random() < 0.6) return [];
  }
  const base = new Date(plan.midnight);
  let t = new Date(
    base.getFullYear(),
    base.getMonth(),
    base.getDate(),
    9,
    Math.floor(random() * 20),
  ).getTime();
  const end = new Date(base.getFullYear(), base.getMonth(), base.getDate(), 17, 30).getTime();
  let reminders = 0;
  while (t < end) {
    const sitMin = 20 + Math.floor(random() * 30);
    const boutStart = t;
    t += sitMin * MIN;
    const reminded = sitMin >= 30;
    if (reminded) {
      const shownAt = boutStart + 30 * MIN;
      events.push({ type: 'reminder-shown', at: shownAt, sittingMs: 30 * MIN, firm: false });
      reminders += 1;
      const answer = random();
      if (answer < 0.2) {
        events.push({ type: 'reminder-snoozed', at: shownAt + MIN, minutes: 10 });
      } else if (answer < 0.3) {
        events.push({ type: 'reminder-skipped', at: shownAt + MIN, via: 'button' });
      } else if (answer < 0.6 && reminders % 3 === 1) {
        t = walk(events, shownAt, boutStart, plan.level, random);
        continue;
      }
    }
    events.push({ type: 'sitting-bout', at: t, start: boutStart, end: t, endedBy: 'away' });
    const away = 5 + Math.floor(random() * 10);
    events.push({
      type: 'break',
      at: t + away * MIN,
      kind: 'inferred',
      start: t,
      end: t + away * MIN,
      cause: 'idle',
    });
    t += away * MIN;
  }
  return events;
}

/** A guided walk from a reminder shown at `at`; returns when the user sits down again. */
function walk(
  events: HistoryEvent[],
  at: number,
  boutStart: number,
  level: Level,
  random: () => number,
): number {
  const planned = LEVEL_MINUTES[level - 1]!;
  const painBefore = 2 + Math.floor(random() * 4);
  const painAfter = Math.max(0, painBefore - Math.floor(random() * 3) + (random() < 0.15 ? 2 : 0));
  const zone: Zone = painAfter - painBefore >= 2 ? 'amber' : 'green';
  const outcome: Outcome = zone === 'amber' ? 'hold' : 'continue';
  const start = at + 2 * MIN;
  const endWalk = start + planned * MIN;
  events.push(
    { type: 'reminder-accepted', at },
    { type: 'walk-started', at, source: 'reminder' },
    { type: 'sitting-bout', at, start: boutStart, end: at, endedBy: 'walk' },
    { type: 'walk-checked-in', at: at + MIN, painBefore, emergency: [] },
    { type: 'walk-timer', at: start, action: 'start' },
    { type: 'walk-timer', at: endWalk, action: 'end', reason: 'completed' },
    {
      type: 'walk-evaluated',
      at: endWalk + MIN,
      startedAt: start,
      level,
      plannedMin: planned,
      walkedMin: planned,
      outcome,
      zone,
      reasons: [zone === 'amber' ? 'delta-3-4' : 'comfortable'],
      painBefore,
      painAfter,
      peak: Math.max(painBefore, painAfter),
    },
    { type: 'walk-ended', at: endWalk + 2 * MIN, start: at, completed: true },
    { type: 'break', at: endWalk + 2 * MIN, kind: 'guided', start: at, end: endWalk + 2 * MIN },
  );
  return endWalk + 2 * MIN;
}

/** `days` local days of history ending the day before `today` (local midnight), level rising every 3 weeks. */
export function syntheticHistory(todayMidnight: number, days: number, seed = 1): HistoryEvent[] {
  const random = seeded(seed);
  const events: HistoryEvent[] = [];
  const d0 = new Date(todayMidnight);
  let level: Level = 1;
  const first = new Date(d0.getFullYear(), d0.getMonth(), d0.getDate() - days).getTime();
  events.push({ type: 'programme-started', at: first + 9 * 60 * MIN, level, advisory: [] });
  for (let i = days; i >= 1; i -= 1) {
    const midnight = new Date(d0.getFullYear(), d0.getMonth(), d0.getDate() - i).getTime();
    if (i % 21 === 0 && level < 8) {
      const to = (level + 1) as Level;
      events.push({ type: 'programme-level-changed', at: midnight + 8 * 60 * MIN, from: level, to });
      level = to;
    }
    events.push(...workingDay({ midnight, level }, random));
  }
  return events;
}

/** A sitting bout from `start` to `end` (wall ms), recorded when it ended. */
export function boutEvent(start: number, end: number): HistoryEvent {
  return { type: 'sitting-bout', at: end, start, end, endedBy: 'away' };
}

/** A comfortable 10-minute level-3 walk answered at `at` with these pain scores; `extra` overrides any field. */
export function walkEvent(
  at: number,
  painBefore: number,
  painAfter: number,
  extra: Partial<Extract<HistoryEvent, { type: 'walk-evaluated' }>> = {},
): HistoryEvent {
  return {
    type: 'walk-evaluated',
    at,
    startedAt: at - 12 * MIN,
    level: 3,
    plannedMin: 10,
    walkedMin: 10,
    outcome: 'continue',
    zone: 'green',
    reasons: ['comfortable'],
    painBefore,
    painAfter,
    peak: Math.max(painBefore, painAfter),
    ...extra,
  };
}
