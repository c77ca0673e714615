// Standing at a sit-stand desk ("I'm standing" in the tray): the sitting clock stops but does not reset (standing
// still is not a break, health-evidence part 2 (a) 4), standing time is counted and recorded, one gentle cue after
// a long spell (F9), and lock, sleep, away and moving end a spell the way they end a sitting bout.
import { describe, expect, it } from 'vitest';
import { runTrayCommand } from '../../electron/core/tray-commands';
import { trayModel, type TrayMenuItem } from '../../electron/core/tray-model';
import { MIN, SEC, Sim } from '../fakes/sim';
import { ENGLISH } from '../fakes/i18n';

const stand = (sim: Sim) => sim.engine.dispatch({ kind: 'stand' });
const sit = (sim: Sim) => sim.engine.dispatch({ kind: 'sit' });
const minutes = (ms: number) => ms / MIN;
/** Recorded spans as minutes from `t0`: [start, end]. */
const spans = (list: { start: number; end: number }[], t0: number) =>
  list.map((e) => [minutes(e.start - t0), minutes(e.end - t0)]);

describe('standing mode', () => {
  it('stops the sitting clock without resetting it: no reminder while standing, the rest of the series after', () => {
    const sim = new Sim({ settings: { sitThresholdMin: 30 } }).start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'typing');
    stand(sim);
    sim.advance(40 * MIN, 'typing');
    expect(sim.snapshot()).toMatchObject({
      sittingMs: 10 * MIN,
      standingMs: 40 * MIN,
      standingSince: t0 + 10 * MIN,
      nextReminderAt: null,
      trayState: 'fresh',
    });
    expect(sim.shown).toEqual([]);
    sit(sim);
    expect(sim.snapshot()).toMatchObject({ sittingMs: 10 * MIN, standingMs: 0, standingSince: null });
    sim.advance(25 * MIN, 'reading');
    // 10 min sat before standing + 20 min after = the 30-minute threshold, at minute 70.
    expect(sim.shownMinutes(t0)).toEqual([70]);
    expect(sim.shown[0]?.view.sittingMin).toBe(30);
    expect(spans(sim.ofType('standing'), t0)).toEqual([[10, 50]]);
    expect(sim.ofType('break')).toEqual([]);
  });

  it('is not a break: sitting down after standing brings the reminder that was nearly due', () => {
    const sim = new Sim({ settings: { sitThresholdMin: 30 } }).start();
    const t0 = sim.wall;
    sim.advance(28 * MIN, 'typing');
    stand(sim);
    sim.advance(15 * MIN, 'typing');
    sit(sim);
    sim.advance(5 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([45]);
  });

  it('a bout with a standing spell records only the time sat', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'typing');
    stand(sim);
    sim.advance(20 * MIN, 'typing');
    sit(sim);
    sim.advance(5 * MIN, 'typing');
    sim.engine.dispatch({ kind: 'moved' });
    const [bout] = sim.ofType('sitting-bout');
    expect(minutes(bout!.end - bout!.start)).toBe(15);
    expect(bout).toMatchObject({ end: t0 + 35 * MIN, endedBy: 'moved' });
  });

  it('gives one quiet cue after 45 minutes of standing, once per spell', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    stand(sim);
    sim.advance(120 * MIN, 'typing');
    expect(sim.cues).toEqual([{ at: t0 + 45 * MIN, cue: { kind: 'standing-long', standingMin: 45 } }]);
    sit(sim);
    stand(sim);
    sim.advance(45 * MIN, 'typing');
    expect(sim.cues.map((c) => minutes(c.at - t0))).toEqual([45, 165]);
  });

  it.each([
    ['a meeting pause', 'meeting', [70]],
    ['reminders turned off', 'off', []],
  ] as const)(
    'gives no cue during %s; a pause that ends while still standing lets it come then',
    (_, what, at) => {
      const sim = new Sim().start();
      const t0 = sim.wall;
      stand(sim);
      sim.advance(10 * MIN, 'typing');
      if (what === 'meeting')
        sim.engine.dispatch({ kind: 'pause', until: sim.wall + 60 * MIN, meeting: true });
      else sim.core.settings.update({ remindersEnabled: false });
      sim.advance(90 * MIN, 'typing');
      expect(sim.cues.map((c) => minutes(c.at - t0))).toEqual(at);
    },
  );

  it('gives no cue outside working hours', () => {
    // Monday 09:00 UTC start; working hours end at 09:30 (London = UTC in November).
    const sim = new Sim({
      settings: {
        workingHours: {
          enabled: true,
          days: {
            mon: [{ start: '09:00', end: '09:30' }],
            tue: [],
            wed: [],
            thu: [],
            fri: [],
            sat: [],
            sun: [],
          },
        },
      },
    }).start();
    stand(sim);
    sim.advance(90 * MIN, 'typing');
    expect(sim.cues).toEqual([]);
  });
});

describe('standing with lock, sleep, away and moving', () => {
  it.each([
    ['a lock of 10 min', (sim: Sim) => (sim.lock(), sim.advance(10 * MIN, 'idle'), sim.unlock()), 'lock'],
    ['a sleep of 10 min', (sim: Sim) => sim.sleep(10 * MIN), 'suspend'],
  ] as const)(
    '%s ends the spell and the bout where it began; back, the user is sitting',
    (_, leave, cause) => {
      const sim = new Sim().start();
      const t0 = sim.wall;
      sim.advance(10 * MIN, 'typing');
      stand(sim);
      sim.advance(20 * MIN, 'typing');
      leave(sim);
      expect(spans(sim.ofType('standing'), t0)).toEqual([[10, 30]]);
      expect(sim.ofType('sitting-bout').map((b) => minutes(b.end - b.start))).toEqual([10]);
      expect(sim.ofType('break')).toMatchObject([{ kind: 'inferred', cause }]);
      expect(sim.snapshot()).toMatchObject({ presence: 'present', standingSince: null, sittingMs: 0 });
    },
  );

  it('a lock shorter than 2 minutes keeps the user standing', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    stand(sim);
    sim.advance(10 * MIN, 'typing');
    sim.lock();
    sim.advance(90 * SEC, 'idle');
    sim.unlock();
    sim.advance(5 * MIN, 'typing');
    expect(sim.snapshot()).toMatchObject({ standingSince: t0, sittingMs: 0 });
    expect(sim.ofType('standing')).toEqual([]);
  });

  it('no input for the away threshold while standing is an absence: the spell ends at the last input', () => {
    const sim = new Sim({ settings: { awayThresholdMin: 5 } }).start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'typing');
    stand(sim);
    sim.advance(10 * MIN, 'typing');
    sim.advance(8 * MIN, 'idle');
    expect(spans(sim.ofType('standing'), t0)).toEqual([[10, 20]]);
    expect(sim.snapshot()).toMatchObject({ presence: 'away', standingSince: null });
  });

  it('"I just moved" while standing is the break (moving beats standing)', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(25 * MIN, 'typing');
    stand(sim);
    sim.advance(5 * MIN, 'typing');
    sim.engine.dispatch({ kind: 'moved' });
    expect(sim.ofType('break')).toMatchObject([{ kind: 'moved' }]);
    expect(spans(sim.ofType('standing'), t0)).toEqual([[25, 30]]);
    sim.advance(29 * MIN, 'reading');
    expect(sim.shown).toEqual([]);
    sim.advance(2 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([60]);
  });

  it('a completed walk from standing ends the spell at the walk start', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    stand(sim);
    sim.advance(10 * MIN, 'typing');
    sim.engine.dispatch({ kind: 'start-walk', source: 'tray' });
    sim.advance(5 * MIN, 'idle');
    sim.engine.dispatch({ kind: 'end-walk', completed: true });
    expect(spans(sim.ofType('standing'), t0)).toEqual([[0, 10]]);
    expect(sim.snapshot()).toMatchObject({ presence: 'present', standingSince: null });
  });

  it('a quick restart keeps the user standing; a long one records the spell up to when the app was last seen', () => {
    const first = new Sim().start();
    const t0 = first.wall;
    first.advance(10 * MIN, 'typing');
    stand(first);
    first.advance(10 * MIN, 'typing');
    first.engine.stop();
    const quick = new Sim({ start: first.wall + MIN, persisted: first.persisted }).start();
    expect(quick.snapshot()).toMatchObject({ standingSince: t0 + 10 * MIN, sittingMs: 10 * MIN });
    const late = new Sim({ start: first.wall + 60 * MIN, persisted: first.persisted }).start();
    expect(spans(late.ofType('standing'), t0)).toEqual([[10, 20]]);
    expect(late.ofType('sitting-bout').map((b) => minutes(b.end - b.start))).toEqual([10]);
  });

  it('a clock change moves the spell with every other instant', () => {
    const sim = new Sim().start();
    stand(sim);
    sim.advance(10 * MIN, 'typing');
    sim.jumpClock(60 * MIN);
    sim.advance(5 * MIN, 'typing');
    expect(sim.snapshot().standingMs).toBe(15 * MIN);
  });
});

describe('standing in the tray', () => {
  const item = (sim: Sim, id: string) =>
    trayModel(sim.snapshot(), ENGLISH).menu.find(
      (it): it is Extract<TrayMenuItem, { type: 'item' }> => it.id === id && it.type === 'item',
    );

  it('"I\'m standing" switches to "I\'m sitting again", and the status says the sitting clock is paused', async () => {
    const sim = new Sim().start();
    sim.advance(12 * MIN, 'typing');
    expect(item(sim, 'standing')?.label).toBe("I'm standing");
    await runTrayCommand(sim.core, item(sim, 'standing')!.command);
    sim.advance(3 * MIN, 'typing');
    expect(trayModel(sim.snapshot(), ENGLISH).tooltip).toBe(
      'WalkBreak: Standing for 3 min (sitting clock paused at 12 min)',
    );
    expect(item(sim, 'standing')?.label).toBe("I'm sitting again");
    await runTrayCommand(sim.core, item(sim, 'standing')!.command);
    expect(sim.snapshot()).toMatchObject({ standingSince: null, sittingMs: 12 * MIN });
  });

  it('is not offered during a walk', () => {
    const sim = new Sim().start();
    sim.engine.dispatch({ kind: 'start-walk', source: 'tray' });
    expect(item(sim, 'standing')?.enabled).toBe(false);
  });
});
