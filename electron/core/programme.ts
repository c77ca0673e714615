// The adaptive walking programme of health-evidence.md (c) as pure reducers: starting level, walks, next-day
// upgrades, missed walks, clinician pause and urgent lock. Days are local calendar days (calendar.ts).
import type { ClearanceLimits } from '../shared/break';
import type {
  Level,
  Outcome,
  ProgrammeState,
  ProgrammeWalk,
  RuleId,
  StartingAnswers,
  WalkResult,
} from '../shared/walk';
import { calendarDaysBetween, dayIndexOfKey, localDayIndex, localDayKey } from './calendar';
import { MINUTE_MS } from './time';
import { escalations, followsAmber, isUpgrade, zoneOf, type WalkHistory } from './escalation';
import {
  MAX_LEVEL,
  halt,
  minutesOf,
  moveTo,
  newProgramme,
  patchWalk,
  remember,
  toLevel,
} from './programme-state';

/** Never start above L5 (c). */
export const START_LEVEL_CAP: Level = 5;
/** Pain of 6/10 or more at the start means L1 (c). */
export const START_L1_PAIN = 6;
/** Progress after 3 green walks at the level spread over at least 7 local days (PROGRESS_*). */
export const PROGRESS_GREENS_REQUIRED = 3;
export const PROGRESS_MIN_DAYS = 7;
/** Days without a walk → levels dropped (MISSED_DAYS_DROP, a product rule): 7–13 → 1, 14+ → 2. */
export const MISSED_DAYS_DROP: readonly { days: number; drop: number }[] = [
  { days: 14, drop: 2 },
  { days: 7, drop: 1 },
];

/**
 * First-run starting level (c): the clinician's level when there is one; L1 when pain is 6/10 or more or in a
 * flare-up; else the level just below the minutes the user can walk comfortably now (strictly fewer minutes,
 * so "10 min" starts at L2, 7 min), never above L5, never below L1.
 */
export function startingLevel(a: StartingAnswers): Level {
  if (a.clinicianLevel !== undefined) return toLevel(a.clinicianLevel);
  if (a.inFlare || a.currentPain >= START_L1_PAIN) return 1;
  let level = 1;
  for (let l = 1; l <= START_LEVEL_CAP; l++) if (minutesOf(toLevel(l)) < a.comfortableMinutes) level = l;
  return toLevel(level);
}

/** Minutes of the next programme walk, or null while paused or locked (no programme walk is planned). */
export function nextWalkMinutes(p: ProgrammeState): number | null {
  return p.status === 'active' ? minutesOf(p.level) : null;
}

/** True on the rest day after a red (c): no programme walk is suggested; ordinary moving is still encouraged. */
export function isRestDay(p: ProgrammeState, now: number): boolean {
  return p.restDay !== null && dayIndexOfKey(p.restDay) === localDayIndex(now);
}

/** What the symptom rules need to judge a walk at `at` (after any missed-walk drop due by then). */
export function walkHistory(p: ProgrammeState, at: number): WalkHistory {
  const s = applyTime(p, at);
  const { level, levelSince, walks, review, preWalkPains } = s;
  return { at, level, levelSince, walks, review, preWalkPains };
}

/**
 * Missed walks (c): 7–13 local days since the last walk (or the start) restart 1 level lower, 14 or more
 * 2 levels lower than the level before the gap (so 14 days drops 2 in total). Never below L1; only while
 * active. Idempotent: calling it again at the same or a nearby time changes nothing more.
 */
export function applyTime(p: ProgrammeState, now: number): ProgrammeState {
  if (p.status !== 'active') return p;
  const gap = calendarDaysBetween(p.lastWalkAt ?? p.startedAt, now);
  const drop = MISSED_DAYS_DROP.find((m) => gap >= m.days)?.drop ?? 0;
  if (drop === 0) return p;
  const before = p.levelBeforeGap ?? p.level;
  const level = toLevel(before - drop);
  if (p.levelBeforeGap !== null && level === p.level) return p;
  return { ...moveTo(p, level, now), levelBeforeGap: before };
}

/**
 * Applies a judged walk at wall ms `at` (c): urgent locks, see a clinician pauses; while active a step-back
 * moves down one level (after a red the next local day is a rest day), hold restarts the greens count, and a
 * green counts towards progress (3 greens spread over 7+ local days → up one level, at most L8). Missed-walk
 * drops due at `at` are applied first. While paused or locked the walk is only remembered.
 */
export function applyWalk(p: ProgrammeState, r: WalkResult, at: number): ProgrammeState {
  const before = applyTime(p, at);
  const entry: ProgrammeWalk = {
    at,
    level: before.level,
    zone: r.zone,
    outcome: r.outcome,
    painAfter: r.painAfter,
    worst: r.worst ?? null,
    stepBack: r.outcome === 'step-back' && before.status === 'active',
    advanced: false,
  };
  const s = remember(before, entry, r.painBefore);
  if (r.outcome === 'urgent') return halt(s, 'locked', r.reasons);
  if (r.outcome === 'see-clinician') return halt(s, 'paused', r.reasons);
  if (s.status !== 'active') return s;
  if (r.outcome === 'step-back')
    return stepBack(s, s.level, at, r.zone === 'red' ? localDayKey(at, 1) : null);
  if (r.outcome === 'hold') return { ...s, greens: [] };
  return countGreen(s, at);
}

function stepBack(s: ProgrammeState, from: Level, at: number, restDay: string | null): ProgrammeState {
  const moved = moveTo(s, toLevel(from - 1), at);
  return restDay === null ? moved : { ...moved, restDay };
}

function countGreen(s: ProgrammeState, at: number): ProgrammeState {
  if (s.level >= MAX_LEVEL) return { ...s, greens: [] };
  const greens = [...s.greens, at];
  const spreadDays = calendarDaysBetween(greens[0] ?? at, at);
  if (greens.length < PROGRESS_GREENS_REQUIRED || spreadDays < PROGRESS_MIN_DAYS) return { ...s, greens };
  const up = moveTo(s, toLevel(s.level + 1), at);
  return patchWalk(up, up.walks.length - 1, { advanced: true });
}

/**
 * Applies a next-day upgrade of the walk remembered at `walkAt` to `upgraded` (from `applyNextDay`), at wall
 * ms `at`. Only upgrades count. Amber: the walk stops counting as green, the greens count restarts, and a
 * progress it completed is undone (no next-day flare, c); with an amber just before it at the same level it
 * is a second amber in a row. Red or a second amber: one level down from the level the walk was at (or the
 * current one), and after a red the day after the walk is a rest day. Escalation counters then apply; see a
 * clinician pauses, urgent locks. An unknown walk can still pause or lock.
 */
export function applyNextDayOutcome(
  p: ProgrammeState,
  walkAt: number,
  upgraded: Outcome,
  reasons: RuleId[],
  at: number,
): ProgrammeState {
  const i = p.walks.findIndex((w) => w.at === walkAt);
  const walk = p.walks[i];
  if (walk === undefined) return haltFor(p, upgraded, reasons);
  if (!isUpgrade(walk.outcome, upgraded)) return p;
  const revised = patchWalk(p, i, { outcome: upgraded, zone: zoneOf(upgraded) });
  if (upgraded !== 'hold' && upgraded !== 'step-back') return haltFor(revised, upgraded, reasons);
  return p.status === 'active' ? revise(revised, i, walk, upgraded, reasons, at) : revised;
}

function haltFor(p: ProgrammeState, outcome: Outcome, reasons: RuleId[]): ProgrammeState {
  if (outcome === 'urgent') return halt(p, 'locked', reasons);
  return outcome === 'see-clinician' ? halt(p, 'paused', reasons) : p;
}

/** An active programme's response to a walk upgraded to amber or red the next day. */
function revise(
  p: ProgrammeState,
  i: number,
  walk: ProgrammeWalk,
  up: Outcome,
  why: RuleId[],
  at: number,
): ProgrammeState {
  const zone = zoneOf(up);
  const second = zone === 'amber' && followsAmber(p.walks, walk.at, walk.level, 0);
  const back = zone === 'red' || second;
  const history: WalkHistory = { ...p, at: walk.at, level: walk.level };
  const escalated = escalations(history, zone, back, null);
  const undo = walk.advanced && p.level === walk.level + 1;
  const from = undo ? walk.level : p.level;
  const outcome: Outcome = escalated.length > 0 ? 'see-clinician' : back ? 'step-back' : 'hold';
  const s = patchWalk(p, i, { outcome, stepBack: back, advanced: false });
  // After a red the day after the walk is a rest day, if it has not gone by already.
  const rest = zone === 'red' && calendarDaysBetween(walk.at, at) <= 1 ? localDayKey(walk.at, 1) : null;
  const moved = back ? stepBack(s, from, at, rest) : undo ? moveTo(s, from, at) : { ...s, greens: [] };
  return escalated.length > 0 ? halt(moved, 'paused', [...why, ...escalated]) : moved;
}

/**
 * The user confirms a clinician has seen them and cleared them (c): restart at L1, or at the level the
 * clinician advises, with fresh greens, counters and 4-week review; B's pre-walk scores are kept.
 * Does nothing while active.
 */
export function confirmClearance(p: ProgrammeState, at: number, level?: Level): ProgrammeState {
  if (p.status === 'active') return p;
  return newProgramme(level === undefined ? 1 : toLevel(level), at, p.preWalkPains);
}

/**
 * Why a clearance cannot be confirmed now, or null when it can (issue 14): never in the same minute as the pause
 * or lock (`haltedAt`, wall ms; null in files written before it was kept): allowed from the start of the first
 * whole minute at least a minute after it (`from`). The day the user was seen (`seenOn`, a local YYYY-MM-DD day)
 * is not in the future and not before the day of the pause or lock: a visit before it cannot have cleared it.
 */
export type ClearanceRefusal =
  | { kind: 'too-soon'; from: number }
  | { kind: 'seen-in-future' }
  | { kind: 'seen-before-halt'; haltDay: string };

export function clearanceFrom(haltedAt: number): number {
  return Math.ceil((haltedAt + MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
}

/** What the clearance form may accept at `now` (the same limits as `clearanceRefusal`). */
export function clearanceLimits(haltedAt: number | null, now: number): ClearanceLimits {
  return {
    from: haltedAt === null ? null : clearanceFrom(haltedAt),
    earliestSeen: haltedAt === null ? null : localDayKey(haltedAt),
    latestSeen: localDayKey(now),
  };
}

export function clearanceRefusal(
  haltedAt: number | null,
  now: number,
  seenOn: string,
): ClearanceRefusal | null {
  if (haltedAt !== null && now < clearanceFrom(haltedAt))
    return { kind: 'too-soon', from: clearanceFrom(haltedAt) };
  if (seenOn > localDayKey(now)) return { kind: 'seen-in-future' };
  if (haltedAt !== null && seenOn < localDayKey(haltedAt))
    return { kind: 'seen-before-halt', haltDay: localDayKey(haltedAt) };
  return null;
}
