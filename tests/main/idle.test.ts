// Wayland's idle counter may stay at 0 (electron#27912): after 30 minutes of samples that never pass 2 s the
// sample says so; a counter that grows once is trusted for good; other sessions are never suspected.
import { describe, expect, it } from 'vitest';
import { UNRELIABLE_AFTER_MS, powerMonitorIdle } from '../../electron/main/adapters/idle';
import { FakePowerMonitor } from '../fakes/electron';

function setup(wayland: boolean) {
  const pm = new FakePowerMonitor();
  let now = 0;
  const idle = powerMonitorIdle(pm, { wayland, now: () => now });
  /** Samples every 90 s for `ms` with the counter reading `idleSec`; returns the last sample. */
  const run = (ms: number, idleSec: number) => {
    pm.typing(idleSec);
    let last = idle.sample();
    for (let t = 0; t < ms; t += 90_000) {
      now += 90_000;
      last = idle.sample();
    }
    return last;
  };
  return { run };
}

describe('idle counter reliability', () => {
  it('Wayland, a counter stuck at 0 for 30 minutes: unreliable', () => {
    const { run } = setup(true);
    expect(run(UNRELIABLE_AFTER_MS - 90_000, 0).idleUnreliable).toBeUndefined();
    expect(run(90_000, 0).idleUnreliable).toBe(true);
  });

  it('Wayland, a counter that grows once (a pause in reading) is trusted from then on', () => {
    const { run } = setup(true);
    run(10 * 60_000, 0);
    run(90_000, 12);
    expect(run(2 * UNRELIABLE_AFTER_MS, 0).idleUnreliable).toBeUndefined();
  });

  it('X11, Windows, macOS: never suspected', () => {
    const { run } = setup(false);
    expect(run(3 * UNRELIABLE_AFTER_MS, 0).idleUnreliable).toBeUndefined();
  });
});
