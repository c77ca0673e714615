// The programme's history-based rules, shared by the post-walk evaluation and the programme reducer: a second
// amber in a row, and the escalations to "see a clinician" of health-evidence.md (c) and (d) priority 2.
import type { Level, Outcome, PainScore, ProgrammeState, ProgrammeWalk, RuleId, Zone } from '../shared/walk';
import { dayIndexOfKey, localDayIndex } from './calendar';

/** 2 reds within 14 local days → see a clinician (health-evidence.md (c); ESCALATE_REDS_IN_DAYS). */
export const ESCALATE_REDS = { count: 2, days: 14 } as const;
/** 3 step-backs within 28 local days (4 weeks) → see a clinician (ESCALATE_STEPBACKS_IN_DAYS). */
export const ESCALATE_STEP_BACKS = { count: 3, days: 28 } as const;
/** The no-improvement review starts this many local days after the first walk (NO_IMPROVEMENT_REVIEW_DAYS; F26, F35). */
export const REVIEW_AFTER_DAYS = 28;
/** Length in local days of the first and the latest windows compared by the review. */
export const REVIEW_WINDOW_DAYS = 7;
/** "No improvement" alone escalates only pain still at 4/10 or more; worsening escalates from any baseline. */
export const REVIEW_MIN_PAIN = 4;
/** Smallest fall in pain patients notice, 1 point (F44): less than this is "no improvement". */
export const REVIEW_MIN_FALL = 1;

/** What the history-based rules read; `walkHistory(programme, at)` in programme.ts builds it. */
export interface WalkHistory {
  /** Wall-clock ms of the walk being judged. */
  at: number;
  /** Programme level of that walk, and wall ms the level began. */
  level: Level;
  levelSince: number;
  /** Earlier walks (the last 28 local days), oldest first. */
  walks: readonly ProgrammeWalk[];
  review: ProgrammeState['review'];
  /** Earlier answered pre-walk scores (P0), oldest first. */
  preWalkPains: readonly PainScore[];
}

const RANK: Record<Outcome, number> = { continue: 0, hold: 1, 'step-back': 2, 'see-clinician': 3, urgent: 4 };

/** The more serious of two outcomes (the next-day rules only ever upgrade). */
export function worseOutcome(a: Outcome, b: Outcome): Outcome {
  return RANK[b] > RANK[a] ? b : a;
}

/** True when `b` is more serious than `a`. */
export function isUpgrade(a: Outcome, b: Outcome): boolean {
  return RANK[b] > RANK[a];
}

/** Traffic light of an outcome: red for step back and above (priorities 1–3), amber for hold, green for continue. */
export function zoneOf(outcome: Outcome): Zone {
  return outcome === 'continue' ? 'green' : outcome === 'hold' ? 'amber' : 'red';
}

/** Median of `values` (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

const daysApart = (a: number, b: number) => Math.abs(localDayIndex(b) - localDayIndex(a));

/**
 * "2 ambers in a row" (c): the walk before `at` was an amber that held at the same `level`, on or after
 * `since` (a level change in between starts a new run).
 */
export function followsAmber(
  walks: readonly ProgrammeWalk[],
  at: number,
  level: Level,
  since: number,
): boolean {
  const prev = walks.filter((w) => w.at < at).at(-1);
  return prev !== undefined && prev.outcome === 'hold' && prev.level === level && prev.at >= since;
}

/**
 * Escalation rule ids for a walk in `zone` (stepping back or not), given the other walks in `h`.
 * Windows count local calendar days between the two walks, inclusive of the boundary ("within 14 days":
 * at most 14 days apart). `worst` (P) null skips the no-improvement review.
 */
export function escalations(
  h: WalkHistory,
  zone: Zone,
  stepBack: boolean,
  worst: PainScore | null,
): RuleId[] {
  const found: RuleId[] = [];
  const near = (days: number) => h.walks.filter((w) => w.at !== h.at && daysApart(w.at, h.at) <= days);
  const reds = near(ESCALATE_REDS.days).filter((w) => w.zone === 'red').length;
  if (zone === 'red' && reds + 1 >= ESCALATE_REDS.count) found.push('two-reds-14d');
  const backs = near(ESCALATE_STEP_BACKS.days).filter((w) => w.stepBack).length;
  if (stepBack && backs + 1 >= ESCALATE_STEP_BACKS.count) found.push('three-step-backs-28d');
  if (noImprovement(h, worst)) found.push('no-improvement-28d');
  return found;
}

/** P of a remembered walk: `worst`, or Q1 in files written before P was kept. */
export const walkPain = (w: ProgrammeWalk): PainScore | null =>
  w.worst === undefined ? w.painAfter : w.worst;

/**
 * "No improvement, or worsening, after about 4 weeks" (c), made concrete: from local day 28 after the first
 * walk since (re)start, compare the median P of the latest 7 local days, this walk included, with the median of
 * the first 7 days. Worse than at the start pauses from any baseline (1 → 3 too); not fallen by at least 1 point
 * (F44) pauses when the pain is still 4/10 or more (no improvement of pain that stays low is not a warning).
 */
export function noImprovement(h: WalkHistory, worst: PainScore | null): boolean {
  if (h.review === null || worst === null) return false;
  const today = localDayIndex(h.at);
  if (today - dayIndexOfKey(h.review.firstDay) < REVIEW_AFTER_DAYS) return false;
  const latest = h.walks
    .filter((w) => w.at !== h.at && today - localDayIndex(w.at) < REVIEW_WINDOW_DAYS)
    .flatMap((w) => {
      const p = walkPain(w);
      return p === null ? [] : [p];
    });
  const first = median(h.review.pains);
  const last = median([...latest, worst]);
  if (first === null || last === null) return false;
  if (last > first) return true;
  return last >= REVIEW_MIN_PAIN && last > first - REVIEW_MIN_FALL;
}

/** Outcome of a walk whose per-walk rules (priorities 3–5) gave `zone`, after the history-based rules. */
export interface Decision {
  outcome: Outcome;
  /** The walk steps the programme back (a red, or a second amber in a row). */
  stepBack: boolean;
  reasons: RuleId[];
}

/** Applies "2 ambers in a row → step back" and the escalation counters to a walk in `zone`. */
export function decide(h: WalkHistory, zone: Zone, worst: PainScore | null): Decision {
  const second = zone === 'amber' && followsAmber(h.walks, h.at, h.level, h.levelSince);
  const stepBack = zone === 'red' || second;
  const escalated = escalations(h, zone, stepBack, worst);
  const reasons: RuleId[] = [...(second ? (['second-amber-in-a-row'] as const) : []), ...escalated];
  if (escalated.length > 0) return { outcome: 'see-clinician', stepBack, reasons };
  const outcome: Outcome = stepBack ? 'step-back' : zone === 'amber' ? 'hold' : 'continue';
  return { outcome, stepBack, reasons };
}
