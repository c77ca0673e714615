// Shared fixtures for the symptom-rule and programme tests: answers, local times, and a walk through the
// real rules (evaluateWalk on the programme's history, then applyWalk).
import type {
  ClinicianItem,
  EmergencyItem,
  Level,
  NextDayFeeling,
  Outcome,
  PostWalkAnswers,
  PreWalkCheck,
  PreWalkItem,
  ProgrammeState,
  ProgrammeWalk,
  WalkEvaluation,
} from '../../electron/shared/walk';
import type { WalkHistory } from '../../electron/core/escalation';
import { applyWalk, walkHistory } from '../../electron/core/programme';
import { newProgramme } from '../../electron/core/programme-state';
import { evaluateWalk } from '../../electron/core/symptom-rules';
import { CLINICIAN_ITEMS, EMERGENCY_ITEMS } from '../../electron/shared/walk-items';

/** Wall ms of a local time (TZ is Europe/London in vitest.config.ts); month is 1–12. */
export const local = (y: number, month: number, d: number, h = 12, min = 0): number =>
  new Date(y, month - 1, d, h, min).getTime();

/** Every Q7 / P1 emergency item, and every clinician item: the lists the schemas accept. */
export const EMERGENCY: EmergencyItem[] = [...EMERGENCY_ITEMS];
export const CLINICIAN: ClinicianItem[] = [...CLINICIAN_ITEMS];

/** Every outcome, least to most serious. */
export const OUTCOMES: Outcome[] = ['continue', 'hold', 'step-back', 'see-clinician', 'urgent'];

/** Every next-day answer. */
export const FEELINGS: NextDayFeeling[] = ['better', 'same', 'worse-settling', 'worse-not-settling'];

/** A comfortable walk: pain 2 before, peak 2, nothing else. */
export const CALM: PostWalkAnswers = {
  painNow: 2,
  peak: 2,
  finished: 'yes',
  spread: { where: 'no' },
  numbness: { where: 'no', newOrWorse: false },
  weakness: { where: 'no', gettingWorse: false },
  emergency: [],
  catching: 'no',
  clinician: [],
  effort: 'about-right',
};

export const answers = (patch: Partial<PostWalkAnswers> = {}): PostWalkAnswers => ({ ...CALM, ...patch });
export const pre = (pain: number | null = 2, emergency: PreWalkItem[] = []): PreWalkCheck => ({
  pain,
  emergency,
});

/** Walk kinds with pain 2 before the walk: green (peak 2), amber (peak 5, Δ 3), red (peak 7), and so on. */
export const KINDS = {
  green: answers(),
  amber: answers({ peak: 5, painNow: 3 }),
  red: answers({ peak: 7, painNow: 5 }),
  clinician: answers({ catching: 'more-than-once' }),
  urgent: answers({ emergency: ['bladder'] }),
} satisfies Record<string, PostWalkAnswers>;
export type Kind = keyof typeof KINDS;

/** A walk at `at` through the real rules; returns the evaluation and the programme after it. */
export function walk(
  p: ProgrammeState,
  at: number,
  kind: Kind | PostWalkAnswers,
  before: PreWalkCheck = pre(),
): { p: ProgrammeState; ev: WalkEvaluation } {
  const a = typeof kind === 'string' ? KINDS[kind] : kind;
  const ev = evaluateWalk(a, before, walkHistory(p, at));
  return { p: applyWalk(p, ev, at), ev };
}

/** Runs walks in order and returns the final programme and every evaluation. */
export function walks(p: ProgrammeState, steps: [number, Kind | PostWalkAnswers][]) {
  const evs: WalkEvaluation[] = [];
  let s = p;
  for (const [at, kind] of steps) {
    const r = walk(s, at, kind);
    s = r.p;
    evs.push(r.ev);
  }
  return { p: s, evs };
}

/** A programme at `level` started at `at`. */
export const programme = (level: Level, at: number): ProgrammeState => newProgramme(level, at);

/** A remembered walk for hand-built histories. */
export const remembered = (at: number, patch: Partial<ProgrammeWalk> = {}): ProgrammeWalk => ({
  at,
  level: 3,
  zone: 'green',
  outcome: 'continue',
  painAfter: 2,
  stepBack: false,
  advanced: false,
  ...patch,
});

/** A hand-built history at `at`: level 3 since long ago, with `earlier` walks. */
export const history = (at: number, earlier: ProgrammeWalk[] = [], patch: Partial<WalkHistory> = {}) =>
  ({
    at,
    level: 3,
    levelSince: 0,
    walks: earlier,
    review: null,
    preWalkPains: [],
    ...patch,
  }) satisfies WalkHistory;
