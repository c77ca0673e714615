// Post-walk symptom rules of health-evidence.md (d): the prioritised table (first match wins), the pre-walk
// emergency check and the next-day upgrades. Pure; the history-based rules live in escalation.ts.
import * as v from 'valibot';
import type {
  NextDayCheck,
  Outcome,
  PainScore,
  PostWalkAnswers,
  PreWalkCheck,
  RuleId,
  WalkEvaluation,
  Zone,
} from '../shared/walk';
import { nextDayArgsSchema, pain as painSchema, postWalkSchema, preWalkSchema } from '../shared/walk-schemas';
import { localDayIndex } from './calendar';
import { decide, worseOutcome, type WalkHistory } from './escalation';

/** Green allows a rise of up to 2 points, the minimal important change (GREEN_MAX_DELTA; F42–F44, F47). */
export const GREEN_MAX_DELTA = 2;
/** Δ of 5 or more is red (RED_MIN_DELTA). */
export const RED_MIN_DELTA = 5;
/** Peak pain: 6 is amber, 7 or more red, 8 or more with a worse next day means see a clinician (F45, F47). */
export const AMBER_PEAK = 6;
export const RED_MIN_PEAK = 7;
export const CLINICIAN_PEAK = 8;
/** How many earlier pre-walk scores give B when P0 is skipped. */
export const BASELINE_SCORES = 3;

/**
 * Fail closed (d): an answer that is missing, not a number or out of range is never read as a good answer. The
 * IPC schemas refuse such answers already; the rules check again instead of depending on that, and refuse.
 */
export class AnswersRefused extends Error {
  constructor(what: string) {
    super(`the symptom rules refuse ${what}: an answer is missing, not a number or out of range`);
    this.name = 'AnswersRefused';
  }
}

function refuseUnless<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) throw new AnswersRefused(what);
  return parsed.output;
}

/** True for a pain score the rules may read: an integer 0–10. */
export const isPainScore = (n: unknown): n is PainScore => v.is(painSchema, n);

/**
 * P (d): the worse of pain now (Q1) and the peak during the walk (Q2). Pain that rises after the walk or in the
 * cool-down counts as much as pain during it; every rule that reads a pain level reads P.
 */
export function worstPain(a: Pick<PostWalkAnswers, 'painNow' | 'peak'>): PainScore {
  return Math.max(a.painNow, a.peak);
}

/** Q9 items whose wording says "urgent GP appointment / NHS 111" (d) priority 2, F35. */
const URGENT_GP_ITEMS = new Set<string>(['fever-unwell', 'night-pain', 'cancer-history']);

/**
 * B (d): P0, or else the median of the last 3 pre-walk scores. With an even count the lower middle value is
 * used (a lower B gives a larger Δ: the cautious side). Null when there is no score at all.
 */
export function baselineOf(p0: PainScore | null, earlier: readonly PainScore[]): PainScore | null {
  if (p0 !== null) return refuseUnless(painSchema, p0, 'a pre-walk pain score');
  // A score that is not one (never written by core) is left out rather than read as low or high.
  const last = earlier
    .filter(isPainScore)
    .slice(-BASELINE_SCORES)
    .sort((a, b) => a - b);
  return last.length === 0 ? null : (last[Math.floor((last.length - 1) / 2)] ?? null);
}

/** Priority 1, seek urgent care now: possible cauda equina, chest pain, or a fall (F35–F39). */
function urgentRules(a: PostWalkAnswers, pre: PreWalkCheck): RuleId[] {
  const hit: RuleId[] = [];
  if (pre.emergency.length > 0) hit.push('emergency-before-walk');
  if (a.emergency.length > 0) hit.push('emergency-item');
  if (a.numbness.where === 'both-legs') hit.push('numbness-both-legs');
  if (a.weakness.where === 'both-legs') hit.push('weakness-both-legs');
  // F36: weakness that is getting worse; a leg must be named for the checkbox to count.
  if (a.weakness.where !== 'no' && a.weakness.gettingWorse) hit.push('weakness-getting-worse');
  // NHS lists pain in both legs as a 999 sign; GIRFT frames it as new or worsening (F35, F38).
  if (a.spread.where !== 'no' && a.spread.side === 'both' && a.spread.newOrWorse)
    hit.push('spread-both-sides-new');
  return hit;
}

/** Priority 2 from the answers alone: pause and see a GP or physio soon (F35, F39–F41). */
function clinicianRules(a: PostWalkAnswers): RuleId[] {
  const hit: RuleId[] = [];
  if (a.numbness.where === 'one-leg' && a.numbness.newOrWorse) hit.push('numbness-one-leg-new');
  if (a.weakness.where === 'one-leg') hit.push('weakness-one-leg');
  if (a.spread.where !== 'no') {
    if (a.spread.side === 'both' && !a.spread.newOrWorse) hit.push('spread-both-sides');
    if (a.spread.where === 'below-knee' && a.spread.side !== 'both' && a.spread.newOrWorse)
      hit.push('spread-below-knee-new');
  }
  if (a.catching === 'more-than-once') hit.push('catching-repeated');
  if (a.clinician.length > 0) hit.push('clinician-item');
  return hit;
}

/** Priority 3, step back (red): Δ ≥ 5 or P ≥ 7 (F45, F47). */
function redRules(p: PainScore, delta: number | null): RuleId[] {
  const hit: RuleId[] = [];
  if (delta !== null && delta >= RED_MIN_DELTA) hit.push('delta-5-plus');
  if (p >= RED_MIN_PEAK) hit.push('peak-7-plus');
  return hit;
}

/** Priority 4, hold (amber): a rise above 2 (3–4), P = 6, stopping for the back, familiar one-sided symptoms. */
function amberRules(a: PostWalkAnswers, p: PainScore, delta: number | null): RuleId[] {
  const hit: RuleId[] = [];
  if (delta !== null && delta > GREEN_MAX_DELTA && delta < RED_MIN_DELTA) hit.push('delta-3-4');
  if (p === AMBER_PEAK) hit.push('peak-6');
  if (a.finished === 'stopped-back') hit.push('stopped-for-back');
  if (a.spread.where !== 'no' && a.spread.side !== 'both') {
    if (a.spread.where === 'above-knee') hit.push('spread-above-knee');
    else if (!a.spread.newOrWorse) hit.push('spread-below-knee-familiar');
  }
  if (a.numbness.where === 'one-leg' && !a.numbness.newOrWorse) hit.push('numbness-one-leg-familiar');
  if (a.catching === 'once-settled') hit.push('catching-once');
  return hit;
}

/**
 * Evaluates a walk straight after it (d): priority 1 urgent, 2 see a clinician, 3 step back (red), 4 hold
 * (amber), 5 continue (green); the first priority with a rule that fires decides. For priorities 3–5 the
 * programme rules then apply (escalation.ts): a second amber in a row steps back, and 2 reds in 14 days,
 * 3 step-backs in 28 days or no improvement after 4 weeks mean see a clinician (d) priority 2, (c).
 * Pain levels are read as P (the worse of Q1 and Q2) and Δ = P − B. `history` is the programme before this walk,
 * at this walk's time (`walkHistory(programme, at)`). Throws AnswersRefused for a missing or out-of-range answer.
 */
export function evaluateWalk(
  input: PostWalkAnswers,
  before: PreWalkCheck,
  history: WalkHistory,
): WalkEvaluation {
  const answers = refuseUnless(postWalkSchema, input, 'the post-walk answers');
  const pre = refuseUnless(preWalkSchema, before, 'the pre-walk check');
  const worst = worstPain(answers);
  const baseline = baselineOf(pre.pain, history.preWalkPains);
  const delta = baseline === null ? null : worst - baseline;
  const tiers = [
    urgentRules(answers, pre),
    clinicianRules(answers),
    redRules(worst, delta),
    amberRules(answers, worst, delta),
  ];
  const perWalk = tiers.flat();
  const common = {
    urgentGp: answers.clinician.some((item) => URGENT_GP_ITEMS.has(item)),
    suggestSlowerPace: answers.effort === 'hard',
    baseline,
    delta,
    painBefore: pre.pain,
    painAfter: answers.painNow,
    worst,
    items: { before: [...pre.emergency], after: [...answers.emergency], clinician: [...answers.clinician] },
  };
  const first = tiers.findIndex((t) => t.length > 0);
  if (first === 0 || first === 1) {
    const outcome: Outcome = first === 0 ? 'urgent' : 'see-clinician';
    return { ...common, outcome, zone: 'red', reasons: tiers[first] ?? [], fired: perWalk };
  }
  const zone: Zone = first === 2 ? 'red' : first === 3 ? 'amber' : 'green';
  const decision = decide(history, zone, worst);
  const own = first >= 0 ? (tiers[first] ?? []) : [];
  const reasons = orComfortable([...own, ...decision.reasons]);
  return {
    ...common,
    outcome: decision.outcome,
    zone,
    reasons,
    fired: orComfortable([...perWalk, ...decision.reasons]),
  };
}

const orComfortable = (ids: RuleId[]): RuleId[] => (ids.length > 0 ? ids : ['comfortable']);

/**
 * P1 (d): any emergency item present now (or numbness or weakness in both legs) blocks the walk and shows the
 * urgent screen; null when the walk may start. Throws AnswersRefused for a malformed check.
 */
export function evaluatePreWalk(before: PreWalkCheck): WalkEvaluation | null {
  const pre = refuseUnless(preWalkSchema, before, 'the pre-walk check');
  if (pre.emergency.length === 0) return null;
  const reasons: RuleId[] = ['emergency-before-walk'];
  return {
    outcome: 'urgent',
    zone: 'red',
    reasons,
    fired: reasons,
    urgentGp: false,
    suggestSlowerPace: false,
    baseline: pre.pain,
    delta: null,
    painBefore: pre.pain,
    painAfter: null,
    worst: null,
    items: { before: [...pre.emergency], after: [], clinician: [] },
  };
}

/**
 * What a next-day check says on its own (d): P ≥ 8 on any walk of that day with a worse day, or still not
 * settling at 48 h → see a clinician (priority 2); not settling at 24 h → step back (priority 3); worse but
 * settling → hold (4). Null when the day is better or the same (green stays green: back at B within 24 h, F45,
 * F47). `dayWorst` is the highest P of the day's walks; null (not known) is read as the worst value (fail
 * closed). Throws AnswersRefused for a malformed check.
 */
export function nextDayRules(
  input: NextDayCheck,
  dayWorst: PainScore | null,
): { outcome: Outcome; reasons: RuleId[] } | null {
  const { checkpoint, feeling, pain } = input;
  const args = refuseUnless(nextDayArgsSchema, { checkpoint, feeling, pain }, 'the next-day check');
  const check = { ...args, at: input.at };
  const worst = dayWorst === null ? 10 : refuseUnless(painSchema, dayWorst, "the day's pain");
  const worse = check.feeling === 'worse-settling' || check.feeling === 'worse-not-settling';
  if (!worse) return null;
  const reasons: RuleId[] = [];
  if (worst >= CLINICIAN_PEAK) reasons.push('peak-8-worse-next-day');
  if (check.feeling === 'worse-not-settling' && check.checkpoint === '48h') reasons.push('not-settling-48h');
  if (reasons.length > 0) return { outcome: 'see-clinician', reasons };
  if (check.feeling === 'worse-not-settling') return { outcome: 'step-back', reasons: ['not-settling-24h'] };
  return { outcome: 'hold', reasons: ['worse-settling-next-day'] };
}

/** Re-evaluates a day's outcome with a next-day check (`dayWorst`: highest P that day). Only ever upgrades. */
export function applyNextDay(previous: Outcome, check: NextDayCheck, dayWorst: PainScore | null): Outcome {
  const found = nextDayRules(check, dayWorst);
  return found === null ? previous : worseOutcome(previous, found.outcome);
}

/**
 * Which next-day check is due for a walk at `walkAt`, given the checks already answered: the 24-h check on
 * the next local day or the one after; the 48-h re-ask, when the 24-h answer was worse, on local day 2 or 3.
 * Null when none is due (too early, answered, or too late to compare with "before yesterday's walk").
 */
export function nextDayCheckDue(
  walkAt: number,
  answered: readonly NextDayCheck[],
  now: number,
): '24h' | '48h' | null {
  const days = localDayIndex(now) - localDayIndex(walkAt);
  const first = answered.find((c) => c.checkpoint === '24h');
  if (first === undefined) return days >= 1 && days <= 2 ? '24h' : null;
  const worse = first.feeling === 'worse-settling' || first.feeling === 'worse-not-settling';
  const again = worse && !answered.some((c) => c.checkpoint === '48h');
  const laterDay = localDayIndex(now) > localDayIndex(first.at);
  return again && laterDay && days >= 2 && days <= 3 ? '48h' : null;
}
