// Walk DTOs: the guided break's pre-walk check, post-walk and next-day answers, outcomes, and the walking
// programme's persisted state. Plain JSON data; questions and rules are in health-evidence.md part 2 (c), (d).

/** Pain on the 0–10 numeric rating scale: an integer, 0 = no pain, 10 = worst pain imaginable (F42). */
export type PainScore = number;

/** Emergency list (P1 before the walk, Q7 after it): any item means urgent care (F35–F39). */
export type EmergencyItem =
  'saddle-numbness' | 'bladder' | 'bowel' | 'sexual-function' | 'chest-pain-breathless' | 'fall-severe-pain';

/**
 * Before a walk (P1) the emergency list is asked about symptoms present now, plus numbness or weakness in both
 * legs; any item blocks the walk. Before a walk the fall item reads "a recent fall or accident…" (d).
 */
export type PreWalkItem = EmergencyItem | 'both-legs-numb-weak';

/** See-a-clinician list (Q9): any item pauses the programme (F35, F39–F41). */
export type ClinicianItem =
  'fever-unwell' | 'night-pain' | 'weight-loss' | 'cancer-history' | 'lump-or-shape-change';

/** Before each walk (about 10 s). */
export interface PreWalkCheck {
  /** P0: pain right now; null when the user skipped it (the rules then use the last 3 scores). */
  pain: PainScore | null;
  /** P1: emergency items present right now, and numbness or weakness in both legs (empty = none). */
  emergency: PreWalkItem[];
}

export type Side = 'left' | 'right' | 'both';
export type Legs = 'no' | 'one-leg' | 'both-legs';

/** Q4: pain spreading into the buttock or leg. */
export type Spread =
  | { where: 'no' }
  | {
      where: 'above-knee' | 'below-knee';
      side: Side;
      /** "This is new or worse than usual." */
      newOrWorse: boolean;
    };

/** After each walk (about 30–45 s): Q1–Q10 of health-evidence.md (d). */
export interface PostWalkAnswers {
  /** Q1: back pain right now. */
  painNow: PainScore;
  /** Q2: worst back pain during the walk (the peak). */
  peak: PainScore;
  /** Q3: did the user finish the planned time? */
  finished: 'yes' | 'stopped-back' | 'stopped-other';
  /** Q4 */
  spread: Spread;
  /** Q5: numbness, tingling or pins and needles; `newOrWorse` only counts when `where` is not 'no'. */
  numbness: { where: Legs; newOrWorse: boolean };
  /** Q6: leg weakness (foot slapping or catching, giving way, tripping); `gettingWorse` only counts with a leg. */
  weakness: { where: Legs; gettingWorse: boolean };
  /** Q7: emergency items that apply now (empty = none of these). */
  emergency: EmergencyItem[];
  /** Q8: back catching, locking, or feeling unstable. */
  catching: 'no' | 'once-settled' | 'more-than-once';
  /** Q9: see-a-clinician items (empty = none). */
  clinician: ClinicianItem[];
  /** Q10: effort; only ever suggests a slower pace, never a safety signal. */
  effort: 'easy' | 'about-right' | 'hard';
}

/**
 * Q3–Q10 as a walk's history event keeps them (Q1 and Q2 are its painAfter and peak): which leg, above or below the
 * knee, new or worse, and which emergency and see-a-clinician items were ticked, for the clinician summary.
 */
export type RecordedAnswers = Omit<PostWalkAnswers, 'painNow' | 'peak'>;

/** N1: "Compared with before yesterday's walk, your back today is…" */
export type NextDayFeeling = 'better' | 'same' | 'worse-settling' | 'worse-not-settling';

/** Next-day check: asked about 24 h after a walk, and again at 48 h when N1 was "worse…". */
export interface NextDayCheck {
  /** Which asking this is. */
  checkpoint: '24h' | '48h';
  /** N1 */
  feeling: NextDayFeeling;
  /** N2: pain now, 0–10 (recorded for the history and the clinician summary; the rules read N1). */
  pain: PainScore;
  /** Wall-clock ms the answer was given. */
  at: number;
}

/** Traffic-light zone of a walk: green = continue, amber = hold, red = step back or worse. */
export type Zone = 'green' | 'amber' | 'red';

/** What happens next, from the prioritised rules (priority 1 urgent … 5 continue). */
export type Outcome = 'urgent' | 'see-clinician' | 'step-back' | 'hold' | 'continue';

/** Ids of the rules that fired, for display and logging. */
export type RuleId =
  // Priority 1: seek urgent care now.
  | 'emergency-before-walk'
  | 'emergency-item'
  | 'numbness-both-legs'
  | 'weakness-both-legs'
  | 'weakness-getting-worse'
  | 'spread-both-sides-new'
  // Priority 2: pause and see a GP/physio.
  | 'numbness-one-leg-new'
  | 'weakness-one-leg'
  | 'spread-both-sides'
  | 'spread-below-knee-new'
  | 'catching-repeated'
  | 'clinician-item'
  | 'peak-8-worse-next-day'
  | 'not-settling-48h'
  | 'two-reds-14d'
  | 'three-step-backs-28d'
  | 'no-improvement-28d'
  // Priority 3: step back (red).
  | 'delta-5-plus'
  | 'peak-7-plus'
  | 'not-settling-24h'
  // Priority 4: hold (amber); a second amber in a row steps back.
  | 'delta-3-4'
  | 'peak-6'
  | 'stopped-for-back'
  | 'spread-above-knee'
  | 'spread-below-knee-familiar'
  | 'numbness-one-leg-familiar'
  | 'catching-once'
  | 'worse-settling-next-day'
  | 'second-amber-in-a-row'
  // Priority 5: continue (green).
  | 'comfortable';

/** The list items a walk's answers ticked: P1 before it, Q7 and Q9 after it (for the screens and the summary). */
export interface TickedItems {
  before: PreWalkItem[];
  after: EmergencyItem[];
  clinician: ClinicianItem[];
}

/** The rules' verdict on one walk, straight after it. */
export interface WalkEvaluation {
  outcome: Outcome;
  /** Red for priorities 1–3 (and a second amber keeps amber); amber for 4; green for 5. */
  zone: Zone;
  /** Rule ids of the deciding priority (plus escalation), for the outcome screen. */
  reasons: RuleId[];
  /** Every rule that fired at any priority, highest priority first, for the log. */
  fired: RuleId[];
  /** Q9 fever, night pain or cancer history: the wording says urgent GP appointment / NHS 111 (F35). */
  urgentGp: boolean;
  /** Q10 "hard": suggest a slower pace next time (never a safety signal). */
  suggestSlowerPace: boolean;
  /** B: P0, or the median of the last 3 pre-walk scores; null when there is none. */
  baseline: PainScore | null;
  /** Δ = P − B, or null without a baseline. */
  delta: number | null;
  /** P0 as answered (null when skipped). */
  painBefore: PainScore | null;
  /** Q1, or null when the walk was blocked by the pre-walk emergency check. */
  painAfter: PainScore | null;
  /**
   * P: the worse of Q1 and Q2, the pain level every rule reads; null when the walk was blocked before it
   * started. Absent in files written before it existed (then max(Q1, Q2) where known).
   */
  worst?: PainScore | null;
  /** What was ticked on the emergency and see-a-clinician lists; absent in files written before it existed. */
  items?: TickedItems;
}

/** What the programme needs from a walk's evaluation (a WalkEvaluation is one). */
export type WalkResult = Pick<
  WalkEvaluation,
  'outcome' | 'zone' | 'reasons' | 'painBefore' | 'painAfter' | 'worst'
>;

/** Programme level: L1 (5 min) … L8 (30 min, maintenance). */
export type Level = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** active: walks are planned; paused: see a clinician; locked: urgent care, until clinician clearance. */
export type ProgrammeStatus = 'active' | 'paused' | 'locked';

/** One walk as the programme remembers it (the last 28 local days are kept). */
export interface ProgrammeWalk {
  /** Wall-clock ms the post-walk answers were given; identifies the walk. */
  at: number;
  level: Level;
  zone: Zone;
  outcome: Outcome;
  /** Q1 pain after the walk (null when blocked before walking). */
  painAfter: PainScore | null;
  /** P, the worse of Q1 and Q2 (null when blocked); absent in older files, where Q1 is read instead. */
  worst?: PainScore | null;
  /** This walk led to a step back (a red, or a second amber in a row). */
  stepBack: boolean;
  /** This walk completed the greens that moved the programme up a level. */
  advanced: boolean;
}

/** The adaptive walking programme (health-evidence.md (c)). Persisted as is. */
export interface ProgrammeState {
  level: Level;
  status: ProgrammeStatus;
  /** Why the programme is paused or locked (empty while active). */
  statusReasons: RuleId[];
  /** Wall-clock ms the programme started or restarted after clearance. */
  startedAt: number;
  /** Wall-clock ms the current level began (progress, step back, missed-walk drop, restart). */
  levelSince: number;
  /** Wall-clock ms of the green walks counted towards progress at this level (reset by any amber). */
  greens: number[];
  /** Walks of the last 28 local days, oldest first. */
  walks: ProgrammeWalk[];
  /** First local day with a walk since (re)start ('YYYY-MM-DD') and the P scores of its first 7 days. */
  review: { firstDay: string; pains: PainScore[] } | null;
  /** The last 3 answered pre-walk scores (P0), oldest first: B when P0 is skipped. */
  preWalkPains: PainScore[];
  /** Local day ('YYYY-MM-DD') of rest from the programme after a red, or null. */
  restDay: string | null;
  /** Wall-clock ms of the last walk, or null before the first. */
  lastWalkAt: number | null;
  /** Level before a missed-walks drop (kept so 14 days drops 2 in total, not 3); null after a walk. */
  levelBeforeGap: Level | null;
}

/** First-run question and context for the starting level. */
export interface StartingAnswers {
  /** "How long can you walk on the flat right now without your back getting worse?", in minutes. */
  comfortableMinutes: number;
  /** Current pain, 0–10. */
  currentPain: PainScore;
  /** The user is in a flare-up. */
  inFlare: boolean;
  /** Level a clinician has advised, if any: it takes priority. */
  clinicianLevel?: Level;
}

/** One guided walk as history keeps it. */
export interface WalkRecord {
  /** Wall-clock ms the walk started. */
  startedAt: number;
  /** Wall-clock ms the post-walk answers were given (identifies the walk in the programme). */
  at: number;
  level: Level;
  plannedMin: number;
  /** Minutes actually walked (pauses excluded). */
  walkedMin: number;
  pre: PreWalkCheck;
  /** Null when the pre-walk emergency check blocked the walk. */
  answers: PostWalkAnswers | null;
  evaluation: WalkEvaluation;
  nextDay: NextDayCheck[];
  /** Final outcome after next-day upgrades. */
  outcome: Outcome;
}
