// Sitting stops counting when the screen locks or the machine sleeps (issue 15): the tray says how long the user
// sat before the lock, and that number does not grow over a night locked or asleep.
import { describe, expect, it } from 'vitest';
import { trayModel } from '../../electron/core/tray-model';
import { ENGLISH } from '../fakes/i18n';
import { HOUR, MIN, Sim } from '../fakes/sim';

const status = (sim: Sim) => trayModel(sim.snapshot(), ENGLISH).tooltip;

describe('sitting time while locked or asleep', () => {
  it('locked with the machine left on all night: the tray keeps the minutes sat before the lock', () => {
    const sim = new Sim().start();
    sim.advance(20 * MIN, 'typing');
    sim.lock();
    expect(status(sim)).toBe('WalkBreak: sitting for 20 min before the screen locked');
    sim.advance(10 * HOUR, 'idle');
    expect(sim.snapshot().sittingMs).toBe(20 * MIN);
    expect(status(sim)).toBe('WalkBreak: sitting for 20 min before the screen locked');
  });

  it('asleep: the snapshot taken on wake-up before the resume arrives does not count the sleep as sitting', () => {
    const sim = new Sim().start();
    sim.advance(12 * MIN, 'typing');
    sim.engine.dispatch({ kind: 'suspend' });
    sim.wall += 8 * HOUR; // asleep: wall time moves, monotonic and timers stand still
    expect(sim.snapshot().presence).toBe('asleep');
    expect(sim.snapshot().sittingMs).toBe(12 * MIN);
  });

  it('a short lock the user comes back from goes on counting the same bout', () => {
    const sim = new Sim().start();
    sim.advance(20 * MIN, 'typing');
    sim.lock();
    sim.advance(1 * MIN, 'idle');
    sim.unlock();
    sim.advance(1 * MIN, 'typing');
    expect(sim.snapshot().presence).toBe('present');
    expect(sim.snapshot().sittingMs).toBe(22 * MIN);
  });
});
