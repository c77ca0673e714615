// Property tests of the walking programme and the symptom rules: random answers and sequences of walks,
// next-day checks, idle weeks and clearances never leave L1–L8, never move a paused or locked programme,
// and an emergency item always means urgent care.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Fixed seeds make these deterministic; the generous timeout only covers slow, loaded 2-core machines.
vi.setConfig({ testTimeout: 60_000 });
import type {
  ClinicianItem,
  EmergencyItem,
  NextDayCheck,
  PostWalkAnswers,
  PreWalkCheck,
  ProgrammeState,
} from '../../electron/shared/walk';
import { HOUR_MS } from '../../electron/core/time';
import {
  applyNextDayOutcome,
  applyTime,
  applyWalk,
  confirmClearance,
  walkHistory,
} from '../../electron/core/programme';
import { newProgramme, toLevel } from '../../electron/core/programme-state';
import { applyNextDay, evaluateWalk } from '../../electron/core/symptom-rules';
import { CALM, CLINICIAN, EMERGENCY, FEELINGS, local, OUTCOMES } from './walk-fixtures';

const pain = fc.integer({ min: 0, max: 10 });
const legs = fc.constantFrom('no' as const, 'one-leg' as const, 'both-legs' as const);
/** Mostly calm answers, so that sequences also reach progress; sometimes anything at all. */
const sometimes = <T>(calm: T, any: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(calm) }, { weight: 1, arbitrary: any });

const answersArb = (emergency: fc.Arbitrary<EmergencyItem[]>): fc.Arbitrary<PostWalkAnswers> =>
  fc.record({
    painNow: pain,
    peak: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: pain }),
    finished: sometimes(
      'yes' as const,
      fc.constantFrom('yes' as const, 'stopped-back' as const, 'stopped-other' as const),
    ),
    spread: sometimes<PostWalkAnswers['spread']>(
      { where: 'no' },
      fc.oneof(
        fc.constant({ where: 'no' as const }),
        fc.record({
          where: fc.constantFrom('above-knee' as const, 'below-knee' as const),
          side: fc.constantFrom('left' as const, 'right' as const, 'both' as const),
          newOrWorse: fc.boolean(),
        }),
      ),
    ),
    numbness: sometimes(
      { where: 'no' as const, newOrWorse: false },
      fc.record({ where: legs, newOrWorse: fc.boolean() }),
    ),
    weakness: sometimes(
      { where: 'no' as const, gettingWorse: false },
      fc.record({ where: legs, gettingWorse: fc.boolean() }),
    ),
    emergency,
    catching: sometimes(
      'no' as const,
      fc.constantFrom('no' as const, 'once-settled' as const, 'more-than-once' as const),
    ),
    clinician: sometimes<ClinicianItem[]>([], fc.subarray(CLINICIAN)),
    effort: fc.constantFrom('easy' as const, 'about-right' as const, 'hard' as const),
  });

const preArb = (emergency: fc.Arbitrary<EmergencyItem[]>): fc.Arbitrary<PreWalkCheck> =>
  fc.record({ pain: fc.option(pain, { nil: null, freq: 5 }), emergency });

const rareEmergency = fc.oneof(
  { weight: 40, arbitrary: fc.constant<EmergencyItem[]>([]) },
  { weight: 1, arbitrary: fc.subarray(EMERGENCY, { minLength: 1 }) },
);

type Op =
  | { op: 'walk'; gapH: number; answers: PostWalkAnswers; pre: PreWalkCheck }
  | { op: 'next-day'; gapH: number; feeling: NextDayCheck['feeling'] }
  | { op: 'idle'; days: number }
  | { op: 'clear'; level: number | null };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('walk' as const),
      gapH: fc.integer({ min: 4, max: 80 }),
      answers: fc.oneof(
        { weight: 3, arbitrary: fc.constant(CALM) },
        { weight: 2, arbitrary: answersArb(rareEmergency) },
      ),
      pre: preArb(rareEmergency),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('next-day' as const),
      gapH: fc.integer({ min: 10, max: 50 }),
      feeling: fc.constantFrom(...FEELINGS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('idle' as const), days: fc.integer({ min: 1, max: 20 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('clear' as const),
      level: fc.option(fc.integer({ min: 1, max: 8 })),
    }),
  },
);

/** Applies one op at `now`; returns the programme after it and the new time. */
function apply(p: ProgrammeState, o: Op, now: number): { p: ProgrammeState; now: number } {
  switch (o.op) {
    case 'walk': {
      const at = now + o.gapH * HOUR_MS;
      const ev = evaluateWalk(o.answers, o.pre, walkHistory(p, at));
      return { p: applyWalk(p, ev, at), now: at };
    }
    case 'next-day': {
      const last = p.walks.at(-1);
      if (last === undefined) return { p, now };
      const at = last.at + o.gapH * HOUR_MS;
      if (at < now) return { p, now };
      const check: NextDayCheck = {
        checkpoint: o.gapH > 36 ? '48h' : '24h',
        feeling: o.feeling,
        pain: 3,
        at,
      };
      const upgraded = applyNextDay(last.outcome, check, 5);
      return { p: applyNextDayOutcome(p, last.at, upgraded, [], at), now: at };
    }
    case 'idle': {
      const at = now + o.days * 24 * HOUR_MS;
      return { p: applyTime(p, at), now: at };
    }
    case 'clear':
      return { p: confirmClearance(p, now, o.level === null ? undefined : toLevel(o.level)), now };
  }
}

describe('walking programme properties', () => {
  it('random sequences stay within L1–L8 and never move while paused or locked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(opArb, { minLength: 1, maxLength: 80, size: 'large' }),
        (start, ops) => {
          let now = local(2026, 3, 1, 9);
          let p = newProgramme(toLevel(start), now);
          for (const o of ops) {
            const before = p;
            ({ p, now } = apply(p, o, now));
            expect(Number.isInteger(p.level) && p.level >= 1 && p.level <= 8).toBe(true);
            if (before.status !== 'active' && o.op !== 'clear') {
              expect(p.level).toBe(before.level);
              expect(p.status === 'active').toBe(false);
              if (before.status === 'locked') expect(p.status).toBe('locked');
            }
            if (p.level > before.level && o.op !== 'clear') {
              expect(before.status).toBe('active');
              expect(p.level).toBe(before.level + 1);
            }
            if (p.status === 'active') expect(p.statusReasons).toEqual([]);
          }
        },
      ),
      { numRuns: 400, seed: 20260329 },
    );
  });

  it('any answers with an emergency item (after the walk or before it) are urgent', () => {
    const emergency = fc.subarray(EMERGENCY, { minLength: 1 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(answersArb(emergency), preArb(fc.subarray(EMERGENCY))),
          fc.tuple(answersArb(fc.subarray(EMERGENCY)), preArb(emergency)),
        ),
        fc.array(pain, { maxLength: 5 }),
        ([answers, pre], earlier) => {
          const h = walkHistory({ ...newProgramme(3, 0), preWalkPains: earlier }, local(2026, 3, 2));
          const ev = evaluateWalk(answers, pre, h);
          expect(ev.outcome).toBe('urgent');
          expect(ev.zone).toBe('red');
        },
      ),
      { numRuns: 500, seed: 112 },
    );
  });

  it('the next-day rules never downgrade any outcome', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OUTCOMES),
        fc.constantFrom(...FEELINGS),
        fc.constantFrom('24h' as const, '48h' as const),
        pain,
        (previous, feeling, checkpoint, peak) => {
          const next = applyNextDay(previous, { feeling, checkpoint, pain: 0, at: 0 }, peak);
          expect(OUTCOMES.indexOf(next)).toBeGreaterThanOrEqual(OUTCOMES.indexOf(previous));
        },
      ),
    );
  });
});
