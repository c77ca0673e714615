// Valibot schemas of the walk DTOs: the break operations' arguments (strict: integers 0–10 for pain, picklists
// for every literal, unique items) and the stored programme file, which core checks before trusting it.
import * as v from 'valibot';
import type { OnboardingAnswers } from './break';
import type { Level, Outcome, PostWalkAnswers, PreWalkCheck, RecordedAnswers, RuleId, Zone } from './walk';
import { ADVISORY_ITEMS, CLINICIAN_ITEMS, EMERGENCY_ITEMS, PRE_WALK_ITEMS } from './walk-items';

export const OUTCOMES: readonly Outcome[] = ['urgent', 'see-clinician', 'step-back', 'hold', 'continue'];
export const ZONES: readonly Zone[] = ['green', 'amber', 'red'];
const LEVELS: readonly Level[] = [1, 2, 3, 4, 5, 6, 7, 8];
/** Every RuleId, so stored reasons can be checked (the record makes a missing or unknown id a compile error). */
const RULES: Record<RuleId, true> = {
  'emergency-before-walk': true,
  'emergency-item': true,
  'numbness-both-legs': true,
  'weakness-both-legs': true,
  'weakness-getting-worse': true,
  'spread-both-sides-new': true,
  'numbness-one-leg-new': true,
  'weakness-one-leg': true,
  'spread-both-sides': true,
  'spread-below-knee-new': true,
  'catching-repeated': true,
  'clinician-item': true,
  'peak-8-worse-next-day': true,
  'not-settling-48h': true,
  'two-reds-14d': true,
  'three-step-backs-28d': true,
  'no-improvement-28d': true,
  'delta-5-plus': true,
  'peak-7-plus': true,
  'not-settling-24h': true,
  'delta-3-4': true,
  'peak-6': true,
  'stopped-for-back': true,
  'spread-above-knee': true,
  'spread-below-knee-familiar': true,
  'numbness-one-leg-familiar': true,
  'catching-once': true,
  'worse-settling-next-day': true,
  'second-amber-in-a-row': true,
  comfortable: true,
};
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Pain on the 0–10 scale: an integer (NaN, Infinity and fractions fail). */
export const pain = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));
const wallMs = v.pipe(v.number(), v.finite(), v.minValue(0));
const level = v.picklist(LEVELS);

/** An array of distinct picklist items, at most one of each. */
function uniqueOf<T extends string>(items: readonly T[]) {
  return v.pipe(
    v.array(v.picklist(items)),
    v.maxLength(items.length),
    v.check((list) => new Set(list).size === list.length, 'items must not repeat'),
  );
}

export const preWalkSchema: v.GenericSchema<unknown, PreWalkCheck> = v.strictObject({
  pain: v.nullable(pain),
  emergency: uniqueOf(PRE_WALK_ITEMS),
});

const side = v.picklist(['left', 'right', 'both'] as const);
const legs = v.picklist(['no', 'one-leg', 'both-legs'] as const);

/** Q3–Q10: the answers a walk's history event keeps (Q1 and Q2 are its painAfter and peak). */
const recordedEntries = {
  finished: v.picklist(['yes', 'stopped-back', 'stopped-other'] as const),
  spread: v.union([
    v.strictObject({ where: v.literal('no') }),
    v.strictObject({
      where: v.picklist(['above-knee', 'below-knee'] as const),
      side,
      newOrWorse: v.boolean(),
    }),
  ]),
  numbness: v.strictObject({ where: legs, newOrWorse: v.boolean() }),
  weakness: v.strictObject({ where: legs, gettingWorse: v.boolean() }),
  emergency: uniqueOf(EMERGENCY_ITEMS),
  catching: v.picklist(['no', 'once-settled', 'more-than-once'] as const),
  clinician: uniqueOf(CLINICIAN_ITEMS),
  effort: v.picklist(['easy', 'about-right', 'hard'] as const),
};

export const recordedAnswersSchema: v.GenericSchema<unknown, RecordedAnswers> =
  v.strictObject(recordedEntries);

export const postWalkSchema: v.GenericSchema<unknown, PostWalkAnswers> = v.strictObject({
  painNow: pain,
  peak: pain,
  ...recordedEntries,
});

export const onboardingSchema: v.GenericSchema<unknown, OnboardingAnswers> = v.strictObject({
  comfortableMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)),
  currentPain: pain,
  inFlare: v.boolean(),
  clinicianLevel: v.optional(level),
  advisory: uniqueOf(ADVISORY_ITEMS),
});

export const nextDayArgsSchema = v.strictObject({
  checkpoint: v.picklist(['24h', '48h'] as const),
  feeling: v.picklist(['better', 'same', 'worse-settling', 'worse-not-settling'] as const),
  pain,
});

export const levelSchema = level;

/** The clearance form: the local day a clinician saw the user (YYYY-MM-DD) and the level they advised, if any. */
export const clearanceSchema = v.strictObject({
  level: v.optional(level),
  seenOn: v.pipe(
    v.string(),
    v.maxLength(10),
    v.isoDate(),
    v.check((day) => {
      const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    }, 'not a real day'),
  ),
});

// The stored programme file: loose objects (unknown keys are ignored) but every field checked.
const ruleIds = v.array(v.picklist(RULE_IDS));
const outcome = v.picklist(OUTCOMES);
const zone = v.picklist(ZONES);

const programmeSchema = v.object({
  level,
  status: v.picklist(['active', 'paused', 'locked'] as const),
  statusReasons: ruleIds,
  startedAt: wallMs,
  levelSince: wallMs,
  greens: v.array(wallMs),
  walks: v.array(
    v.object({
      at: wallMs,
      level,
      zone,
      outcome,
      painAfter: v.nullable(pain),
      worst: v.optional(v.nullable(pain)),
      stepBack: v.boolean(),
      advanced: v.boolean(),
    }),
  ),
  review: v.nullable(v.object({ firstDay: v.pipe(v.string(), v.isoDate()), pains: v.array(pain) })),
  preWalkPains: v.array(pain),
  restDay: v.nullable(v.pipe(v.string(), v.isoDate())),
  lastWalkAt: v.nullable(wallMs),
  levelBeforeGap: v.nullable(level),
});

const evaluationSchema = v.object({
  outcome,
  zone,
  reasons: ruleIds,
  fired: ruleIds,
  urgentGp: v.boolean(),
  suggestSlowerPace: v.boolean(),
  baseline: v.nullable(pain),
  delta: v.nullable(v.pipe(v.number(), v.finite())),
  painBefore: v.nullable(pain),
  painAfter: v.nullable(pain),
  worst: v.optional(v.nullable(pain)),
  items: v.optional(
    v.object({
      before: v.array(v.picklist(PRE_WALK_ITEMS)),
      after: v.array(v.picklist(EMERGENCY_ITEMS)),
      clinician: v.array(v.picklist(CLINICIAN_ITEMS)),
    }),
  ),
});

const nextDayCheckSchema = v.object({ ...nextDayArgsSchema.entries, at: wallMs });

/** One local day of programme walks, for the next-day check (electron/core/walk-days.ts). */
const walkDaySchema = v.object({
  walks: v.pipe(v.array(wallMs), v.minLength(1)),
  worst: v.nullable(pain),
  outcome,
  nextDay: v.array(nextDayCheckSchema),
});

/** The programme file (programme.json): version 1. */
export const storedBreakSchema = v.object({
  version: v.literal(1),
  programme: programmeSchema,
  advisory: v.array(v.picklist(ADVISORY_ITEMS)),
  /** Wall ms the advisory questions were last answered; absent in files written before it existed. */
  advisoryAt: v.optional(wallMs),
  /** Wall ms the plan was last paused or locked (clearance waits a minute after it); absent in older files. */
  haltedAt: v.optional(wallMs),
  lastWalk: v.nullable(
    v.object({
      at: wallMs,
      peak: v.nullable(pain),
      outcome,
      evaluation: evaluationSchema,
      nextDay: v.array(nextDayCheckSchema),
    }),
  ),
  /**
   * The recent local days with walks, for the next-day check of every walk of a day; absent in files written
   * before it existed (the last walk then stands for its day).
   */
  walkDays: v.optional(v.array(walkDaySchema)),
  /**
   * The next-day check the morning notification was last shown for (it never comes twice for one check, across
   * restarts); absent before it was first shown. A damaged value is dropped (at worst the notification comes once
   * more), never the whole programme.
   */
  morningShown: v.fallback(
    v.optional(v.object({ walkAt: wallMs, checkpoint: nextDayArgsSchema.entries.checkpoint })),
    undefined,
  ),
});

export type StoredBreak = v.InferOutput<typeof storedBreakSchema>;
