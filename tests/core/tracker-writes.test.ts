// tracker.json is written when what a restart needs changes, not on every wake (issue 15); while the user sits,
// "last seen" is marked at most once a minute without rewriting the file, so a crash loses little sitting.
import { describe, expect, it } from 'vitest';
import { HOUR, MIN, SEC, Sim } from '../fakes/sim';

describe('tracker.json writes', () => {
  it('25 minutes of typing write nothing new; "last seen" is marked about once a minute', () => {
    const sim = new Sim().start();
    const saves = sim.saves;
    sim.advance(25 * MIN, 'typing');
    expect(sim.saves).toBe(saves);
    expect(sim.touches).toBeGreaterThanOrEqual(10);
    expect(sim.touches).toBeLessThanOrEqual(25);
  });

  it('a night locked with the machine on writes once, at the lock, and marks nothing', () => {
    const sim = new Sim().start();
    sim.advance(20 * MIN, 'typing');
    const saves = sim.saves;
    const touches = sim.touches;
    sim.lock();
    sim.advance(12 * HOUR, 'idle');
    expect(sim.saves).toBe(saves + 1);
    expect(sim.touches).toBe(touches);
  });

  it('a snooze is written at once (the snooze series survives a crash)', () => {
    const sim = new Sim().start();
    sim.advance(32 * MIN, 'typing-with-pauses');
    expect(sim.snapshot().reminder).not.toBeNull();
    const saves = sim.saves;
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    expect(sim.saves).toBe(saves + 1);
    expect(sim.persisted?.state.reminder.snoozeCount).toBe(1);
  });

  it('a crash after 47 minutes of sitting, restarted an hour later, keeps all but the last 90 s of the bout', () => {
    const sim = new Sim().start();
    const start = sim.wall;
    sim.advance(47 * MIN, 'typing');
    const crashAt = sim.wall;
    const again = new Sim({
      start: crashAt + HOUR,
      persisted: sim.persisted,
      touchedAt: sim.touchedAt,
    }).start();
    const bout = again.ofType('sitting-bout')[0];
    expect(bout).toMatchObject({ start, endedBy: 'app-closed' });
    expect(crashAt - bout!.end).toBeLessThanOrEqual(90 * SEC);
  });
});
