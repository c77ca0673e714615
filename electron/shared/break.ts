// Guided-break DTOs: the state the break window shows (programme, current walk session, next-day check) and the
// arguments of the break operations. Plain JSON data; the rules behind them are in electron/core.
import type {
  Level,
  NextDayFeeling,
  Outcome,
  PainScore,
  PreWalkCheck,
  ProgrammeStatus,
  RuleId,
  WalkEvaluation,
} from './walk';

/** Onboarding advisory questions (health-evidence.md part 2, onboarding screen); a "yes" is advisory, never blocking. */
export type AdvisoryItem =
  | 'cancer-history'
  | 'over-50-first-episode'
  | 'osteoporosis-steroids'
  | 'told-not-to-exercise'
  | 'pregnant'
  | 'spinal-surgery-12m'
  | 'recent-fall-injury'
  | 'heart-chest-symptoms';

/** First-run answers: the starting-level question and context, plus the advisory items answered "yes". */
export interface OnboardingAnswers {
  /** "How long can you walk on the flat right now without your back getting worse?", whole minutes 0–120. */
  comfortableMinutes: number;
  /** Current pain, 0–10. */
  currentPain: PainScore;
  inFlare: boolean;
  /** Level a clinician has advised, if any. */
  clinicianLevel?: Level;
  /** Advisory items answered "yes" (empty = none). */
  advisory: AdvisoryItem[];
}

/** Why the timed walk ended: the planned time was walked, or the user ended early because of the back or another reason. */
export type WalkEndReason = 'completed' | 'back' | 'other';

/** Where the current walk session is. */
export type SessionStep =
  /** Checked in; warm-up and the start of the timed walk are next. */
  | 'ready'
  /** The timed walk is running (or paused: see `walk.paused`). */
  | 'walking'
  /** The walk ended; the post-walk symptom check is next. */
  | 'answering'
  /** Evaluated: the outcome screen shows `evaluation`. */
  | 'done';

export type WalkPhase = 'easy-start' | 'steady' | 'easy-end' | 'finished';
export type PostureCue = 'head-up' | 'shoulders-relaxed' | 'no-lean' | 'level-ground' | 'shoes';

/** Everything the walk screen shows at one instant (computed from timestamps in core). */
export interface WalkView {
  phase: WalkPhase;
  walkedMs: number;
  remainingMs: number;
  /** 0–1, for the progress ring. */
  progress: number;
  paused: boolean;
  /** The posture cue to show now (steady phase only), else null. */
  cue: PostureCue | null;
  /** True in the steady phase of walks of 12 minutes or more. */
  briskAllowed: boolean;
}

export interface SessionView {
  step: SessionStep;
  pre: PreWalkCheck;
  level: Level;
  plannedMin: number;
  /** The timed walk, once started; null before. */
  walk: WalkView | null;
  /** Wall ms the screen next changes by itself (phase or cue), or null: re-read the state then. */
  nextChangeAt: number | null;
  endReason: WalkEndReason | null;
  /** Set once the session is evaluated (step 'done'), including an urgent check-in. */
  evaluation: WalkEvaluation | null;
}

/** A next-day check that is due now for the last walk. */
export interface PendingNextDay {
  walkAt: number;
  checkpoint: '24h' | '48h';
}

/** What the break window shows, computed at `at`. */
export interface BreakState {
  /** Wall ms this state was computed at. */
  at: number;
  /** True before the first-run questions were answered: no programme yet. */
  onboardingNeeded: boolean;
  /** Advisory items answered "yes" at onboarding (for the "check with a GP/physio" note). */
  advisory: AdvisoryItem[];
  /** The advisory questions are asked again: 4 weeks have passed since they were last answered. */
  advisoryDue: boolean;
  programme: {
    level: Level;
    minutes: number;
    status: ProgrammeStatus;
    statusReasons: RuleId[];
    /** What the clearance form allows while paused or locked (null while active). */
    clearance: ClearanceLimits | null;
  } | null;
  /** Minutes of the next programme walk; null while paused, locked or before onboarding. */
  nextWalkMin: number | null;
  /** Today is the rest day after a red. */
  restDay: boolean;
  /** Programme walks answered today (local day), so the window can suggest a short walk once the plan's is done. */
  planWalksToday: number;
  /** Minutes of the short walk (a sitting break, no questions): the suggested break length from Settings (2–10). */
  shortWalkMin: number;
  session: SessionView | null;
  /** The last evaluated walk's verdict (after next-day upgrades: see `lastOutcome`). */
  lastEvaluation: WalkEvaluation | null;
  lastOutcome: Outcome | null;
  pendingNextDay: PendingNextDay | null;
}

/** The clearance form's limits, from core (programme.ts clearanceRefusal). */
export interface ClearanceLimits {
  /** Wall ms from which it can be confirmed (never the same minute as the pause or lock); null when not known. */
  from: number | null;
  /** The earliest day the clinician can have seen the user (the day of the pause or lock, YYYY-MM-DD), or null. */
  earliestSeen: string | null;
  /** Today (YYYY-MM-DD): the latest day. */
  latestSeen: string;
}

/** The clearance form (issue 14): when a clinician saw the user (local YYYY-MM-DD) and the level they advised. */
export interface ClearanceArgs {
  seenOn: string;
  level?: Level;
}

/** Next-day answers from the window; the time is taken by core. */
export interface NextDayArgs {
  checkpoint: '24h' | '48h';
  feeling: NextDayFeeling;
  pain: PainScore;
}
