// What the guided break says and shows: warm-up and cool-down moves, walk cues, question wording, disclaimers and
// the emergency banner (health-evidence.md part 2 (b)–(e), in our own words; F-ids name the sources). Pure data
// with type-only imports, so the renderer may import it as a value. Illustrations live in resources/illustrations/.
import type { AdvisoryItem, PostureCue, WalkEndReason } from './break';
import type {
  ClinicianItem,
  EmergencyItem,
  Legs,
  NextDayFeeling,
  Outcome,
  PostWalkAnswers,
  RuleId,
  Side,
} from './walk';

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
  name: string;
  /** Short steps, in order. */
  instruction: readonly string[];
  dose: MoveDose;
  /** The dose as a person reads it. */
  doseText: string;
  /** Shown under the move, next to the always-visible STOP_IF line. */
  caution: string;
  support: MoveSupport;
  /** Another way to do the move (C2's seated option). */
  alternative?: string;
  /** Evidence ids in health-evidence.md part 1. */
  sources: readonly string[];
  /** File name in resources/illustrations/. */
  illustration: string;
}

/** Always visible on the warm-up and cool-down screens (F26, F28). */
export const STOP_IF =
  'Stop the move if it gives you sharp pain, or pain, pins and needles or numbness that spreads into a leg.';

/** Rules shown once before the first move and repeated in each move's footer (part 2 (b)). */
export const STRETCH_RULES: readonly string[] = [
  'Move slowly and never bounce. A mild, comfortable stretch is enough.',
  STOP_IF,
  'The warm-up uses gentle movement and short holds; the longer holds come in the cool-down, once you are warm.',
  'Wherever balance is involved, hold something solid that will not roll: a desk edge, a wall or a fixed chair.',
  'These moves help you feel looser and more comfortable. They are not a cure for back pain.',
  'Start at the lower number of repetitions. If it feels fine, add 1 or 2 every few sessions.',
];

export const WARM_UP_INTRO =
  'About 3–5 minutes of gentle moves to get warm before you walk. Keep every movement small and easy.';

export const COOL_DOWN_INTRO =
  'Straight after the walk: hold each stretch for 20–30 seconds, twice on each side. If you are sore or new to ' +
  'stretching, start with 10–15 seconds. Breathe slowly and do not bounce.';

const COOL_DOWN_HOLD = {
  kind: 'hold',
  seconds: [20, 30],
  beginnerSeconds: [10, 15],
  sets: 2,
  perSide: true,
} as const;

export const WARM_UP: readonly Move[] = [
  {
    id: 'W1',
    phase: 'warm-up',
    optional: false,
    name: 'Easy march on the spot',
    instruction: [
      'Stand up straight next to your desk.',
      'Raise one knee, then the other, at a relaxed pace.',
      'Let your arms swing loosely. This is just to warm you up.',
    ],
    dose: { kind: 'timed', seconds: 60 },
    doseText: '60 seconds',
    caution: 'If you feel wobbly, rest one hand on the desk.',
    support: 'none',
    sources: ['F32'],
    illustration: 'w1-march.svg',
  },
  {
    id: 'W2',
    phase: 'warm-up',
    optional: false,
    name: 'Standing pelvic tilt',
    instruction: [
      'Stand with your feet hip-width apart, knees slightly bent and hands on your hips.',
      'Slowly tuck your tailbone under so your lower back flattens a little.',
      'Then tip the other way so your lower back arches a little.',
      'Keep the rocking small and smooth, and keep breathing.',
    ],
    dose: { kind: 'reps', reps: [8, 10], holdSeconds: [2, 2], perSide: false },
    doseText: '8–10 slow reps, pausing about 2 seconds at each end',
    caution: 'Keep the movement small. Stop if it gives you sharp pain.',
    support: 'none',
    sources: ['F26', 'F27'],
    illustration: 'w2-pelvic-tilt.svg',
  },
  {
    id: 'W3',
    phase: 'warm-up',
    optional: false,
    name: 'Standing back bend',
    instruction: [
      'Stand with your feet shoulder-width apart.',
      'Put your palms on the back of your hips, fingers pointing down.',
      'Keep looking ahead, push your hips forward and lean your upper body back a little.',
      'Come back to standing tall.',
    ],
    dose: { kind: 'reps', reps: [5, 5], holdSeconds: [2, 3], perSide: false },
    doseText: '5 reps, holding each for about 2–3 seconds',
    caution:
      'Only go as far as feels comfortable. Leave this one out if it sends pain or tingling into your buttock or ' +
      'leg, or if a clinician has told you not to bend backwards.',
    support: 'none',
    sources: ['F26'],
    illustration: 'w3-back-bend.svg',
  },
  {
    id: 'W4',
    phase: 'warm-up',
    optional: false,
    name: 'Standing trunk turn',
    instruction: [
      'Fold your arms across your chest, hands resting on your shoulders.',
      'Keep your hips and knees pointing straight ahead.',
      'Turn your shoulders slowly to one side until you feel a gentle stretch, then come back to the middle.',
      'Turn to the other side in the same way.',
    ],
    dose: { kind: 'reps', reps: [5, 5], holdSeconds: [3, 5], perSide: true },
    doseText: '5 to each side, holding each turn for 3–5 seconds',
    caution: 'Turn slowly and under control, without swinging or jerking.',
    support: 'none',
    sources: ['F29'],
    illustration: 'w4-trunk-turn.svg',
  },
  {
    id: 'W5',
    phase: 'warm-up',
    optional: false,
    name: 'Standing side bend',
    instruction: [
      'Stand tall with your arms hanging by your sides.',
      'Slide one hand down the outside of your thigh, bending sideways at the waist.',
      'Feel the other side of your body lengthen, then come back up.',
      'Repeat on the other side.',
    ],
    dose: { kind: 'reps', reps: [3, 5], holdSeconds: [2, 3], perSide: true },
    doseText: '3–5 to each side, holding each for 2–3 seconds',
    caution: 'Bend straight to the side, not forwards or backwards. Ease off if it pinches.',
    support: 'none',
    sources: ['F29'],
    illustration: 'w5-side-bend.svg',
  },
  {
    id: 'W6',
    phase: 'warm-up',
    optional: false,
    name: 'Supported knee lifts',
    instruction: [
      'Hold on to your desk or the back of a chair that does not move.',
      'Lift one knee towards hip height, or as high as is comfortable.',
      'Lower it slowly, then lift the other knee.',
    ],
    dose: { kind: 'reps', reps: [5, 5], perSide: true },
    doseText: '5 with each leg',
    caution: 'Hold something stable. Never lean on a chair with wheels.',
    support: 'desk-or-chair',
    sources: ['F29'],
    illustration: 'w6-knee-lift.svg',
  },
  {
    id: 'W7',
    phase: 'warm-up',
    optional: true,
    name: 'Desk cat–camel',
    instruction: [
      'Stand an arm’s length from a sturdy desk and rest your hands on its edge.',
      'Step back and bend at the hips until your back is about level.',
      'Gently round your back up towards the ceiling and let your head drop.',
      'Then gently let your back sag a little while you look slightly forward.',
    ],
    dose: { kind: 'reps', reps: [5, 8], perSide: false },
    doseText: '5–8 slow reps',
    caution:
      'Stay within what is comfortable. Leave it out if bending forward makes the pain in your leg worse.',
    support: 'desk-or-chair',
    sources: ['F32'],
    illustration: 'w7-cat-camel.svg',
  },
];

export const COOL_DOWN: readonly Move[] = [
  {
    id: 'C1',
    phase: 'cool-down',
    optional: false,
    name: 'Calf stretch at the wall or desk',
    instruction: [
      'Put both hands on a wall or your desk.',
      'Step one foot back. Keep that leg straight and its heel pressed into the floor.',
      'Bend your front knee, with toes and hips facing forward.',
      'Lean in until you feel a stretch low in the back of the rear leg.',
    ],
    dose: COOL_DOWN_HOLD,
    doseText: '20–30 seconds, twice with each leg (beginners: 10–15 seconds)',
    caution: 'Keep the back heel on the floor. Leave it out if you have an Achilles or calf injury.',
    support: 'wall-or-desk',
    sources: ['F30', 'F31'],
    illustration: 'c1-calf.svg',
  },
  {
    id: 'C2',
    phase: 'cool-down',
    optional: false,
    name: 'Standing hamstring stretch',
    instruction: [
      'Hold your desk or the back of a chair that does not move.',
      'Place one heel about half a step in front, toes up, knee straight but not locked.',
      'Bend the other knee a little.',
      'Keep your back long and tip forward from the hips until you feel a mild stretch behind the front thigh.',
    ],
    dose: COOL_DOWN_HOLD,
    doseText: '20–30 seconds, twice with each leg (beginners: 10–15 seconds)',
    caution:
      'Keep your back from rounding. If you feel tingling, or a pulling line running down into your calf or foot, ' +
      'ease off: that can be an irritated nerve, so do not push into it.',
    support: 'desk-or-chair',
    alternative:
      'Seated option: sit near the front of a chair, straighten one leg out in front and lean forward from the hips.',
    sources: ['F31'],
    illustration: 'c2-hamstring.svg',
  },
  {
    id: 'C3',
    phase: 'cool-down',
    optional: false,
    name: 'Standing hip-flexor stretch',
    instruction: [
      'Hold your desk and take a short step forward, so one foot is in front of the other.',
      'First tuck your tailbone under and tighten the buttock of the back leg.',
      'Then move your weight forward slightly until you feel a stretch at the front of the back hip.',
    ],
    dose: COOL_DOWN_HOLD,
    doseText: '20–30 seconds, twice on each side (beginners: 10–15 seconds)',
    caution:
      'Do not arch your lower back or sink into a deep lunge; keep the front knee above the ankle. If your back ' +
      'aches, tuck more and go less far.',
    support: 'desk-or-chair',
    sources: ['F27', 'F31', 'F34'],
    illustration: 'c3-hip-flexor.svg',
  },
  {
    id: 'C4',
    phase: 'cool-down',
    optional: false,
    name: 'Standing thigh stretch',
    instruction: [
      'Hold your desk with one hand.',
      'Bend one knee to bring the heel up towards your buttock.',
      'Hold the ankle or your trouser leg, or loop a strap or belt around it.',
      'Keep your knees side by side and stand tall.',
    ],
    dose: { ...COOL_DOWN_HOLD, breaths: 5 },
    doseText: '20–30 seconds (about 5 slow breaths), twice with each leg (beginners: 10–15 seconds)',
    caution:
      'Leave it out if it hurts your knee. If balance is hard, do the lying-on-your-side version at home.',
    support: 'desk-or-chair',
    sources: ['F27', 'F30', 'F31'],
    illustration: 'c4-thigh.svg',
  },
];

/** Optional floor exercises for home, mentioned after the cool-down (F27). */
export const AT_HOME_EXTRAS: readonly string[] = [
  'Knee to chest, lying on your back: hold 5–10 seconds, 5 times each side.',
  'Knee rolls, lying on your back: hold 10 seconds, 3 times each side.',
];

/** Minutes per walk at L1…L8 (WALK_LEVELS_MIN); steps of 2–5 min echo F24 and F26; 30 min is the WalkBack target (F12). */
export const LEVEL_MINUTES: readonly number[] = [5, 7, 10, 12, 15, 20, 25, 30];

// ---- The timed walk (part 2 (c); F25, F48–F50, F53) -----------------------------------------------------------

/** Minutes of easy pace at the start and at the end of every walk, counted in the total (F25). */
export const EASY_PACE_MIN: Range = [1, 2];

export const EASY_START_CUE = 'Start gently: keep to an easy pace for the first minute or two.';
export const EASY_END_CUE = 'Nearly done. Slow to an easy pace for the last minute or two to cool off.';

/** From level 4 (12-minute walks) the middle part may be brisk, only if comfortable (F25). */
export const BRISK_CUE = {
  fromLevel: 4,
  text: 'If it feels comfortable, pick up the pace: you can still talk, but could not sing. Otherwise keep it easy.',
} as const;

/** Posture cues shown in turn during the steady part of the walk (F48, F50, F53). */
export const POSTURE_CUES: Readonly<Record<PostureCue, string>> = {
  'head-up': 'Walk tall with your head up and your eyes looking ahead.',
  'shoulders-relaxed': 'Let your shoulders drop and relax, and let your arms swing naturally.',
  'no-lean': 'Stay upright: try not to lean forward.',
  'level-ground': 'Keep to flat, even ground for now.',
  shoes: 'Comfortable, supportive shoes that do not rub are all you need.',
};

/** From level 6, after two green weeks, gentle slopes may be added (F50). */
export const SLOPE_CUE = {
  fromLevel: 6,
  text: 'Gentle slopes are fine now if your back is happy with them. Keep most of the walk on the flat.',
} as const;

// ---- Questions (part 2 (c), (d)) ------------------------------------------------------------------------------

export interface Choice<T> {
  value: T;
  label: string;
}

/** A 0–10 numeric rating scale with labelled ends (F42). */
export interface PainScale {
  id: string;
  text: string;
  min: 0;
  max: 10;
  minLabel: string;
  maxLabel: string;
}

const painScale = (id: string, text: string): PainScale => ({
  id,
  text,
  min: 0,
  max: 10,
  minLabel: 'No pain',
  maxLabel: 'Worst pain imaginable',
});

export const NONE_OF_THESE = 'None of these';

/** P1 and Q7 (F35–F39). Any item blocks the walk / means urgent care. */
export const EMERGENCY_CHOICES: readonly Choice<EmergencyItem>[] = [
  {
    value: 'saddle-numbness',
    label: 'Numbness or tingling around your genitals, inner thighs or buttocks (the “saddle” area)',
  },
  { value: 'bladder', label: 'New trouble passing urine, or leaking urine' },
  { value: 'bowel', label: 'New loss of control of your bowels' },
  {
    value: 'sexual-function',
    label: 'A new change in sexual function, such as erections or genital feeling',
  },
  { value: 'chest-pain-breathless', label: 'Chest pain, or breathlessness that is unusual for you' },
  { value: 'fall-severe-pain', label: 'A fall or accident during the walk that has left you in severe pain' },
];

/** Q9 (F35, F39–F41). Any item pauses the plan until a clinician has been seen. */
export const CLINICIAN_CHOICES: readonly Choice<ClinicianItem>[] = [
  { value: 'fever-unwell', label: 'Feeling feverish or generally unwell' },
  {
    value: 'night-pain',
    label: 'Back pain that is worse at night, or that resting or shifting position does not ease',
  },
  { value: 'weight-loss', label: 'Losing weight without knowing why' },
  { value: 'cancer-history', label: 'You have had cancer, and this back pain is new or feels different' },
  { value: 'lump-or-shape-change', label: 'A lump or swelling on your back, or a change in its shape' },
];

export const PRE_WALK = {
  P0: painScale('P0', 'How much does your back hurt right now?'),
  P1: {
    id: 'P1',
    text: 'Since your last walk, has any of these started?',
    choices: EMERGENCY_CHOICES,
    none: NONE_OF_THESE,
  },
} as const;

const LEGS_CHOICES: readonly Choice<Legs>[] = [
  { value: 'no', label: 'No' },
  { value: 'one-leg', label: 'Yes, in one leg' },
  { value: 'both-legs', label: 'Yes, in both legs' },
];

const NEW_OR_WORSE = 'This is new, or worse than usual';

export const POST_WALK = {
  Q1: painScale('Q1', 'How much does your back hurt now?'),
  Q2: painScale('Q2', 'During the walk, what was the worst your back pain got?'),
  Q3: {
    id: 'Q3',
    text: 'Did you walk for the whole planned time?',
    choices: [
      { value: 'yes', label: 'Yes' },
      { value: 'stopped-back', label: 'No, I stopped early because of my back' },
      { value: 'stopped-other', label: 'No, I stopped early for another reason' },
    ] satisfies readonly Choice<PostWalkAnswers['finished']>[],
  },
  Q4: {
    id: 'Q4',
    text: 'Did any pain spread into your buttock or leg?',
    choices: [
      { value: 'no', label: 'No' },
      { value: 'above-knee', label: 'Yes, but not below the knee' },
      { value: 'below-knee', label: 'Yes, below the knee' },
    ] satisfies readonly Choice<PostWalkAnswers['spread']['where']>[],
    sideText: 'Which side?',
    sides: [
      { value: 'left', label: 'Left' },
      { value: 'right', label: 'Right' },
      { value: 'both', label: 'Both sides' },
    ] satisfies readonly Choice<Side>[],
    newOrWorse: NEW_OR_WORSE,
  },
  Q5: {
    id: 'Q5',
    text: 'Any numbness, tingling or pins and needles in a leg or foot?',
    choices: LEGS_CHOICES,
    newOrWorse: NEW_OR_WORSE,
  },
  Q6: {
    id: 'Q6',
    text: 'Any weakness in a leg, such as a foot slapping or catching, a leg giving way, or tripping?',
    choices: LEGS_CHOICES,
    gettingWorse: 'It is getting worse',
  },
  Q7: {
    id: 'Q7',
    text: 'Does any of these apply right now?',
    choices: EMERGENCY_CHOICES,
    none: NONE_OF_THESE,
  },
  Q8: {
    id: 'Q8',
    text: 'Did your back “catch” or lock, or feel unstable, as if it might give way?',
    choices: [
      { value: 'no', label: 'No' },
      { value: 'once-settled', label: 'Once, and it settled' },
      { value: 'more-than-once', label: 'More than once' },
    ] satisfies readonly Choice<PostWalkAnswers['catching']>[],
  },
  Q9: { id: 'Q9', text: 'Does any of these apply to you?', choices: CLINICIAN_CHOICES, none: NONE_OF_THESE },
  Q10: {
    id: 'Q10',
    text: 'How hard did the walk feel?',
    /** Only ever used to suggest a slower pace, never as a safety signal. */
    choices: [
      { value: 'easy', label: 'Easy' },
      { value: 'about-right', label: 'About right' },
      { value: 'hard', label: 'Hard' },
    ] satisfies readonly Choice<PostWalkAnswers['effort']>[],
  },
} as const;

/** Q3 as the way the walk ended answers it (the window starts Q3 there; core holds "back" to it). */
export const FINISHED_BY_END_REASON: Readonly<Record<WalkEndReason, PostWalkAnswers['finished']>> = {
  completed: 'yes',
  back: 'stopped-back',
  other: 'stopped-other',
};

/** "End early" asks why (Q3 is then answered from it). */
export const END_EARLY_CHOICES: readonly Choice<Exclude<WalkEndReason, 'completed'>>[] = [
  { value: 'back', label: 'Because of my back' },
  { value: 'other', label: 'For another reason' },
];

export const NEXT_DAY = {
  N1: {
    id: 'N1',
    text: 'Compared with before yesterday’s walk, how is your back today?',
    /** The 48-hour re-ask, when the first answer was "worse…". */
    text48h: 'Compared with before your walk two days ago, how is your back today?',
    choices: [
      { value: 'better', label: 'Better' },
      { value: 'same', label: 'About the same' },
      { value: 'worse-settling', label: 'Worse, but settling down' },
      { value: 'worse-not-settling', label: 'Worse, and not settling' },
    ] satisfies readonly Choice<NextDayFeeling>[],
  },
  N2: painScale('N2', 'How much does your back hurt right now?'),
} as const;

/** First-run starting-level question (part 2 (c)). */
export const STARTING_QUESTION =
  'How many minutes can you walk on the flat right now without your back getting worse?';

/** Onboarding, once and every 4 weeks: a "yes" is advisory, never blocking (F35, F39–F41). */
export const ADVISORY_QUESTIONS: readonly Choice<AdvisoryItem>[] = [
  { value: 'cancer-history', label: 'Have you ever had cancer?' },
  {
    value: 'over-50-first-episode',
    label: 'Are you over 50, and is this the first time you have had back pain?',
  },
  { value: 'osteoporosis-steroids', label: 'Do you have osteoporosis, or take steroids long term?' },
  { value: 'told-not-to-exercise', label: 'Has a doctor told you not to exercise?' },
  { value: 'pregnant', label: 'Are you pregnant?' },
  { value: 'spinal-surgery-12m', label: 'Have you had surgery on your spine in the last 12 months?' },
  { value: 'recent-fall-injury', label: 'Have you recently had a bad fall or an injury to your back?' },
  { value: 'heart-chest-symptoms', label: 'Do you get any heart or chest symptoms when you are active?' },
];

export const ADVISORY_NOTE = 'Please check with a GP or physiotherapist before you start the walking plan.';

// ---- Disclaimers and the emergency banner (part 2 (e)) --------------------------------------------------------

/** Onboarding, Settings and About. */
export const FULL_DISCLAIMER =
  'WalkBreak gives general information and gentle activity ideas for adults with everyday (non-specific) lower ' +
  'back pain, or who want to lower their chance of getting it. It is not a medical device. It does not diagnose ' +
  'or treat anything, and it does not replace advice from a doctor, physiotherapist or other qualified health ' +
  'professional. Talk to a health professional before you start if you have a medical condition, are pregnant, ' +
  'have had recent surgery or an injury, or have been told to limit your activity. Stop any exercise that ' +
  'causes sharp pain, or new numbness, tingling or weakness, and get advice. If you have numbness around your ' +
  'genitals or buttocks, new trouble controlling your bladder or bowels, weakness or numbness in both legs, ' +
  'chest pain, or back pain after a serious fall or accident, call your local emergency number (999 in the UK, ' +
  '112 in the EU, 911 in the US) or go to an emergency department (A&E) straight away. Do not wait. You follow ' +
  'the suggestions in this app at your own discretion.';

/** Exercise and walk screens. */
export const SHORT_DISCLAIMER =
  'General guidance, not medical advice. Stop if something feels wrong and get advice; the warning signs are ' +
  'listed in Help. In an emergency call 999 / 112 / 911.';

/** Wherever the emergency list appears (P1, Q7, the urgent-care screen). */
export const EMERGENCY_BANNER =
  'These symptoms are rare, but they need a same-day emergency check. Call 999 (UK) / 112 (EU) / 911 (US) or go ' +
  'to A&E / the emergency department now.';

// ---- Outcomes (part 2 (d), "App response" and "Copy guidance") ------------------------------------------------

export interface OutcomeCopy {
  /** The screen's heading. */
  title: string;
  /** What it means and what happens next, calm and factual. */
  body: readonly string[];
}

/** What each outcome screen says. The next walk's length is added by the screen when there is one. */
export const OUTCOME_COPY: Readonly<Record<Outcome, OutcomeCopy>> = {
  urgent: {
    title: 'Please get an emergency check now',
    body: [
      'Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to A&E / the ' +
        'emergency department now.',
      'These symptoms are rare, but they can mean pressure on the nerves at the base of the spine, and that ' +
        'needs checking the same day. Do not wait to see if it settles.',
      'The walking plan is locked until you tell WalkBreak that a clinician has checked you and said it is fine ' +
        'to carry on.',
    ],
  },
  'see-clinician': {
    title: 'Please pause the walking plan and see a physio or GP',
    body: [
      'Book an appointment with a physiotherapist or GP in the next few days, and bring the summary below.',
      'WalkBreak will not suggest programme walks until you tell it a clinician has seen you. Everyday moving ' +
        'about is still good for you, unless a clinician tells you otherwise.',
    ],
  },
  'step-back': {
    title: 'Today was a bit too much',
    body: [
      'That is useful to know, and it happens. Your next walk will be one level shorter.',
      'Have a rest from the plan tomorrow. Normal moving about during the day is still good for your back.',
    ],
  },
  hold: {
    title: 'Stay at this level for now',
    body: [
      'Your back asked for a little caution today, so the next walk stays the same length.',
      'Next time, try a slower pace or a flatter route.',
    ],
  },
  continue: {
    title: 'Nice work',
    body: ['That walk stayed within the comfortable zone, and it counts towards moving up a level.'],
  },
};

/** Q9 fever, night pain or cancer history: the see-a-clinician screen asks for an urgent appointment (F35). */
export const URGENT_GP_NOTE =
  'Because of what you ticked, please ask for an urgent GP appointment today, or call NHS 111 (UK) or your ' +
  'local urgent medical help line.';

/** Q10 "hard": only ever a pace suggestion. */
export const SLOWER_PACE_NOTE = 'The walk felt hard: next time, try an easier pace. It still counts.';

/** Shown with the advisory answers (onboarding) and on the rest day after a red. */
export const REST_DAY_NOTE =
  'Today is a rest day from the plan. Gentle everyday moving is still good; the next programme walk is tomorrow.';

/** Why the rules decided what they did, in plain words, for the outcome and paused screens. */
export const REASON_TEXT: Readonly<Record<RuleId, string>> = {
  'emergency-before-walk': 'You ticked a symptom from the emergency list before the walk.',
  'emergency-item': 'You ticked a symptom from the emergency list.',
  'numbness-both-legs': 'Numbness or tingling in both legs.',
  'weakness-both-legs': 'Weakness in both legs.',
  'weakness-getting-worse': 'Leg weakness that is getting worse.',
  'spread-both-sides-new': 'Pain spreading into both legs that is new or worse than usual.',
  'numbness-one-leg-new': 'Numbness or tingling in one leg that is new or worse than usual.',
  'weakness-one-leg': 'Weakness in one leg.',
  'spread-both-sides': 'Pain spreading into both legs.',
  'spread-below-knee-new': 'Pain spreading below the knee that is new or worse than usual.',
  'catching-repeated':
    'Your back caught or felt unstable more than once: possible irritation of a nerve or joint that a ' +
    'physiotherapist should assess.',
  'clinician-item': 'You ticked something from the “see a clinician” list.',
  'peak-8-worse-next-day': 'The pain reached 8 or more during the walk and was worse the next day.',
  'not-settling-48h': 'Two days after the walk, your back was still worse and not settling.',
  'two-reds-14d': 'Two walks in the last 14 days were too much.',
  'three-step-backs-28d': 'The plan has had to step back three times in four weeks.',
  'no-improvement-28d': 'After about four weeks on the plan, your back pain has not improved.',
  'delta-5-plus': 'The pain rose by 5 points or more during the walk.',
  'peak-7-plus': 'The pain reached 7 or more during the walk.',
  'not-settling-24h': 'The day after the walk, your back was worse and not settling.',
  'delta-3-4': 'The pain rose by 3 or 4 points during the walk.',
  'peak-6': 'The pain reached 6 during the walk.',
  'stopped-for-back': 'You stopped early because of your back.',
  'spread-above-knee': 'Some pain spread into your buttock or thigh.',
  'spread-below-knee-familiar': 'Familiar pain spread below the knee on one side.',
  'numbness-one-leg-familiar': 'Familiar numbness or tingling in one leg.',
  'catching-once': 'Your back caught once and then settled.',
  'worse-settling-next-day': 'The day after the walk, your back was worse but settling.',
  'second-amber-in-a-row': 'This was the second walk in a row that needed caution, so the plan steps back.',
  comfortable: 'Your pain stayed within 2 points of where it started and no higher than 5.',
};
