// The break service on the simulated engine: a full green walk through to progress, an emergency at check-in,
// an early end because of the back, pause/resume timed from timestamps, a corrupt stored programme, and the
// strict schemas of the break operations.
import { describe, expect, it } from 'vitest';
import { BreakRejected } from '../../electron/core/break-service';
import type { OnboardingAnswers } from '../../electron/shared/break';
import { parseArgs } from '../../electron/shared/ipc-schemas';
import type { PostWalkAnswers } from '../../electron/shared/walk';
import { localDayKey } from '../../electron/core/calendar';
import { ALL_HOURS, HOUR, MIN, Sim } from '../fakes/sim';
import { CALM } from './walk-fixtures';

const DAY = 24 * HOUR;
const ONBOARD: OnboardingAnswers = {
  comfortableMinutes: 10,
  currentPain: 2,
  inFlare: false,
  advisory: ['over-50-first-episode'],
};
const GREEN: PostWalkAnswers = { ...CALM, peak: 3 };

function onboarded(): Sim {
  const sim = new Sim().start();
  sim.core.breaks.onboard(ONBOARD);
  return sim;
}

/** Check-in, the whole planned walk, and green answers (or `answers`). */
function greenWalk(sim: Sim, answers: PostWalkAnswers = GREEN) {
  const breaks = sim.core.breaks;
  breaks.checkIn({ pain: 2, emergency: [] });
  const started = breaks.startWalkTimer();
  sim.advance((started.session?.plannedMin ?? 0) * MIN, 'idle');
  breaks.endWalkTimer('completed');
  return breaks.submitAnswers(answers);
}

describe('BreakService', () => {
  it('asks the first-run questions, then starts the programme below the comfortable minutes', () => {
    const sim = new Sim().start();
    expect(sim.core.breaks.getState()).toMatchObject({ onboardingNeeded: true, programme: null });
    expect(() => sim.core.breaks.checkIn({ pain: 2, emergency: [] })).toThrow(BreakRejected);
    const state = sim.core.breaks.onboard(ONBOARD);
    expect(state).toMatchObject({
      onboardingNeeded: false,
      advisory: ['over-50-first-episode'],
      programme: { level: 2, minutes: 7, status: 'active' },
      nextWalkMin: 7,
    });
    expect(sim.ofType('programme-started')).toEqual([
      { type: 'programme-started', at: sim.wall, level: 2, advisory: ['over-50-first-episode'] },
    ]);
    expect(sim.programme).toMatchObject({ version: 1, programme: { level: 2 } });
  });

  it('a full green walk: the tracker sees the walk, the outcome is continue, the next day asks how the back is', () => {
    const sim = onboarded();
    const breaks = sim.core.breaks;
    expect(breaks.checkIn({ pain: 2, emergency: [] }).session).toMatchObject({
      step: 'ready',
      plannedMin: 7,
      walk: null,
    });
    const walking = breaks.startWalkTimer();
    expect(sim.snapshot().presence).toBe('walking');
    expect(walking.session?.walk).toMatchObject({ phase: 'easy-start', remainingMs: 7 * MIN });
    expect(walking.session?.nextChangeAt).toBe(sim.wall + MIN);

    sim.advance(7 * MIN, 'idle');
    expect(breaks.getState().session?.walk).toMatchObject({ phase: 'finished', remainingMs: 0, progress: 1 });
    expect(breaks.endWalkTimer('completed').session?.step).toBe('answering');
    expect(sim.snapshot().presence).toBe('present');
    expect(sim.ofType('walk-ended')).toMatchObject([{ completed: true }]);

    const done = breaks.submitAnswers(GREEN);
    expect(done.session).toMatchObject({ step: 'done', evaluation: { outcome: 'continue', zone: 'green' } });
    expect(done.programme).toMatchObject({ level: 2, status: 'active' });
    expect(sim.ofType('walk-evaluated')).toEqual([
      expect.objectContaining({
        level: 2,
        plannedMin: 7,
        walkedMin: 7,
        outcome: 'continue',
        painBefore: 2,
        painAfter: 2,
        peak: 3,
        // Q3–Q10 kept for the clinician summary (Q1 and Q2 are painAfter and peak).
        answers: {
          finished: GREEN.finished,
          spread: GREEN.spread,
          numbness: GREEN.numbness,
          weakness: GREEN.weakness,
          emergency: GREEN.emergency,
          catching: GREEN.catching,
          clinician: GREEN.clinician,
          effort: GREEN.effort,
        },
      }),
    ]);
    expect(done.pendingNextDay).toBeNull();

    sim.advance(DAY, 'idle');
    const next = breaks.getState();
    expect(next.pendingNextDay).toEqual({ walkAt: done.at, checkpoint: '24h' });
    expect(() => breaks.submitNextDay({ checkpoint: '48h', feeling: 'same', pain: 1 })).toThrow(
      BreakRejected,
    );
    const after = breaks.submitNextDay({ checkpoint: '24h', feeling: 'better', pain: 1 });
    expect(after).toMatchObject({ pendingNextDay: null, lastOutcome: 'continue' });
    expect(sim.ofType('next-day-check')).toMatchObject([{ checkpoint: '24h', feeling: 'better', pain: 1 }]);
  });

  it('three green walks over 7 days move the programme up a level, recorded in history', () => {
    const sim = onboarded();
    greenWalk(sim);
    sim.advance(3 * DAY, 'idle');
    greenWalk(sim);
    sim.advance(4 * DAY, 'idle');
    const third = greenWalk(sim);
    expect(third.programme).toMatchObject({ level: 3, minutes: 10 });
    expect(sim.ofType('programme-level-changed')).toMatchObject([{ from: 2, to: 3 }]);
  });

  it('an emergency item at check-in: urgent outcome, the tracker ends the walk, the programme locks until clearance', () => {
    const sim = onboarded();
    sim.engine.dispatch({ kind: 'start-walk', source: 'reminder' });
    const state = sim.core.breaks.checkIn({ pain: 1, emergency: ['bladder'] });
    expect(state.session).toMatchObject({
      step: 'done',
      evaluation: { outcome: 'urgent', reasons: ['emergency-before-walk'] },
    });
    expect(state).toMatchObject({
      programme: { status: 'locked', statusReasons: ['emergency-before-walk'] },
      nextWalkMin: null,
      lastOutcome: 'urgent',
    });
    expect(sim.snapshot().presence).toBe('present');
    expect(sim.ofType('walk-ended')).toMatchObject([{ completed: false }]);
    expect(sim.ofType('walk-checked-in')).toMatchObject([{ painBefore: 1, emergency: ['bladder'] }]);
    expect(sim.ofType('programme-status-changed')).toMatchObject([{ from: 'active', to: 'locked' }]);
    expect(() => sim.core.breaks.checkIn({ pain: 1, emergency: [] })).toThrow(BreakRejected);

    sim.advance(2 * DAY, 'idle');
    expect(sim.core.breaks.getState().pendingNextDay).toBeNull();
    const cleared = sim.core.breaks.confirmClearance({ seenOn: localDayKey(sim.wall) });
    expect(cleared.programme).toMatchObject({ level: 1, status: 'active', statusReasons: [] });
    expect(sim.ofType('programme-level-changed')).toMatchObject([{ from: 2, to: 1 }]);
  });

  it('clearance (issue 14) asks when the user was seen, restarts at L1 unless advised, and never in the minute of the lock', () => {
    const sim = onboarded();
    sim.advance(30 * 1000, 'idle');
    const lockedAt = sim.wall;
    const locked = sim.core.breaks.checkIn({ pain: 1, emergency: ['bladder'] });
    const from = Math.ceil((lockedAt + MIN) / MIN) * MIN;
    expect(locked.programme?.clearance).toEqual({
      from,
      earliestSeen: localDayKey(lockedAt),
      latestSeen: localDayKey(lockedAt),
    });
    expect(sim.programme).toMatchObject({ haltedAt: lockedAt });
    const today = localDayKey(sim.wall);
    expect(() => sim.core.breaks.confirmClearance({ seenOn: today })).toThrow(
      /^The plan stopped only a moment ago\. A clinician’s clearance can be confirmed from 9:02 AM\.$/,
    );
    sim.advance(from - sim.wall - 1, 'idle');
    expect(() => sim.core.breaks.confirmClearance({ seenOn: today })).toThrow(BreakRejected);
    expect(sim.core.breaks.getState().programme?.status).toBe('locked');

    sim.advance(2 * DAY, 'idle');
    expect(() => sim.core.breaks.confirmClearance({ seenOn: localDayKey(sim.wall, 1) })).toThrow(
      'The day you were seen cannot be in the future.',
    );
    expect(() => sim.core.breaks.confirmClearance({ seenOn: localDayKey(lockedAt, -1) })).toThrow(
      /^The day you were seen is before the plan stopped \(Nov 2, 2026\)/,
    );
    expect(sim.ofType('programme-status-changed')).toHaveLength(1);
    const cleared = sim.core.breaks.confirmClearance({ seenOn: localDayKey(lockedAt, 1) });
    expect(cleared.programme).toMatchObject({ level: 1, status: 'active', clearance: null });
    expect(sim.programme).not.toHaveProperty('haltedAt');
  });

  it('a pause that becomes a lock waits a minute from the lock; the pause time survives a restart', () => {
    const sim = onboarded();
    greenWalk(sim, { ...GREEN, clinician: ['night-pain'] });
    expect(sim.core.breaks.getState().programme?.status).toBe('paused');
    const pausedAt = (sim.programme as { haltedAt: number }).haltedAt;
    sim.advance(10 * MIN, 'idle');
    // A lock from the next walk's check-in is not possible while paused; an old file restarts with the pause.
    const restarted = new Sim({ start: sim.wall, programme: sim.programme }).start();
    expect(restarted.core.breaks.getState().programme?.clearance?.from).toBe(
      Math.ceil((pausedAt + MIN) / MIN) * MIN,
    );
    const { haltedAt: _gone, ...older } = sim.programme as Record<string, unknown>;
    const fromOlderFile = new Sim({ start: sim.wall, programme: older }).start();
    expect(fromOlderFile.core.breaks.getState().programme?.clearance).toEqual({
      from: null,
      earliestSeen: null,
      latestSeen: localDayKey(sim.wall),
    });
    expect(
      fromOlderFile.core.breaks.confirmClearance({ seenOn: localDayKey(sim.wall), level: 3 }).programme,
    ).toMatchObject({ status: 'active', level: 3 });
  });

  it('ending early because of the back holds the level, even if Q3 was answered "finished"', () => {
    const sim = onboarded();
    const breaks = sim.core.breaks;
    breaks.checkIn({ pain: 2, emergency: [] });
    breaks.startWalkTimer();
    sim.advance(3 * MIN, 'idle');
    expect(breaks.endWalkTimer('back').session).toMatchObject({ step: 'answering', endReason: 'back' });
    expect(sim.ofType('walk-ended')).toMatchObject([{ completed: false }]);
    const done = breaks.submitAnswers(GREEN);
    expect(done.session?.evaluation).toMatchObject({ outcome: 'hold', zone: 'amber' });
    expect(done.session?.evaluation?.reasons).toContain('stopped-for-back');
    expect(done.programme).toMatchObject({ level: 2, status: 'active' });
    expect(sim.ofType('walk-evaluated')).toMatchObject([{ walkedMin: 3, outcome: 'hold' }]);
  });

  it('pause and resume are timed from timestamps: paused time does not count', () => {
    const sim = onboarded();
    const breaks = sim.core.breaks;
    breaks.checkIn({ pain: null, emergency: [] });
    breaks.startWalkTimer();
    sim.advance(2 * MIN, 'idle');
    expect(breaks.pauseWalk().session).toMatchObject({ walk: { paused: true }, nextChangeAt: null });
    sim.advance(10 * MIN, 'idle');
    expect(breaks.getState().session?.walk).toMatchObject({ walkedMs: 2 * MIN, remainingMs: 5 * MIN });
    breaks.resumeWalk();
    sim.sleep(MIN, { events: false });
    expect(breaks.getState().session?.walk).toMatchObject({
      walkedMs: 3 * MIN,
      remainingMs: 4 * MIN,
      paused: false,
    });
    expect(sim.ofType('walk-timer').map((e) => e.action)).toEqual(['start', 'pause', 'resume']);
    expect(() => breaks.submitAnswers(GREEN)).toThrow(BreakRejected);
  });

  it.each([
    ['a level out of range', { version: 1, programme: { level: 99 }, advisory: [], lastWalk: null }],
    ['not an object', 'garbage'],
    ['an unknown version', { version: 7 }],
  ])('a corrupt stored programme (%s) starts fresh with a warning, never a throw', (_name, stored) => {
    const sim = new Sim({ programme: stored }).start();
    expect(sim.core.breaks.getState()).toMatchObject({ onboardingNeeded: true, programme: null });
    expect(sim.warnings.some((w) => w.startsWith('stored programme ignored'))).toBe(true);
  });

  it('a walk whose timer was left running records the planned minutes, not the hours until it was ended', () => {
    const sim = onboarded();
    const breaks = sim.core.breaks;
    breaks.checkIn({ pain: 2, emergency: [] });
    breaks.startWalkTimer();
    sim.advance(4 * HOUR, 'idle');
    breaks.endWalkTimer('completed');
    breaks.submitAnswers(GREEN);
    expect(sim.ofType('walk-evaluated')).toMatchObject([{ plannedMin: 7, walkedMin: 7 }]);
  });

  it('keeps which leg, above or below the knee, new or worse, and the ticked items on the walk in history', () => {
    const sim = onboarded();
    greenWalk(sim, {
      ...GREEN,
      peak: 6,
      painNow: 5,
      spread: { where: 'below-knee', side: 'left', newOrWorse: true },
      weakness: { where: 'one-leg', gettingWorse: false },
      clinician: ['night-pain'],
    });
    expect(sim.ofType('walk-evaluated')).toEqual([
      expect.objectContaining({
        outcome: 'see-clinician',
        painAfter: 5,
        peak: 6,
        answers: expect.objectContaining({
          spread: { where: 'below-knee', side: 'left', newOrWorse: true },
          weakness: { where: 'one-leg', gettingWorse: false },
          emergency: [],
          clinician: ['night-pain'],
        }),
      }),
    ]);
  });

  it('keeps no answers for a walk the check-in blocked (none were asked)', () => {
    const sim = onboarded();
    sim.core.breaks.checkIn({ pain: 2, emergency: ['bladder'] });
    const [event] = sim.ofType('walk-evaluated');
    expect(event).toMatchObject({ outcome: 'urgent', peak: null });
    expect(event).not.toHaveProperty('answers');
  });

  it('asks the advisory questions again every 4 weeks; answering them keeps the programme', () => {
    // Four weeks of idle samples (about 40,000 wake-ups): without working hours, whose periods the engine works
    // out at each wake-up and which cost this run seconds; the 4-week count does not depend on them.
    const sim = new Sim({ settings: ALL_HOURS }).start();
    sim.core.breaks.onboard(ONBOARD);
    expect(sim.core.breaks.getState().advisoryDue).toBe(false);
    sim.advance(27 * DAY, 'idle');
    expect(sim.core.breaks.getState().advisoryDue).toBe(false);
    sim.advance(1 * DAY, 'idle');
    expect(sim.core.breaks.getState().advisoryDue).toBe(true);
    const level = sim.core.breaks.getState().programme?.level;
    const state = sim.core.breaks.onboard({ ...ONBOARD, comfortableMinutes: 0, advisory: ['pregnant'] });
    expect(state).toMatchObject({ advisoryDue: false, advisory: ['pregnant'], programme: { level } });
    expect(sim.ofType('programme-started')).toHaveLength(1);
    // The new "yes" answers are dated in history for the clinician summary.
    expect(sim.ofType('advisory-answered')).toEqual([
      { type: 'advisory-answered', at: sim.wall, advisory: ['pregnant'] },
    ]);
  });

  it('a programme file from before advisoryAt counts the 4 weeks from the programme start', () => {
    const first = onboarded();
    const { advisoryAt: _dropped, ...older } = first.programme as Record<string, unknown>;
    const again = new Sim({ start: first.wall + 28 * DAY, programme: older }).start();
    expect(again.warnings).toEqual([]);
    expect(again.core.breaks.getState()).toMatchObject({ onboardingNeeded: false, advisoryDue: true });
  });

  describe('several walks in one day: the next-day check is about the whole day (d, amended 2026-12-04)', () => {
    /** Monday 09:00: a peak-8 walk (red); 15:00 a gentle walk; Tuesday 09:00 the check is due. */
    function redThenGentle() {
      const sim = onboarded();
      const red = greenWalk(sim, { ...CALM, peak: 8, painNow: 4 });
      expect(red.session?.evaluation).toMatchObject({ outcome: 'step-back', worst: 8 });
      sim.advance(6 * HOUR, 'idle');
      const gentle = greenWalk(sim);
      expect(gentle.session?.evaluation?.outcome).toBe('continue');
      sim.advance(18 * HOUR, 'idle');
      expect(sim.core.breaks.getState().pendingNextDay).toEqual({ walkAt: gentle.at, checkpoint: '24h' });
      return { sim, red, gentle };
    }

    it.each(['worse-settling', 'worse-not-settling'] as const)(
      'a peak-8 walk, then a gentle walk, then "%s" next morning → see a clinician (was only hold)',
      (feeling) => {
        const { sim } = redThenGentle();
        const after = sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling, pain: 6 });
        expect(after.programme).toMatchObject({ status: 'paused', statusReasons: ['peak-8-worse-next-day'] });
        expect(after.lastOutcome).toBe('see-clinician');
        expect(sim.ofType('next-day-check')).toMatchObject([{ feeling, outcome: 'see-clinician' }]);
      },
    );

    it('P counts for the day: pain 8 after a walk whose peak was 3, then "worse" → see a clinician', () => {
      const sim = onboarded();
      greenWalk(sim, { ...CALM, peak: 3, painNow: 8 });
      sim.advance(2 * HOUR, 'idle');
      greenWalk(sim);
      sim.advance(22 * HOUR, 'idle');
      const after = sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'worse-settling', pain: 5 });
      expect(after.programme?.status).toBe('paused');
    });

    it('a better next day changes nothing, and the day is not stepped back twice', () => {
      const { sim } = redThenGentle();
      const level = sim.core.breaks.getState().programme?.level;
      const after = sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'better', pain: 1 });
      expect(after.programme).toMatchObject({ status: 'active', level });
      expect(after.pendingNextDay).toBeNull();
    });

    it('the 48-h re-ask applies to the whole day too: still not settling → see a clinician', () => {
      const sim = onboarded();
      greenWalk(sim, { ...CALM, peak: 5, painNow: 3 });
      sim.advance(HOUR, 'idle');
      greenWalk(sim);
      sim.advance(23 * HOUR, 'idle');
      const first = sim.core.breaks.submitNextDay({
        checkpoint: '24h',
        feeling: 'worse-not-settling',
        pain: 5,
      });
      expect(first.programme?.status).toBe('active');
      sim.advance(DAY, 'idle');
      expect(sim.core.breaks.getState().pendingNextDay?.checkpoint).toBe('48h');
      const second = sim.core.breaks.submitNextDay({
        checkpoint: '48h',
        feeling: 'worse-not-settling',
        pain: 5,
      });
      expect(second.programme).toMatchObject({ status: 'paused', statusReasons: ['not-settling-48h'] });
    });

    it("a walk the next day before the check is answered keeps yesterday's check due", () => {
      const { sim } = redThenGentle();
      greenWalk(sim);
      const due = sim.core.breaks.getState().pendingNextDay;
      expect(due?.checkpoint).toBe('24h');
      const after = sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'worse-settling', pain: 6 });
      expect(after.programme?.status).toBe('paused');
    });

    it('a file from before walk days were kept: the last walk stands for its day, P from its peak and pain after', () => {
      const first = onboarded();
      greenWalk(first, { ...CALM, peak: 3, painNow: 8 });
      const { walkDays: _days, ...older } = first.programme as Record<string, unknown>;
      const lastWalk = (older.lastWalk ?? {}) as { evaluation: Record<string, unknown> };
      const { worst: _worst, ...evaluation } = lastWalk.evaluation;
      const file = { ...older, lastWalk: { ...lastWalk, evaluation } };
      const again = new Sim({ start: first.wall + DAY, programme: file }).start();
      expect(again.warnings).toEqual([]);
      const after = again.core.breaks.submitNextDay({
        checkpoint: '24h',
        feeling: 'worse-settling',
        pain: 5,
      });
      expect(after.programme?.status).toBe('paused');
    });
  });

  it('a stored programme is restored as saved', () => {
    const first = onboarded();
    greenWalk(first);
    const again = new Sim({ start: first.wall, programme: first.programme }).start();
    expect(again.core.breaks.getState()).toMatchObject({
      onboardingNeeded: false,
      programme: { level: 2 },
      lastOutcome: 'continue',
    });
    expect(again.warnings).toEqual([]);
  });
});

describe('break schemas', () => {
  const rejects = (channel: Parameters<typeof parseArgs>[0], args: unknown) =>
    expect(parseArgs(channel, args).ok).toBe(false);

  it('accepts well-formed answers', () => {
    expect(parseArgs('break:submit-answers', GREEN).ok).toBe(true);
    expect(parseArgs('break:check-in', { pain: null, emergency: ['bowel'] }).ok).toBe(true);
    expect(parseArgs('break:onboard', { ...ONBOARD, clinicianLevel: 3 }).ok).toBe(true);
    expect(parseArgs('programme:confirm-clearance', { seenOn: '2026-03-02' }).ok).toBe(true);
    expect(parseArgs('programme:confirm-clearance', { seenOn: '2026-03-02', level: 3 }).ok).toBe(true);
  });

  it('rejects pain out of range or not an integer, unknown ids, extra keys and repeated items', () => {
    rejects('break:submit-answers', { ...GREEN, painNow: 11 });
    rejects('break:submit-answers', { ...GREEN, peak: Number.NaN });
    rejects('break:submit-answers', { ...GREEN, peak: 2.5 });
    rejects('break:submit-answers', { ...GREEN, note: 'free text' });
    rejects('break:submit-answers', { ...GREEN, spread: { where: 'no', side: 'left' } });
    rejects('break:submit-answers', { ...GREEN, clinician: ['night-pain', 'night-pain'] });
    rejects('break:check-in', { pain: 2, emergency: ['headache'] });
    rejects('break:check-in', { pain: 2, emergency: ['bladder', 'bladder'] });
    rejects('break:check-in', { pain: -1, emergency: [] });
    rejects('break:onboard', { ...ONBOARD, advisory: ['pregnant', 'pregnant'] });
    rejects('break:onboard', { ...ONBOARD, comfortableMinutes: Number.POSITIVE_INFINITY });
    rejects('break:end-timer', { reason: 'tired' });
    rejects('break:submit-next-day', { checkpoint: '72h', feeling: 'same', pain: 2 });
    rejects('programme:confirm-clearance', { seenOn: '2026-03-02', level: 9 });
    // Issue 14: the clearance form asks when the user was seen: a day is required, as a real YYYY-MM-DD date.
    rejects('programme:confirm-clearance', {});
    rejects('programme:confirm-clearance', { level: 2 });
    rejects('programme:confirm-clearance', { seenOn: '2026-02-30' });
    rejects('programme:confirm-clearance', { seenOn: 'yesterday' });
    rejects('programme:confirm-clearance', { seenOn: '2026-03-02T10:00' });
    rejects('break:start-timer', { extra: true });
  });
});
