// Several walks in one day (health-evidence.md part 2 (d)): the next-day check is about the whole of yesterday,
// so it (and the 48-h re-ask) applies to every walk of that day. Each local day with programme walks keeps what
// the check needs: when the walks were, the highest P among them and the day's worst outcome so far, and the
// checks answered. A day whose check is still unanswered stays due after a walk on a later day. Pure.
import type { NextDayCheck, Outcome, PainScore } from '../shared/walk';
import { localDayIndex } from './calendar';
import { worseOutcome } from './escalation';
import { nextDayCheckDue } from './symptom-rules';

/** One local day with programme walks, as the next-day check needs it. */
export interface WalkDay {
  /** Wall ms of each walk of the day (post-walk answers, or a blocked check-in), oldest first. */
  walks: number[];
  /** The highest P (the worse of Q1 and Q2) of the day's walks; null when no walk of the day was walked. */
  worst: PainScore | null;
  /** The most serious outcome of the day's walks, after next-day upgrades. */
  outcome: Outcome;
  /** The next-day checks answered for this day. */
  nextDay: NextDayCheck[];
}

/** Days are kept this many local days: the 48-h re-ask may come a day late (local day 3), never later. */
export const KEEP_WALK_DAYS = 4;

const dayOf = (d: WalkDay): number => localDayIndex(d.walks[d.walks.length - 1] ?? 0);

/**
 * Adds a walk at `at` (its P, or null when blocked before walking) to its local day, or starts a new day; days
 * older than KEEP_WALK_DAYS local days are forgotten.
 */
export function recordWalkDay(
  days: readonly WalkDay[],
  at: number,
  worst: PainScore | null,
  outcome: Outcome,
): WalkDay[] {
  const today = localDayIndex(at);
  const kept = days.filter((d) => today - dayOf(d) < KEEP_WALK_DAYS);
  const i = kept.findIndex((d) => dayOf(d) === today);
  const same = kept[i];
  if (same === undefined) return [...kept, { walks: [at], worst, outcome, nextDay: [] }];
  const merged: WalkDay = {
    walks: [...same.walks, at],
    worst: same.worst === null ? worst : worst === null ? same.worst : Math.max(same.worst, worst),
    outcome: worseOutcome(same.outcome, outcome),
    nextDay: same.nextDay,
  };
  return kept.map((d, j) => (j === i ? merged : d));
}

/**
 * The day whose next-day check is due at `now` (the oldest first), with its checkpoint; null when none is. A day
 * with an urgent outcome asks nothing: the programme is locked until a clinician has been seen.
 */
export function dueWalkDay(
  days: readonly WalkDay[],
  now: number,
): { index: number; day: WalkDay; checkpoint: '24h' | '48h' } | null {
  for (const [index, day] of days.entries()) {
    if (day.outcome === 'urgent') continue;
    const last = day.walks[day.walks.length - 1];
    if (last === undefined) continue;
    const checkpoint = nextDayCheckDue(last, day.nextDay, now);
    if (checkpoint !== null) return { index, day, checkpoint };
  }
  return null;
}

/** The day at `index` after a next-day check: the check kept, the day's outcome raised to `outcome`. */
export function answerWalkDay(
  days: readonly WalkDay[],
  index: number,
  check: NextDayCheck,
  outcome: Outcome,
): WalkDay[] {
  return days.map((d, j) =>
    j === index ? { ...d, outcome: worseOutcome(d.outcome, outcome), nextDay: [...d.nextDay, check] } : d,
  );
}
