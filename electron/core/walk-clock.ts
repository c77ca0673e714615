// The timed walk's clock, computed from wall-clock timestamps (never from counting renderer intervals), so it stays
// right while the window is hidden or the machine sleeps mid-walk. Phases and cue timing per health-evidence.md
// part 2 (c): 1–2 min easy pace at the start and end (F25), brisk middle optional from level 4, posture cues (F48–F50).
import type { PostureCue, WalkPhase, WalkView } from '../shared/break';
import { MINUTE_MS, SECOND_MS } from './time';

export type { PostureCue, WalkPhase, WalkView };

export interface WalkClock {
  /** Planned length, ms (the programme level's minutes). */
  plannedMs: number;
  /** Wall ms the walk started. */
  startedAt: number;
  /** Wall ms the current pause began, or null while walking. */
  pausedAt: number | null;
  /** Paused time so far, ms (not counting a pause still running). */
  pausedMs: number;
  /** Wall ms the walk ended, or null. */
  endedAt: number | null;
}

/** Posture and route cues, shown in turn during the walk. */
export const POSTURE_CUES: readonly PostureCue[] = [
  'head-up',
  'shoulders-relaxed',
  'no-lean',
  'level-ground',
  'shoes',
];

/** How long each posture cue stays before the next one (shorter on short walks, see cueEveryMs). */
export const CUE_EVERY_MS = 90 * SECOND_MS;

/**
 * Every posture cue is shown on every walk, from level 1 (part 2 (d) "Before you go"): on a walk whose steady part
 * is too short for 90 s per cue, the cues take turns faster so that all of them appear.
 */
export function cueEveryMs(plannedMs: number): number {
  const steady = plannedMs - 2 * easyMs(plannedMs);
  return Math.max(SECOND_MS, Math.min(CUE_EVERY_MS, Math.floor(steady / POSTURE_CUES.length)));
}
/** From this many planned minutes (level 4, 12 min) the middle may be brisk, if comfortable (F25). */
export const BRISK_FROM_MIN = 12;

export function startWalkClock(at: number, plannedMin: number): WalkClock {
  return {
    plannedMs: Math.max(1, plannedMin) * MINUTE_MS,
    startedAt: at,
    pausedAt: null,
    pausedMs: 0,
    endedAt: null,
  };
}

export function pauseWalkClock(c: WalkClock, at: number): WalkClock {
  return c.pausedAt !== null || c.endedAt !== null ? c : { ...c, pausedAt: Math.max(at, c.startedAt) };
}

export function resumeWalkClock(c: WalkClock, at: number): WalkClock {
  if (c.pausedAt === null || c.endedAt !== null) return c;
  return { ...c, pausedAt: null, pausedMs: c.pausedMs + Math.max(0, at - c.pausedAt) };
}

export function endWalkClock(c: WalkClock, at: number): WalkClock {
  if (c.endedAt !== null) return c;
  return { ...resumeWalkClock(c, at), endedAt: Math.max(at, c.startedAt) };
}

/** Time actually walked by `now`: wall time since the start, less pauses; never negative, never past the end. */
export function walkedMs(c: WalkClock, now: number): number {
  const until = c.endedAt ?? c.pausedAt ?? now;
  return Math.max(0, until - c.startedAt - c.pausedMs);
}

/** 1 minute of easy pace at each end of walks up to 7 minutes, 2 minutes for longer ones (F25: 1–2 min). */
export function easyMs(plannedMs: number): number {
  return plannedMs <= 7 * MINUTE_MS ? MINUTE_MS : 2 * MINUTE_MS;
}

/** Everything the walk screen shows at `now`. */
export function walkView(c: WalkClock, now: number): WalkView {
  const walked = walkedMs(c, now);
  const remainingMs = Math.max(0, c.plannedMs - walked);
  const easy = easyMs(c.plannedMs);
  const phase: WalkPhase =
    c.endedAt !== null || remainingMs === 0
      ? 'finished'
      : walked < easy
        ? 'easy-start'
        : remainingMs <= easy
          ? 'easy-end'
          : 'steady';
  const every = cueEveryMs(c.plannedMs);
  const cue =
    phase === 'steady' ? POSTURE_CUES[Math.floor((walked - easy) / every) % POSTURE_CUES.length]! : null;
  return {
    phase,
    walkedMs: walked,
    remainingMs,
    progress: Math.min(1, walked / c.plannedMs),
    paused: c.pausedAt !== null && c.endedAt === null,
    cue,
    briskAllowed: phase === 'steady' && c.plannedMs >= BRISK_FROM_MIN * MINUTE_MS,
  };
}

/** Wall ms of the next moment the walk screen changes (phase or cue), or null when paused or finished. */
export function nextWalkChangeAt(c: WalkClock, now: number): number | null {
  const view = walkView(c, now);
  if (view.phase === 'finished' || view.paused) return null;
  const easy = easyMs(c.plannedMs);
  const walked = view.walkedMs;
  const steadyEnd = c.plannedMs - easy;
  let nextWalked: number;
  const every = cueEveryMs(c.plannedMs);
  if (view.phase === 'easy-start') nextWalked = easy;
  else if (view.phase === 'steady')
    nextWalked = Math.min(steadyEnd, easy + (Math.floor((walked - easy) / every) + 1) * every);
  else nextWalked = c.plannedMs;
  return now + (nextWalked - walked);
}
