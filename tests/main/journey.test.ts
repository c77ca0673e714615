// The smoke journey's test-only time switch (adapters/journey.ts): only in an unpackaged build with
// WALKBREAK_TEST_TIME_SCALE; with it the engine's time runs faster and the idle counter reads as a user reading, so
// on a runner nobody has touched (idle for an hour) a reminder opens after the threshold in seconds.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { journeyScale, scaledClock, scaledTimer } from '../../electron/main/adapters/journey';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-journey-');

describe('the test time switch', () => {
  it('is on only unpackaged, with a scale from 2 to 1000', () => {
    expect(journeyScale('120', false)).toBe(120);
    expect(journeyScale('120', true)).toBeNull();
    expect(journeyScale(undefined, false)).toBeNull();
    expect(journeyScale('fast', false)).toBeNull();
    expect(journeyScale('1', false)).toBeNull();
    expect(journeyScale('100000', false)).toBeNull();
  });

  it('runs the clocks and the timer 120 times faster', () => {
    let wall = 1_000_000;
    let mono = 50;
    const clock = scaledClock({ now: () => wall, monotonic: () => mono }, 120);
    wall += 1_000;
    mono += 1_000;
    expect(clock.now()).toBe(1_000_000 + 120_000);
    expect(clock.monotonic()).toBe(50 + 120_000);
    const after = vi.fn((delayMs: number, fire: () => void) => (fire(), () => undefined));
    scaledTimer({ after }, 120).after(60_000, () => undefined);
    expect(after.mock.calls[0]?.[0]).toBe(500);
  });

  it('on a runner idle for an hour: a reminder window after 15 real seconds with the switch, none without', async () => {
    env.fake.powerMonitor.idleFor(3600);
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    await vi.advanceTimersByTimeAsync(40 * 60_000);
    expect(env.fake.windowsWithView('reminder')).toEqual([]); // away: no sitting, no reminder
    env.running.dispose();

    env.running = bootstrap(env.fake, { ...bootstrapOptions(env.dir), timeScale: 120 });
    await vi.advanceTimersByTimeAsync(14_000);
    expect(env.fake.windowsWithView('reminder')).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(env.fake.windowsWithView('reminder')).toHaveLength(1);
  });
});
