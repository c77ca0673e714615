// What the tracker records and how it reacts to user actions, restarts and unannounced sleeps.
import { describe, expect, it } from 'vitest';
import { HOUR, MIN, Sim } from '../fakes/sim';

describe('history events', () => {
  it('a long absence records the bout up to the last input and an inferred break until the return', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim
      .advance(12 * MIN, 'reading')
      .advance(8 * MIN, 'idle')
      .advance(2 * MIN, 'reading');
    // reading: last input 10 s before each step; the idle counter starts at the last input (11:50).
    const lastInput = t0 + 12 * MIN;
    expect(sim.ofType('sitting-bout')).toEqual([
      { type: 'sitting-bout', at: lastInput, start: t0, end: lastInput, endedBy: 'away' },
    ]);
    const [brk] = sim.ofType('break');
    expect(brk).toMatchObject({ kind: 'inferred', cause: 'idle', start: lastInput, end: t0 + 20 * MIN });
    expect(sim.snapshot().sittingSince).toBe(t0 + 20 * MIN);
  });

  it('a reminder on screen when the user walks away expires and is recorded as such', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    expect(sim.snapshot().reminder).not.toBeNull();
    sim.advance(6 * MIN, 'idle');
    expect(sim.snapshot().reminder).toBeNull();
    expect(sim.ofType('reminder-expired')).toMatchObject([{ reason: 'away' }]);
    expect(sim.hidden).toHaveLength(1);
  });

  it('Start walk from the reminder: accepted, break window opened, sitting ends; completing resets it', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(30 * MIN, 'reading');
    void sim.core.handlers['walk:start']({ source: 'reminder' });
    expect(sim.ofType('reminder-accepted')).toHaveLength(1);
    expect(sim.breaksOpened).toEqual([t0 + 30 * MIN]);
    expect(sim.snapshot()).toMatchObject({ presence: 'walking', trayState: 'fresh', reminder: null });
    sim.advance(5 * MIN, 'idle');
    void sim.core.handlers['walk:end']({ completed: true });
    expect(sim.ofType('sitting-bout')).toEqual([
      { type: 'sitting-bout', at: t0 + 30 * MIN, start: t0, end: t0 + 30 * MIN, endedBy: 'walk' },
    ]);
    expect(sim.ofType('break')).toMatchObject([{ kind: 'guided', start: t0 + 30 * MIN, end: t0 + 35 * MIN }]);
    expect(sim.snapshot()).toMatchObject({ presence: 'present', sittingMs: 0 });
    sim.advance(31 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([30, 65]);
  });

  it('a walk abandoned within 2 minutes is not a break: the bout goes on', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'reading');
    void sim.core.handlers['walk:start']({ source: 'tray' });
    sim.advance(1 * MIN, 'idle');
    void sim.core.handlers['walk:end']({ completed: false });
    expect(sim.ofType('break')).toHaveLength(0);
    expect(sim.ofType('walk-ended')).toMatchObject([{ completed: false, start: t0 + 10 * MIN }]);
    expect(sim.snapshot().sittingSince).toBe(t0);
  });

  it('"I just moved" records a break and starts a new bout', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(25 * MIN, 'reading');
    void sim.core.handlers['tracker:report-moved']({});
    expect(sim.ofType('break')).toMatchObject([{ kind: 'moved', at: t0 + 25 * MIN }]);
    sim.advance(31 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([55]);
  });

  it('a threshold change mid-bout re-plans the next reminder without a restart', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'reading');
    sim.core.settings.update({ sitThresholdMin: 45 });
    expect(sim.snapshot().nextReminderAt).toBe(t0 + 45 * MIN);
    sim.advance(20 * MIN);
    sim.core.settings.update({ sitThresholdMin: 20 });
    expect(sim.shownMinutes(t0)).toEqual([30]);
  });

  it('clock jumps never record negative durations; the jump itself is recorded', () => {
    const sim = new Sim().start();
    sim
      .advance(10 * MIN, 'reading')
      .jumpClock(-2 * HOUR)
      .advance(10 * MIN, 'idle')
      .advance(1 * MIN, 'reading');
    for (const e of sim.ofType('sitting-bout')) expect(e.end - e.start).toBeGreaterThan(0);
    expect(sim.ofType('sitting-bout')[0]).toMatchObject({ endedBy: 'away' });
    expect(sim.ofType('sitting-bout')[0]!.end - sim.ofType('sitting-bout')[0]!.start).toBe(10 * MIN);
    expect(sim.ofType('clock-changed')).toMatchObject([{ skewMs: -2 * HOUR }]);
  });
});

describe('sleep without a suspend event', () => {
  it('a wall-clock gap the idle counter covers is treated as an absence, not a clock change', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'reading').setActivity('idle');
    sim.sleep(3 * HOUR, { events: false });
    sim.advance(2 * MIN, 'idle');
    expect(sim.ofType('clock-changed')).toHaveLength(0);
    expect(sim.ofType('sitting-bout')).toMatchObject([{ start: t0, endedBy: 'suspend' }]);
    expect(sim.snapshot().sittingSince).toBeGreaterThan(t0 + 3 * HOUR);
  });
});

describe('restarting the app', () => {
  it('a quick restart continues the bout and brings back a reminder that was on screen', () => {
    const first = new Sim().start();
    const t0 = first.wall;
    first.advance(31 * MIN, 'reading');
    expect(first.snapshot().reminder).not.toBeNull();
    first.engine.stop();
    const second = new Sim({ start: first.wall + 1 * MIN, persisted: first.persisted }).start();
    expect(second.snapshot().sittingSince).toBe(t0);
    expect(second.shown).toHaveLength(1);
  });

  it('a restart after a long gap records the old bout as ended when the app closed', () => {
    const first = new Sim().start();
    const t0 = first.wall;
    first.advance(20 * MIN, 'reading');
    first.engine.stop();
    const second = new Sim({ start: first.wall + 2 * HOUR, persisted: first.persisted }).start();
    expect(second.ofType('sitting-bout')).toEqual([
      { type: 'sitting-bout', at: t0 + 20 * MIN, start: t0, end: t0 + 20 * MIN, endedBy: 'app-closed' },
    ]);
    expect(second.snapshot().sittingMs).toBe(0);
  });

  it('a corrupt stored state starts a fresh bout and says why', () => {
    const sim = new Sim({
      persisted: { version: 1, savedAt: 5, state: { presence: 'dancing' } } as never,
    }).start();
    expect(sim.warnings.join(' ')).toMatch(/stored tracker state ignored \(state has invalid fields\)/);
    expect(sim.snapshot().presence).toBe('present');
  });
});

describe('tray state', () => {
  it('goes fresh → approaching at 25 min → overdue at 30 min → fresh when away', () => {
    const sim = new Sim().start();
    sim.advance(24 * MIN, 'reading');
    expect(sim.snapshot().trayState).toBe('fresh');
    sim.advance(1 * MIN);
    expect(sim.snapshot().trayState).toBe('approaching');
    sim.advance(5 * MIN);
    expect(sim.snapshot().trayState).toBe('overdue');
    sim.advance(6 * MIN, 'idle');
    expect(sim.snapshot().trayState).toBe('fresh');
  });
});
