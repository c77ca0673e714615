// The walk clock: timed from wall-clock timestamps, with pauses, easy-pace ends, posture cues and brisk middle.
import { describe, expect, it } from 'vitest';
import {
  endWalkClock,
  nextWalkChangeAt,
  pauseWalkClock,
  resumeWalkClock,
  startWalkClock,
  walkView,
} from '../../electron/core/walk-clock';

const T0 = Date.UTC(2026, 10, 2, 10, 0);
const S = 1_000;
const M = 60_000;

describe('walk clock', () => {
  it.each([
    // planned min, minutes walked, expected phase
    [5, 0, 'easy-start'],
    [5, 0.99, 'easy-start'],
    [5, 1, 'steady'],
    [5, 3.99, 'steady'],
    [5, 4, 'easy-end'],
    [5, 5, 'finished'],
    [12, 1.99, 'easy-start'],
    [12, 2, 'steady'],
    [12, 10, 'easy-end'],
    [30, 28, 'easy-end'],
    [30, 31, 'finished'],
  ] as const)('a %s-minute walk after %s min is %s', (planned, walkedMin, phase) => {
    const c = startWalkClock(T0, planned);
    expect(walkView(c, T0 + walkedMin * M).phase).toBe(phase);
  });

  it('keeps time from timestamps: a 10-minute walk seen after the window was hidden for 7 minutes', () => {
    const c = startWalkClock(T0, 10);
    expect(walkView(c, T0 + 7 * M)).toMatchObject({ walkedMs: 7 * M, remainingMs: 3 * M, progress: 0.7 });
  });

  it('pauses do not count; resume continues where it stopped', () => {
    let c = startWalkClock(T0, 10);
    c = pauseWalkClock(c, T0 + 3 * M);
    expect(walkView(c, T0 + 8 * M)).toMatchObject({ walkedMs: 3 * M, paused: true });
    c = resumeWalkClock(c, T0 + 8 * M);
    expect(walkView(c, T0 + 10 * M)).toMatchObject({ walkedMs: 5 * M, remainingMs: 5 * M, paused: false });
    expect(nextWalkChangeAt(pauseWalkClock(c, T0 + 11 * M), T0 + 11 * M)).toBeNull();
  });

  it('ending early freezes the walked time', () => {
    const c = endWalkClock(startWalkClock(T0, 15), T0 + 4 * M);
    expect(walkView(c, T0 + 20 * M)).toMatchObject({
      phase: 'finished',
      walkedMs: 4 * M,
      remainingMs: 11 * M,
    });
  });

  it('a clock set back never gives negative time', () => {
    const c = startWalkClock(T0, 5);
    expect(walkView(c, T0 - 30 * M)).toMatchObject({ walkedMs: 0, remainingMs: 5 * M, phase: 'easy-start' });
  });

  it('posture cues rotate every 90 s in the steady phase only; brisk is offered from 12-minute walks', () => {
    const c = startWalkClock(T0, 12);
    expect(walkView(c, T0 + 1 * M).cue).toBeNull();
    const cues = [0, 1.5, 3, 4.5, 6, 7.5].map((m) => walkView(c, T0 + 2 * M + m * M).cue);
    expect(cues).toEqual(['head-up', 'shoulders-relaxed', 'no-lean', 'level-ground', 'shoes', 'head-up']);
    expect(walkView(c, T0 + 5 * M).briskAllowed).toBe(true);
    expect(walkView(startWalkClock(T0, 10), T0 + 5 * M).briskAllowed).toBe(false);
  });

  it.each([5, 7, 10])(
    'every posture cue appears on a %i-minute walk too (from level 1: shoes, flat ground, no leaning)',
    (minutes) => {
      const c = startWalkClock(T0, minutes);
      const seen = new Set<string | null>();
      for (let t = T0; nextWalkChangeAt(c, t) !== null; t = nextWalkChangeAt(c, t)!)
        seen.add(walkView(c, t).cue);
      expect([...seen].filter((cue) => cue !== null).sort()).toEqual([
        'head-up',
        'level-ground',
        'no-lean',
        'shoes',
        'shoulders-relaxed',
      ]);
    },
  );

  it('says when the screen next changes, so one timer is enough', () => {
    const c = startWalkClock(T0, 12);
    expect(nextWalkChangeAt(c, T0)).toBe(T0 + 2 * M);
    expect(nextWalkChangeAt(c, T0 + 2 * M + 10 * S)).toBe(T0 + 3.5 * M);
    expect(nextWalkChangeAt(c, T0 + 9.9 * M)).toBe(T0 + 10 * M);
    expect(nextWalkChangeAt(c, T0 + 11 * M)).toBe(T0 + 12 * M);
    expect(nextWalkChangeAt(c, T0 + 12 * M)).toBeNull();
  });
});
