// tracker.json is written when what a restart needs changes, not on every wake (issue 15); while the user sits,
// "last seen" is marked without rewriting the file, so a crash loses (or adds) at most a minute of sitting.
import { describe, expect, it } from 'vitest';
import { HOUR, MIN, SEC, Sim } from '../fakes/sim';

/** The app started again at `at` from what `sim` left on disk (a crash: nothing saved on the way out). */
function restartAfterCrash(sim: Sim, at: number): Sim {
  return new Sim({ start: at, persisted: sim.persisted, touchedAt: sim.touchedAt }).start();
}

describe('tracker.json writes', () => {
  it('25 minutes of typing write nothing new; "last seen" is marked about every 2 minutes', () => {
    const sim = new Sim().start();
    const saves = sim.saves;
    sim.advance(25 * MIN, 'typing');
    expect(sim.saves).toBe(saves);
    expect(sim.touches).toBeGreaterThanOrEqual(10);
    expect(sim.touches).toBeLessThanOrEqual(25);
  });

  it('an hour of typing with reminders off wakes the process 30 times (an idle sample every 2 minutes)', () => {
    const sim = new Sim({ settings: { remindersEnabled: false } }).start();
    const wakes = sim.wakesWhilePresent;
    sim.advance(HOUR, 'typing');
    expect(sim.wakesWhilePresent - wakes).toBeLessThanOrEqual(30);
  });

  it('a night locked with the machine on writes nothing: "last seen" is marked once, at the lock', () => {
    const sim = new Sim().start();
    sim.advance(20 * MIN, 'typing');
    const saves = sim.saves;
    const touches = sim.touches;
    const lockedAt = sim.wall;
    sim.lock();
    sim.advance(12 * HOUR, 'idle');
    expect(sim.saves).toBe(saves);
    expect(sim.touches).toBe(touches + 1);
    expect(sim.touchedAt).toBe(lockedAt);
  });

  it('a crash while locked, restarted in the morning, keeps the bout up to the lock', () => {
    const sim = new Sim().start();
    const start = sim.wall;
    sim.advance(40 * MIN, 'typing');
    const lockedAt = sim.wall;
    sim.lock().advance(10 * HOUR, 'idle');
    const again = restartAfterCrash(sim, sim.wall + HOUR);
    expect(again.ofType('sitting-bout')).toEqual([
      expect.objectContaining({ start, end: lockedAt, endedBy: 'app-closed' }),
    ]);
  });

  it('a walk starting writes nothing; a crash during it keeps the bout up to the walk; its end is written', () => {
    const sim = new Sim().start();
    const start = sim.wall;
    sim.advance(31 * MIN, 'typing-with-pauses');
    expect(sim.snapshot().reminder).not.toBeNull();
    const saves = sim.saves;
    const walkAt = sim.wall;
    void sim.core.handlers['walk:start']({ source: 'reminder' });
    sim.advance(4 * MIN, 'idle');
    expect(sim.saves).toBe(saves);
    const again = restartAfterCrash(sim, sim.wall + HOUR);
    expect(again.ofType('sitting-bout')).toEqual([
      expect.objectContaining({ start, end: walkAt, endedBy: 'app-closed' }),
    ]);

    void sim.core.handlers['walk:end']({ completed: true });
    expect(sim.saves).toBe(saves + 1);
    expect(sim.persisted?.state).toMatchObject({ presence: 'present', boutStart: sim.wall });
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

  it('a crash at any moment of sitting, restarted an hour later, ends the bout within a minute of the crash', () => {
    for (let offset = 0; offset < 4 * MIN; offset += 10 * SEC) {
      const sim = new Sim().start();
      const start = sim.wall;
      sim.advance(47 * MIN + offset, 'typing');
      const crashAt = sim.wall;
      const bout = restartAfterCrash(sim, crashAt + HOUR).ofType('sitting-bout')[0];
      expect(bout).toMatchObject({ start, endedBy: 'app-closed' });
      expect(Math.abs(crashAt - bout!.end), `crash ${offset / SEC} s after 47 min`).toBeLessThanOrEqual(MIN);
    }
  });
});
