// Walking programme building blocks: levels, a fresh programme, and the small state changes the reducers in
// programme.ts compose (level moves, pause, lock, remembering a walk). Pure; health-evidence.md (c).
import type {
  Level,
  PainScore,
  ProgrammeState,
  ProgrammeStatus,
  ProgrammeWalk,
  RuleId,
} from '../shared/walk';
import { calendarDaysBetween, dayIndexOfKey, localDayIndex, localDayKey } from './calendar';
import { REVIEW_WINDOW_DAYS, walkPain } from './escalation';
import { BASELINE_SCORES } from './symptom-rules';

import { LEVEL_MINUTES } from '../shared/break-content';
export { LEVEL_MINUTES };
export const MIN_LEVEL: Level = 1;
export const MAX_LEVEL: Level = 8;
/** Walks older than this many local days are forgotten (the longest window, 3 step-backs in 28 days). */
export const KEEP_WALKS_DAYS = 28;

/** The nearest level to `n` (rounded, clamped to L1–L8). */
export function toLevel(n: number): Level {
  if (!Number.isFinite(n)) return MIN_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.round(n))) as Level;
}

/** Minutes of a walk at `level`. */
export function minutesOf(level: Level): number {
  return LEVEL_MINUTES[level - 1] ?? LEVEL_MINUTES[0] ?? 5;
}

/** A fresh, active programme at `level`, started at wall ms `at`. `preWalkPains` carries over B's scores. */
export function newProgramme(level: Level, at: number, preWalkPains: PainScore[] = []): ProgrammeState {
  return {
    level,
    status: 'active',
    statusReasons: [],
    startedAt: at,
    levelSince: at,
    greens: [],
    walks: [],
    review: null,
    preWalkPains: preWalkPains.slice(-BASELINE_SCORES),
    restDay: null,
    lastWalkAt: null,
    levelBeforeGap: null,
  };
}

/** Moves to `level` at `at`: the greens count starts again (c). */
export function moveTo(p: ProgrammeState, level: Level, at: number): ProgrammeState {
  return { ...p, level, levelSince: at, greens: [] };
}

const STATUS_RANK: Record<ProgrammeStatus, number> = { active: 0, paused: 1, locked: 2 };

/** Pauses (see a clinician) or locks (urgent care) the programme; a lock is never lowered to a pause. */
export function halt(p: ProgrammeState, status: 'paused' | 'locked', reasons: RuleId[]): ProgrammeState {
  if (STATUS_RANK[p.status] > STATUS_RANK[status]) return p;
  const statusReasons = p.status === status ? [...new Set([...p.statusReasons, ...reasons])] : reasons;
  return { ...p, status, statusReasons, greens: [] };
}

/** Replaces the remembered walk at index `i` with `patch` applied. */
export function patchWalk(p: ProgrammeState, i: number, patch: Partial<ProgrammeWalk>): ProgrammeState {
  return { ...p, walks: p.walks.map((w, j) => (j === i ? { ...w, ...patch } : w)) };
}

/** The review's first-week scores grow until local day 6 after the first walk (escalation.ts noImprovement). */
function withReview(review: ProgrammeState['review'], at: number, pain: PainScore | null) {
  if (pain === null) return review;
  if (review === null) return { firstDay: localDayKey(at), pains: [pain] };
  const day = localDayIndex(at) - dayIndexOfKey(review.firstDay);
  return day >= 0 && day < REVIEW_WINDOW_DAYS ? { ...review, pains: [...review.pains, pain] } : review;
}

/** Remembers a walk: adds it, forgets walks older than 28 local days, keeps B's scores and the review data. */
export function remember(
  p: ProgrammeState,
  walk: ProgrammeWalk,
  painBefore: PainScore | null,
): ProgrammeState {
  const walks = [...p.walks.filter((w) => calendarDaysBetween(w.at, walk.at) <= KEEP_WALKS_DAYS), walk];
  const preWalkPains =
    painBefore === null ? p.preWalkPains : [...p.preWalkPains, painBefore].slice(-BASELINE_SCORES);
  return {
    ...p,
    walks,
    preWalkPains,
    review: withReview(p.review, walk.at, walkPain(walk)),
    lastWalkAt: Math.max(walk.at, p.lastWalkAt ?? walk.at),
    levelBeforeGap: null,
  };
}
