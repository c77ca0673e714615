// Another app fullscreen or presenting holds a due reminder; it comes within a minute after that ends. Another app
// keeping the screen in use (a video, a presentation) means no input is not a break. Both only where the platform
// tells (the IdleSample fields); where it cannot (null), nothing changes.
import { describe, expect, it } from 'vitest';
import { HOUR, MIN, SEC, Sim } from '../fakes/sim';

describe('fullscreen or presenting hold', () => {
  it.each([
    { name: 'a 20-minute presentation from minute 25', from: 25, minutes: 20 },
    { name: 'a two-hour fullscreen film from minute 10', from: 10, minutes: 120 },
    { name: 'a presentation that starts just before the reminder is due', from: 29.5, minutes: 15 },
  ])('$name: no reminder during it, one within a minute after', ({ from, minutes }) => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(from * MIN, 'reading');
    sim.fullscreen = true;
    sim.advance(minutes * MIN, 'typing');
    expect(sim.shown).toEqual([]);
    sim.fullscreen = false;
    const ended = sim.wall;
    sim.advance(2 * MIN, 'typing');
    expect(sim.shown).toHaveLength(1);
    const delay = (sim.shown[0]?.at ?? Infinity) - ended;
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(MIN);
    expect(sim.shown[0]?.view.sittingMin).toBe(Math.floor((sim.shown[0]!.at - t0) / MIN));
  });

  it('while held it looks every 30 s, not every 10 s', () => {
    const sim = new Sim().start();
    sim.advance(29 * MIN, 'reading');
    sim.fullscreen = true;
    sim.advance(MIN + SEC, 'reading');
    expect(sim.timerDueIn()).toBeGreaterThan(20 * SEC);
    expect(sim.timerDueIn()).toBeLessThanOrEqual(30 * SEC);
  });

  it('where the platform cannot tell (null), reminders come as usual', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.fullscreen = null;
    sim.advance(31 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([30]);
  });
});

describe('watching or reading: the screen in use is not a break', () => {
  it('no input for 20 min while a video keeps the screen awake: sitting goes on, the reminder comes', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(15 * MIN, 'reading');
    sim.screenInUse = true;
    sim.advance(20 * MIN, 'idle');
    expect(sim.ofType('break')).toEqual([]);
    expect(sim.snapshot()).toMatchObject({ presence: 'present', sittingSince: t0 });
    expect(sim.shownMinutes(t0)).toEqual([30]);
  });

  it('without the signal the same 20 min without input is an inferred break', () => {
    const sim = new Sim().start();
    sim.advance(15 * MIN, 'reading');
    sim.screenInUse = false;
    sim.advance(20 * MIN, 'idle');
    expect(sim.ofType('break')).toHaveLength(0); // still away: the break is recorded on return
    expect(sim.snapshot().presence).toBe('away');
    sim.advance(HOUR, 'reading');
    expect(sim.ofType('break')).toMatchObject([{ kind: 'inferred', cause: 'idle' }]);
  });
});

describe('an idle counter that does not work (Wayland)', () => {
  it('the snapshot says so; lock and "I just moved" still end the bout', () => {
    const sim = new Sim().start();
    const sample = sim.sample.bind(sim);
    sim.sample = () => ({ ...sample(), idleSec: 0, idleUnreliable: true });
    sim.advance(10 * MIN, 'reading');
    expect(sim.snapshot().idleUnreliable).toBe(true);
    sim.advance(20 * MIN, 'idle');
    expect(sim.snapshot().presence).toBe('present'); // away is invisible: the fallback signals remain
    sim.engine.dispatch({ kind: 'moved' });
    expect(sim.ofType('break')).toMatchObject([{ kind: 'moved' }]);
  });
});
