// The guided break's structure: warm-up and cool-down moves (doses as numbers, support, figures), walk cues, the
// questions and which answers they offer, outcomes and the reasons behind them (health-evidence.md part 2 (b)–(e);
// F-ids name the sources). Every text lives in the "content" messages (./i18n/en/content.ts, German in
// ./i18n/de/content.ts); this module names their keys, typed as `ContentKey`, so `t(move.name)` type-checks and a
// key that does not exist fails the build. Texts that stand alone (STOP_IF, disclaimers, the emergency banner,
// intros, notes) are looked up by literal key where they are shown: t('content:emergencyBanner'). Pure data that
// imports only types and the item lists (./walk-items), so the renderer may import it as a value. Illustrations live in resources/illustrations/.
import type { AdvisoryItem, PostureCue, WalkEndReason } from './break';
import type content from './i18n/en/content';
import type {
  ClinicianItem,
  EmergencyItem,
  Legs,
  NextDayFeeling,
  Outcome,
  PostWalkAnswers,
  PreWalkItem,
  RuleId,
  Side,
  TickedItems,
} from './walk';
import { ADVISORY_ITEMS, CLINICIAN_ITEMS, EMERGENCY_ITEMS, PRE_WALK_ITEMS } from './walk-items';

/** Dotted paths of every text in a messages object. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The key of one text in the "content" namespace, e.g. 'content:moves.W1.name'. Pass it to `t`. */
export type ContentKey = `content:${Leaves<typeof content>}`;

/** W1–W7 warm-up (W7 optional), C1–C4 cool-down. */
export type MoveId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6' | 'W7' | 'C1' | 'C2' | 'C3' | 'C4';

/** An inclusive range [min, max]; min === max for a single number. */
export type Range = readonly [min: number, max: number];

/** How much of a move to do. Seconds are seconds; reps and sets are counts. */
export type MoveDose =
  /** Keep going for `seconds`. */
  | { kind: 'timed'; seconds: number }
  /** `reps` repetitions (start at the lower number), each held `holdSeconds` if given; per side/leg if `perSide`. */
  | { kind: 'reps'; reps: Range; holdSeconds?: Range; perSide: boolean }
  /** A static stretch held `seconds` (`beginnerSeconds` when sore or new to it), `sets` times on each side. */
  | { kind: 'hold'; seconds: Range; beginnerSeconds: Range; sets: number; perSide: true; breaths?: number };

/** What a move needs to lean on: always stable and never on wheels (F29). */
export type MoveSupport = 'none' | 'desk-or-chair' | 'wall-or-desk';

export interface Move {
  id: MoveId;
  phase: 'warm-up' | 'cool-down';
  /** Only W7: offered, and easy to skip. */
  optional: boolean;
  name: ContentKey;
  /** Short steps, in order. */
  instruction: readonly ContentKey[];
  dose: MoveDose;
  /** The dose as a person reads it (the numbers of `dose`, written out). */
  doseText: ContentKey;
  /** Shown under the move, next to the always-visible STOP_IF line. */
  caution: ContentKey;
  support: MoveSupport;
  /** Another way to do the move (C2's seated option). */
  alternative?: ContentKey;
  /** Evidence ids in health-evidence.md part 1. */
  sources: readonly string[];
  /** File name in resources/illustrations/. */
  illustration: string;
}

type Moves = (typeof content)['moves'];
type StepId<M extends MoveId> = keyof Moves[M]['steps'] & string;

/** A move's text keys: its name, the given steps in order, dose and caution (the step ids are checked per move). */
function moveKeys<M extends MoveId>(
  id: M,
  steps: readonly StepId<M>[],
): Pick<Move, 'id' | 'name' | 'instruction' | 'doseText' | 'caution'> {
  const key = (path: string) => `content:moves.${id}.${path}` as ContentKey;
  return {
    id,
    name: key('name'),
    instruction: steps.map((step) => key(`steps.${step}`)),
    doseText: key('dose'),
    caution: key('caution'),
  };
}

/** Always visible on the warm-up and cool-down screens (F26, F28). */
export const STOP_IF: ContentKey = 'content:stopIf';

/** Rules shown once before the first move and repeated in each move's footer (part 2 (b)). */
export const STRETCH_RULES: readonly ContentKey[] = [
  'content:stretchRules.slow',
  STOP_IF,
  'content:stretchRules.warmUpHolds',
  'content:stretchRules.support',
  'content:stretchRules.notACure',
  'content:stretchRules.startLow',
];

const COOL_DOWN_HOLD = {
  kind: 'hold',
  seconds: [20, 30],
  beginnerSeconds: [10, 15],
  sets: 2,
  perSide: true,
} as const;

export const WARM_UP: readonly Move[] = [
  {
    ...moveKeys('W1', ['s1', 's2', 's3']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'timed', seconds: 60 },
    support: 'none',
    sources: ['F32'],
    illustration: 'w1-march.svg',
  },
  {
    ...moveKeys('W2', ['s1', 's2', 's3', 's4']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'reps', reps: [8, 10], holdSeconds: [2, 2], perSide: false },
    support: 'none',
    sources: ['F26', 'F27'],
    illustration: 'w2-pelvic-tilt.svg',
  },
  {
    ...moveKeys('W3', ['s1', 's2', 's3', 's4']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'reps', reps: [5, 5], holdSeconds: [2, 3], perSide: false },
    support: 'none',
    sources: ['F26'],
    illustration: 'w3-back-bend.svg',
  },
  {
    ...moveKeys('W4', ['s1', 's2', 's3', 's4']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'reps', reps: [5, 5], holdSeconds: [3, 5], perSide: true },
    support: 'none',
    sources: ['F29'],
    illustration: 'w4-trunk-turn.svg',
  },
  {
    ...moveKeys('W5', ['s1', 's2', 's3', 's4']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'reps', reps: [3, 5], holdSeconds: [2, 3], perSide: true },
    support: 'none',
    sources: ['F29'],
    illustration: 'w5-side-bend.svg',
  },
  {
    ...moveKeys('W6', ['s1', 's2', 's3']),
    phase: 'warm-up',
    optional: false,
    dose: { kind: 'reps', reps: [5, 5], perSide: true },
    support: 'desk-or-chair',
    sources: ['F29'],
    illustration: 'w6-knee-lift.svg',
  },
  {
    ...moveKeys('W7', ['s1', 's2', 's3', 's4']),
    phase: 'warm-up',
    optional: true,
    dose: { kind: 'reps', reps: [5, 8], perSide: false },
    support: 'desk-or-chair',
    sources: ['F32'],
    illustration: 'w7-cat-camel.svg',
  },
];

export const COOL_DOWN: readonly Move[] = [
  {
    ...moveKeys('C1', ['s1', 's2', 's3', 's4']),
    phase: 'cool-down',
    optional: false,
    dose: COOL_DOWN_HOLD,
    support: 'wall-or-desk',
    sources: ['F30', 'F31'],
    illustration: 'c1-calf.svg',
  },
  {
    ...moveKeys('C2', ['s1', 's2', 's3', 's4']),
    phase: 'cool-down',
    optional: false,
    dose: COOL_DOWN_HOLD,
    support: 'desk-or-chair',
    alternative: 'content:moves.C2.alternative',
    sources: ['F31'],
    illustration: 'c2-hamstring.svg',
  },
  {
    ...moveKeys('C3', ['s1', 's2', 's3']),
    phase: 'cool-down',
    optional: false,
    dose: COOL_DOWN_HOLD,
    support: 'desk-or-chair',
    sources: ['F27', 'F31', 'F34'],
    illustration: 'c3-hip-flexor.svg',
  },
  {
    ...moveKeys('C4', ['s1', 's2', 's3', 's4']),
    phase: 'cool-down',
    optional: false,
    dose: { ...COOL_DOWN_HOLD, breaths: 5 },
    support: 'desk-or-chair',
    sources: ['F27', 'F30', 'F31'],
    illustration: 'c4-thigh.svg',
  },
];

/** Optional floor exercises for home, mentioned after the cool-down (F27). */
export const AT_HOME_EXTRAS: readonly ContentKey[] = [
  'content:atHome.kneeToChest',
  'content:atHome.kneeRolls',
];

/** Minutes per walk at L1…L8 (WALK_LEVELS_MIN); steps of 2–5 min echo F24 and F26; 30 min is the WalkBack target (F12). */
export const LEVEL_MINUTES: readonly number[] = [5, 7, 10, 12, 15, 20, 25, 30];

// ---- The timed walk (part 2 (c); F25, F48–F50, F53) -----------------------------------------------------------

/** Minutes of easy pace at the start and at the end of every walk, counted in the total (F25). */
export const EASY_PACE_MIN: Range = [1, 2];

/** Shown during the easy start and the easy end (the minutes of EASY_PACE_MIN are written in the text). */
export const EASY_START_CUE: ContentKey = 'content:cues.easyStart';
export const EASY_END_CUE: ContentKey = 'content:cues.easyEnd';

/** From level 4 (12-minute walks) the middle part may be brisk, only if comfortable (F25). */
export const BRISK_CUE = { fromLevel: 4, text: 'content:cues.brisk' } as const satisfies {
  fromLevel: number;
  text: ContentKey;
};

/** The posture cue shown in turn during the steady part of the walk (F48, F50, F53). */
export const postureCueKey = (cue: PostureCue): ContentKey => `content:cues.posture.${cue}`;

/**
 * The "Before you go" card, shown on the check-in of every plan walk (part 2 (d)): the seed's advice in the spec's
 * order (shoes, flat even ground, posture) and then the stop-if line, the same texts the walk screen shows.
 */
export const BEFORE_YOU_GO: { advice: readonly ContentKey[]; stopIf: ContentKey } = {
  advice: (
    [
      'shoes',
      'level-ground',
      'head-up',
      'shoulders-relaxed',
      'no-lean',
    ] as const satisfies readonly PostureCue[]
  ).map(postureCueKey),
  stopIf: 'content:walkStopIf',
};

/** From level 6, after two green weeks, gentle slopes may be added (F50). */
export const SLOPE_CUE = { fromLevel: 6, text: 'content:cues.slope' } as const satisfies {
  fromLevel: number;
  text: ContentKey;
};

// ---- Questions (part 2 (c), (d)) ------------------------------------------------------------------------------

/** Each question's wording is a content key (and so are its other texts). */
type Questions = Record<string, { text: ContentKey } & Record<string, unknown>>;

/** One answer a question offers: its value and the key of its label. */
export interface Choice<T> {
  value: T;
  label: ContentKey;
}

/** A 0–10 numeric rating scale with labelled ends (F42). */
export type PainScale = {
  id: string;
  text: ContentKey;
  min: 0;
  max: 10;
  minLabel: ContentKey;
  maxLabel: ContentKey;
  /** The ends as a screen reader says them after the number ("0, no pain"). */
  minSpoken: ContentKey;
  maxSpoken: ContentKey;
};

const painScale = (id: string, text: ContentKey): PainScale => ({
  id,
  text,
  min: 0,
  max: 10,
  minLabel: 'content:painScale.min',
  maxLabel: 'content:painScale.max',
  minSpoken: 'content:painScale.minSpoken',
  maxSpoken: 'content:painScale.maxSpoken',
});

export const NONE_OF_THESE: ContentKey = 'content:noneOfThese';

/** P1 and Q7 (F35–F39). Any item blocks the walk / means urgent care. */
export const EMERGENCY_CHOICES: readonly Choice<EmergencyItem>[] = EMERGENCY_ITEMS.map((value) => ({
  value,
  label: `content:emergency.${value}`,
}));

/**
 * P1 (d): symptoms present now, before a walk. The emergency list with the fall item worded for before a walk,
 * plus numbness or weakness in both legs. Any item blocks the walk.
 */
export const preWalkKey = (item: PreWalkItem): ContentKey =>
  item === 'fall-severe-pain'
    ? 'content:preWalk.P1.fall'
    : item === 'both-legs-numb-weak'
      ? 'content:preWalk.P1.bothLegs'
      : `content:emergency.${item}`;

export const PRE_WALK_CHOICES: readonly Choice<PreWalkItem>[] = PRE_WALK_ITEMS.map((value) => ({
  value,
  label: preWalkKey(value),
}));

/** Q9 (F35, F39–F41). Any item pauses the plan until a clinician has been seen. */
export const CLINICIAN_CHOICES: readonly Choice<ClinicianItem>[] = CLINICIAN_ITEMS.map((value) => ({
  value,
  label: `content:clinician.${value}`,
}));

export const PRE_WALK = {
  P0: painScale('P0', 'content:preWalk.P0.text'),
  P1: {
    id: 'P1',
    text: 'content:preWalk.P1.text',
    choices: PRE_WALK_CHOICES,
    none: NONE_OF_THESE,
  },
} as const satisfies Questions;

const LEGS_CHOICES: readonly Choice<Legs>[] = (['no', 'one-leg', 'both-legs'] as const).map((value) => ({
  value,
  label: `content:legs.${value}`,
}));

const NEW_OR_WORSE: ContentKey = 'content:newOrWorse';

export const POST_WALK = {
  Q1: painScale('Q1', 'content:postWalk.Q1.text'),
  Q2: painScale('Q2', 'content:postWalk.Q2.text'),
  Q3: {
    id: 'Q3',
    text: 'content:postWalk.Q3.text',
    choices: (['yes', 'stopped-back', 'stopped-other'] as const).map((value) => ({
      value,
      label: `content:postWalk.Q3.options.${value}`,
    })) satisfies readonly Choice<PostWalkAnswers['finished']>[],
  },
  Q4: {
    id: 'Q4',
    text: 'content:postWalk.Q4.text',
    choices: (['no', 'above-knee', 'below-knee'] as const).map((value) => ({
      value,
      label: `content:postWalk.Q4.options.${value}`,
    })) satisfies readonly Choice<PostWalkAnswers['spread']['where']>[],
    sideText: 'content:postWalk.Q4.sideText',
    sides: (['left', 'right', 'both'] as const).map((value) => ({
      value,
      label: `content:postWalk.Q4.sides.${value}`,
    })) satisfies readonly Choice<Side>[],
    newOrWorse: NEW_OR_WORSE,
  },
  Q5: {
    id: 'Q5',
    text: 'content:postWalk.Q5.text',
    choices: LEGS_CHOICES,
    newOrWorse: NEW_OR_WORSE,
  },
  Q6: {
    id: 'Q6',
    text: 'content:postWalk.Q6.text',
    choices: LEGS_CHOICES,
    gettingWorse: 'content:postWalk.Q6.gettingWorse',
  },
  Q7: {
    id: 'Q7',
    text: 'content:postWalk.Q7.text',
    choices: EMERGENCY_CHOICES,
    none: NONE_OF_THESE,
  },
  Q8: {
    id: 'Q8',
    text: 'content:postWalk.Q8.text',
    choices: (['no', 'once-settled', 'more-than-once'] as const).map((value) => ({
      value,
      label: `content:postWalk.Q8.options.${value}`,
    })) satisfies readonly Choice<PostWalkAnswers['catching']>[],
  },
  Q9: { id: 'Q9', text: 'content:postWalk.Q9.text', choices: CLINICIAN_CHOICES, none: NONE_OF_THESE },
  Q10: {
    id: 'Q10',
    text: 'content:postWalk.Q10.text',
    /** Only ever used to suggest a slower pace, never as a safety signal. */
    choices: (['easy', 'about-right', 'hard'] as const).map((value) => ({
      value,
      label: `content:postWalk.Q10.options.${value}`,
    })) satisfies readonly Choice<PostWalkAnswers['effort']>[],
  },
} as const satisfies Questions;

/** Q3 as the way the walk ended answers it (the window starts Q3 there; core holds "back" to it). */
export const FINISHED_BY_END_REASON: Readonly<Record<WalkEndReason, PostWalkAnswers['finished']>> = {
  completed: 'yes',
  back: 'stopped-back',
  other: 'stopped-other',
};

/** "End early" asks why (Q3 is then answered from it). */
export const END_EARLY_CHOICES: readonly Choice<Exclude<WalkEndReason, 'completed'>>[] = (
  ['back', 'other'] as const
).map((value) => ({ value, label: `content:endEarly.${value}` }));

export const NEXT_DAY = {
  N1: {
    id: 'N1',
    text: 'content:nextDay.N1.text',
    /** The 48-hour re-ask, when the first answer was "worse…". */
    text48h: 'content:nextDay.N1.text48h',
    choices: (['better', 'same', 'worse-settling', 'worse-not-settling'] as const).map((value) => ({
      value,
      label: `content:nextDay.N1.options.${value}`,
    })) satisfies readonly Choice<NextDayFeeling>[],
  },
  N2: painScale('N2', 'content:nextDay.N2.text'),
} as const satisfies Questions;

/** First-run starting-level question (part 2 (c)). */
export const STARTING_QUESTION: ContentKey = 'content:startingQuestion';

/** Onboarding, once and every 4 weeks: a "yes" is advisory, never blocking (F35, F39–F41). */
export const ADVISORY_QUESTIONS: readonly Choice<AdvisoryItem>[] = ADVISORY_ITEMS.map((value) => ({
  value,
  label: `content:advisory.questions.${value}`,
}));

// ---- Outcomes (part 2 (d), "App response" and "Copy guidance") ------------------------------------------------

export interface OutcomeCopy {
  /** The screen's heading. */
  title: ContentKey;
  /** What it means and what happens next, calm and factual: paragraphs in order. */
  body: readonly ContentKey[];
}

/** What each outcome screen says. The next walk's length is added by the screen when there is one. */
export const OUTCOME_COPY: Readonly<Record<Outcome, OutcomeCopy>> = {
  urgent: {
    title: 'content:outcomes.urgent.title',
    // The explanation per cause (urgentCauses) goes between p1 and p3.
    body: ['content:outcomes.urgent.body.p1', 'content:outcomes.urgent.body.p3'],
  },
  'see-clinician': {
    title: 'content:outcomes.see-clinician.title',
    body: ['content:outcomes.see-clinician.body.p1', 'content:outcomes.see-clinician.body.p2'],
  },
  'step-back': {
    title: 'content:outcomes.step-back.title',
    body: ['content:outcomes.step-back.body.p1', 'content:outcomes.step-back.body.p2'],
  },
  hold: {
    title: 'content:outcomes.hold.title',
    body: ['content:outcomes.hold.body.p1', 'content:outcomes.hold.body.p2'],
  },
  continue: { title: 'content:outcomes.continue.title', body: ['content:outcomes.continue.body.p1'] },
};

/** Why the rules decided what they did, in plain words, for the outcome and paused screens and the summary. */
export const reasonKey = (rule: RuleId): ContentKey => `content:reasons.${rule}`;

/** An emergency item's text (P1, Q7), for lists outside the question (the clinician summary). */
export const emergencyKey = (item: EmergencyItem): ContentKey => `content:emergency.${item}`;

/** A Q9 item's text, for lists outside the question. */
export const clinicianKey = (item: ClinicianItem): ContentKey => `content:clinician.${item}`;

/** Why urgent care is needed, per cause (part 2 (d)); 'unknown' when an older record does not say what was ticked. */
export type UrgentCause = 'spinal' | 'heart' | 'injury' | 'unknown';

/** Urgent rules that mean possible pressure on the nerves at the base of the spine (cauda equina, F35–F38). */
const SPINAL_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'numbness-both-legs',
  'weakness-both-legs',
  'weakness-getting-worse',
  'spread-both-sides-new',
]);

const causeOfItem = (item: PreWalkItem): UrgentCause =>
  item === 'chest-pain-breathless' ? 'heart' : item === 'fall-severe-pain' ? 'injury' : 'spinal';

/**
 * The causes the urgent screen explains, in a fixed order: the spinal explanation only for saddle, bladder, bowel,
 * sexual-function or both-leg signs, never for chest pain or a fall.
 */
export function urgentCauses(ev: { reasons: readonly RuleId[]; items?: TickedItems }): UrgentCause[] {
  const found = new Set<UrgentCause>();
  for (const item of [...(ev.items?.before ?? []), ...(ev.items?.after ?? [])]) found.add(causeOfItem(item));
  if (ev.reasons.some((r) => SPINAL_RULES.has(r))) found.add('spinal');
  if (found.size === 0) found.add('unknown');
  return (['spinal', 'heart', 'injury', 'unknown'] as const).filter((c) => found.has(c));
}

export const urgentCauseKey = (cause: UrgentCause): ContentKey => `content:outcomes.urgent.causes.${cause}`;

/**
 * The reasons in plain words, with "you ticked something from the list" replaced by what was ticked (P1 items in
 * their before-a-walk wording, Q7 and Q9 items as asked). Older records without the items keep the general line.
 */
export function reasonLines(reasons: readonly RuleId[], items?: TickedItems): ContentKey[] {
  return reasons.flatMap((r): ContentKey[] => {
    if (r === 'emergency-before-walk' && items?.before.length) return items.before.map(preWalkKey);
    if (r === 'emergency-item' && items?.after.length) return items.after.map(emergencyKey);
    if (r === 'clinician-item' && items?.clinician.length) return items.clinician.map(clinicianKey);
    return [reasonKey(r)];
  });
}
