// Optional posture resets (issue 17): off by default; on, one quiet cue halfway through a sitting bout (at an idle
// sample already taken: no wake-up of its own), at most one per bout, never near a reminder, in a pause, outside
// working hours, while presenting or in a call (it waits those out through engine.interruptionHold(), issue 16),
// and it records nothing in history (it counts for nothing in the programme).
import { describe, expect, it } from 'vitest';
import { MIN, Sim } from '../fakes/sim';
import type { Settings } from '../../electron/shared/settings';

const on = (extra: Partial<Settings> = {}) =>
  new Sim({ settings: { postureResets: true, ...extra } }).start();
const postureCues = (sim: Sim) => sim.cues.filter((c) => c.cue.kind === 'posture-reset');
/** Minutes from `t0` at which each posture cue came. */
const at = (sim: Sim, t0: number) => postureCues(sim).map((c) => (c.at - t0) / MIN);

describe('posture resets', () => {
  it('are off by default', () => {
    const sim = new Sim().start();
    sim.advance(60 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
  });

  it('on: one halfway through the bout (within one idle sample), none again in that bout; the reminder still comes', () => {
    const sim = on();
    const t0 = sim.wall;
    sim.advance(29 * MIN, 'typing-with-pauses');
    const [minute] = at(sim, t0);
    expect(postureCues(sim)).toHaveLength(1);
    expect(minute).toBeGreaterThanOrEqual(15);
    expect(minute).toBeLessThanOrEqual(16.5);
    expect(postureCues(sim)[0]!.cue).toMatchObject({ kind: 'posture-reset' });
    sim.advance(30 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toHaveLength(1);
    expect(sim.shownMinutes(t0)[0]).toBeGreaterThanOrEqual(30);
    // Nothing recorded for it.
    expect(sim.events.some((e) => JSON.stringify(e).includes('posture'))).toBe(false);
  });

  it('a new bout after a break gets its own', () => {
    const sim = on();
    sim.advance(20 * MIN, 'typing-with-pauses');
    sim.engine.dispatch({ kind: 'moved' });
    sim.advance(20 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toHaveLength(2);
  });

  it('adds no wake-up: the same 29 minutes wake the engine as often with resets on as off', () => {
    const off = new Sim().start().advance(29 * MIN, 'typing-with-pauses');
    const with_ = on().advance(29 * MIN, 'typing-with-pauses');
    expect(postureCues(with_)).toHaveLength(1);
    expect(with_.engine.wakeUps).toBe(off.engine.wakeUps);
  });

  it('never during a pause (a meeting), and passed up when the reminder is near', () => {
    const sim = on();
    sim.advance(5 * MIN, 'typing-with-pauses');
    sim.engine.dispatch({ kind: 'pause', until: sim.wall + 60 * MIN, meeting: true });
    sim.advance(59 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
    // After the meeting the reminder is due at once: the reset is passed up for this bout.
    sim.advance(10 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
  });

  it('never outside working hours', () => {
    const none = { tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const sim = on({
      workingHours: { enabled: true, days: { mon: [{ start: '06:00', end: '07:00' }], ...none } },
    });
    sim.advance(60 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
  });

  it('waits out a call, a presentation or watching, then comes (if the reminder is still far enough away)', () => {
    const sim = on({ sitThresholdMin: 60 });
    const t0 = sim.wall;
    sim.busy = ['call'];
    sim.advance(35 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
    sim.busy = [];
    sim.fullscreen = true;
    sim.advance(5 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toEqual([]);
    sim.fullscreen = null;
    sim.advance(5 * MIN, 'typing-with-pauses');
    expect(postureCues(sim)).toHaveLength(1);
    expect(at(sim, t0)[0]).toBeGreaterThan(40);
  });

  it('with busy sources that answer later (as real ones do), it still comes, and still adds no wake-up', () => {
    const run = (posture: boolean) => {
      const sim = new Sim({ settings: { postureResets: posture } });
      sim.busy = [];
      sim.busyDelayMs = 2_000;
      return sim.start().advance(29 * MIN, 'typing-with-pauses');
    };
    const off = run(false);
    const with_ = run(true);
    expect(postureCues(with_)).toHaveLength(1);
    expect(with_.engine.wakeUps).toBe(off.engine.wakeUps);
  });
});
