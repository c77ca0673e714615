// The guided break's persisted document (programme.json) and the in-memory walk session: loading with
// validation (bad data → fresh onboarding, never a throw), and the views the break window shows. Pure.
import * as v from 'valibot';
import type { BreakState, SessionStep, SessionView, WalkEndReason } from '../shared/break';
import type { HistoryEvent } from '../shared/history';
import type {
  Level,
  PostWalkAnswers,
  PreWalkCheck,
  ProgrammeState,
  RecordedAnswers,
  WalkEvaluation,
} from '../shared/walk';
import { storedBreakSchema, type StoredBreak } from '../shared/walk-schemas';
import { localDayIndex } from './calendar';
import { applyTime, clearanceLimits, isRestDay, nextWalkMinutes } from './programme';
import { minutesOf } from './programme-state';
import { DAY_MS, MINUTE_MS } from './time';
import { dueWalkDay, type WalkDay } from './walk-days';
import { nextWalkChangeAt, walkedMs, walkView, type WalkClock } from './walk-clock';

export type { StoredBreak };

/** Where the programme document lives (programme.json in main, memory in the harness and tests). */
export interface ProgrammeStore {
  /** The stored document as read, unchecked (core validates it), or undefined/null when none. */
  load(): unknown;
  save(state: StoredBreak): void;
}

/** The walk in progress, from check-in to its outcome. Kept in memory only. */
export interface Session {
  step: SessionStep;
  pre: PreWalkCheck;
  level: Level;
  plannedMin: number;
  clock: WalkClock | null;
  endReason: WalkEndReason | null;
  evaluation: WalkEvaluation | null;
}

/** Validates a stored document: null when there is none (first run), a problem message when it is unusable. */
export function restoreBreak(raw: unknown): { stored: StoredBreak | null; problem: string | null } {
  if (raw === undefined || raw === null) return { stored: null, problem: null };
  const parsed = v.safeParse(storedBreakSchema, raw);
  if (parsed.success) return { stored: parsed.output, problem: null };
  const first = parsed.issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { stored: null, problem: `stored programme ignored (${path || 'document'} is invalid)` };
}

/**
 * The recent walk days (walk-days.ts). A file written before they were kept has only the last walk: it stands for
 * its day, with P as the worse of its pain after and its peak (not known → null, which the rules read as the
 * worst value).
 */
export function walkDaysOf(stored: StoredBreak): WalkDay[] {
  if (stored.walkDays) return stored.walkDays;
  const last = stored.lastWalk;
  if (last === null) return [];
  const { painAfter, worst } = last.evaluation;
  const p =
    worst !== undefined
      ? worst
      : last.peak !== null && painAfter !== null
        ? Math.max(last.peak, painAfter)
        : null;
  return [{ walks: [last.at], worst: p, outcome: last.outcome, nextDay: last.nextDay }];
}

function sessionView(s: Session, now: number): SessionView {
  return {
    step: s.step,
    pre: s.pre,
    level: s.level,
    plannedMin: s.plannedMin,
    walk: s.clock ? walkView(s.clock, now) : null,
    nextChangeAt: s.clock && s.step === 'walking' ? nextWalkChangeAt(s.clock, now) : null,
    endReason: s.endReason,
    evaluation: s.evaluation,
  };
}

/** The onboarding advisory questions are asked once and again every 4 weeks (health-evidence.md part 2 (d)). */
export const ADVISORY_EVERY_MS = 28 * DAY_MS;

/** True when the advisory answers are 4 weeks old (counted from the programme's start in older files). */
export function advisoryDue(stored: StoredBreak, now: number): boolean {
  return now - (stored.advisoryAt ?? stored.programme.startedAt) >= ADVISORY_EVERY_MS;
}

/** The short walk's length when no setting is given (health-evidence.md part 2 (a): a 3-minute walk). */
export const SHORT_WALK_DEFAULT_MIN = 3;

/**
 * The break window's picture at `now` (missed-walk drops due by now are shown, not yet saved); `shortWalkMin` is
 * the suggested break length from Settings.
 */
export function breakStateOf(
  stored: StoredBreak | null,
  session: Session | null,
  now: number,
  shortWalkMin = SHORT_WALK_DEFAULT_MIN,
): BreakState {
  const p = stored ? applyTime(stored.programme, now) : null;
  const last = stored?.lastWalk ?? null;
  const due = stored ? dueWalkDay(walkDaysOf(stored), now) : null;
  return {
    at: now,
    onboardingNeeded: p === null,
    advisory: stored?.advisory ?? [],
    advisoryDue: stored !== null && advisoryDue(stored, now),
    programme: p && {
      level: p.level,
      minutes: minutesOf(p.level),
      status: p.status,
      statusReasons: p.statusReasons,
      clearance: p.status === 'active' ? null : clearanceLimits(stored?.haltedAt ?? null, now),
    },
    nextWalkMin: p && nextWalkMinutes(p),
    restDay: p !== null && isRestDay(p, now),
    planWalksToday: p ? p.walks.filter((w) => localDayIndex(w.at) === localDayIndex(now)).length : 0,
    shortWalkMin,
    session: session && sessionView(session, now),
    lastEvaluation: last?.evaluation ?? null,
    lastOutcome: last?.outcome ?? null,
    pendingNextDay: due && {
      walkAt: due.day.walks[due.day.walks.length - 1] ?? 0,
      checkpoint: due.checkpoint,
    },
  };
}

/** History events for what changed between two programme states (level, status). */
export function programmeChanges(before: ProgrammeState, after: ProgrammeState, at: number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  if (before.level !== after.level)
    events.push({ type: 'programme-level-changed', at, from: before.level, to: after.level });
  if (before.status !== after.status)
    events.push({
      type: 'programme-status-changed',
      at,
      from: before.status,
      to: after.status,
      reasons: after.statusReasons,
    });
  return events;
}

/**
 * The 'walk-evaluated' history event of an evaluated session; `answers` are Q1–Q10 as judged, null when the check-in
 * blocked the walk (then `peak` is null and no answers are kept).
 */
export function evaluatedEvent(s: Session, now: number, answers: PostWalkAnswers | null): HistoryEvent {
  if (s.evaluation === null) throw new Error('the session has no evaluation to record');
  const { outcome, zone, reasons, painBefore, painAfter } = s.evaluation;
  return {
    type: 'walk-evaluated',
    at: now,
    startedAt: s.clock?.startedAt ?? null,
    level: s.level,
    plannedMin: s.plannedMin,
    // At most the planned time: after it the window only waits for "On to the cool-down", and a timer left
    // running (or the engine's 3-hour walk cap) must not record hours of walking.
    walkedMin: Math.min(s.plannedMin, Math.floor((s.clock ? walkedMs(s.clock, now) : 0) / MINUTE_MS)),
    outcome,
    zone,
    reasons: [...reasons],
    painBefore,
    painAfter,
    peak: answers?.peak ?? null,
    ...(answers && { answers: recordedAnswers(answers) }),
  };
}

/** Q3–Q10 of the answers, copied (Q1 and Q2 are the event's painAfter and peak). */
function recordedAnswers(a: PostWalkAnswers): RecordedAnswers {
  return {
    finished: a.finished,
    spread: { ...a.spread },
    numbness: { ...a.numbness },
    weakness: { ...a.weakness },
    emergency: [...a.emergency],
    catching: a.catching,
    clinician: [...a.clinician],
    effort: a.effort,
  };
}
