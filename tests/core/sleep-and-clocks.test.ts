// Sleep and clock changes through the engine's public API (the simulator's fake wall and monotonic clocks), one
// named test per case with the reminders and history a user would see (issue 6). Times are minutes from the
// start of the bout; "real" minutes are the monotonic clock's, which the user lives through. Working hours are off
// here (ALL_HOURS): these cases cross nights, Sundays and clock jumps out of 09:00–17:30, and are about the clocks.
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../electron/shared/history';
import { ALL_HOURS, HOUR, MIN, Sim } from '../fakes/sim';

const DAY = 24 * HOUR;

/** History as [type, minutes from t0, …the times it spans] so a whole day reads as one line. */
function timeline(sim: Sim, t0: number): string[] {
  const m = (ms: number): number => (ms - t0) / MIN;
  return sim.events.map((e: HistoryEvent) => {
    const span = 'start' in e && 'end' in e ? ` ${m(e.start)}–${m(e.end)}` : '';
    const why = 'endedBy' in e ? ` ${e.endedBy}` : 'cause' in e && e.cause ? ` ${e.cause}` : '';
    return `${e.type}@${m(e.at)}${span}${why}`;
  });
}

/** Sits reading for 10 minutes, then the laptop sleeps for `ms` (suspend … resume), then 40 more minutes. */
function sleepAfterTen(ms: number): { sim: Sim; t0: number } {
  const sim = new Sim({ settings: ALL_HOURS }).start();
  const t0 = sim.wall;
  sim
    .advance(10 * MIN, 'reading')
    .sleep(ms)
    .advance(40 * MIN, 'reading');
  return { sim, t0 };
}

describe('suspend and resume', () => {
  it('sleep of 1 minute (shorter than the 2-minute break): the bout goes on, one reminder at 30 minutes', () => {
    const { sim, t0 } = sleepAfterTen(MIN);
    expect(sim.shownMinutes(t0)).toEqual([30]);
    expect(sim.ofType('sitting-bout')).toEqual([]);
    expect(sim.ofType('break')).toEqual([]);
  });

  it('sleep of 20 minutes: a break from 10 to 30, a new bout, one reminder 30 minutes after waking', () => {
    const { sim, t0 } = sleepAfterTen(20 * MIN);
    expect(timeline(sim, t0)).toEqual([
      'sitting-bout@10 0–10 suspend',
      'break@30 10–30 suspend',
      'reminder-shown@60',
    ]);
  });

  it('sleep of 3 hours: one break for the whole sleep, one reminder 30 minutes after waking', () => {
    const { sim, t0 } = sleepAfterTen(3 * HOUR);
    expect(timeline(sim, t0)).toEqual([
      'sitting-bout@10 0–10 suspend',
      'break@190 10–190 suspend',
      'reminder-shown@220',
    ]);
  });

  it('sleep of 3 days (a weekend): one break, no burst of missed reminders, one reminder after waking', () => {
    const { sim, t0 } = sleepAfterTen(3 * DAY);
    expect(timeline(sim, t0)).toEqual([
      'sitting-bout@10 0–10 suspend',
      `break@${10 + 3 * 24 * 60} 10–${10 + 3 * 24 * 60} suspend`,
      `reminder-shown@${40 + 3 * 24 * 60}`,
    ]);
  });

  it('away, then asleep overnight, typing at once on waking: the night is a break, no instant reminder', () => {
    const sim = new Sim({ settings: ALL_HOURS }).start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'typing-with-pauses').advance(10 * MIN, 'idle');
    sim.sleep(15 * HOUR).advance(40 * MIN, 'typing-with-pauses');
    const woke = 30 + 15 * 60;
    const [breakEvent] = sim.ofType('break');
    expect(breakEvent).toMatchObject({ start: t0 + 20 * MIN, cause: 'idle' });
    expect((breakEvent!.end - t0) / MIN).toBeGreaterThanOrEqual(woke);
    expect((breakEvent!.end - t0) / MIN).toBeLessThanOrEqual(woke + 2);
    expect(sim.shown).toHaveLength(1);
    expect(sim.shown[0]!.view.sittingMin).toBe(30);
    expect((sim.shown[0]!.at - breakEvent!.end) / MIN).toBeGreaterThanOrEqual(30);
  });

  it('sleep with a reminder on screen: it expires (not skipped), and comes back only after a new 30 minutes', () => {
    const sim = new Sim({ settings: ALL_HOURS }).start();
    const t0 = sim.wall;
    sim
      .advance(31 * MIN, 'reading')
      .sleep(3 * HOUR)
      .advance(40 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([30, 211 + 30]);
    expect(sim.ofType('reminder-expired')).toMatchObject([{ reason: 'suspend' }]);
    expect(sim.ofType('reminder-skipped')).toEqual([]);
    expect(sim.hidden.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the wall clock changes while the user sits', () => {
  it('clock moved back 1 hour: the reminder still comes after 30 real minutes, once; the change is recorded', () => {
    const sim = new Sim({ settings: ALL_HOURS }).start();
    const t0 = sim.wall;
    const mono0 = sim.mono;
    sim.advance(10 * MIN, 'reading').jumpClock(-HOUR);
    sim.advance(40 * MIN, 'reading');
    expect(sim.shown).toHaveLength(1);
    expect(sim.shown[0]!.at).toBe(t0 - HOUR + 30 * MIN);
    expect(sim.mono - mono0).toBe(50 * MIN);
    expect(sim.ofType('clock-changed')).toMatchObject([{ skewMs: -HOUR }]);
    expect(sim.ofType('sitting-bout')).toEqual([]);
  });

  it('clock moved forward 2 hours: no early reminder and no break inferred; one reminder after 30 real minutes', () => {
    const sim = new Sim({ settings: ALL_HOURS }).start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'reading').jumpClock(2 * HOUR);
    sim.advance(19 * MIN, 'reading');
    expect(sim.shown).toEqual([]);
    sim.advance(21 * MIN, 'reading');
    expect(sim.shown.map((s) => s.at)).toEqual([t0 + 2 * HOUR + 30 * MIN]);
    expect(sim.ofType('clock-changed')).toMatchObject([{ skewMs: 2 * HOUR }]);
    expect(sim.ofType('break')).toEqual([]);
  });
});

describe('time zone and daylight saving while running', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = zone;
  });

  it('time-zone change (London → New York) mid-bout: instants do not move, so neither does the reminder', () => {
    const sim = new Sim({ settings: ALL_HOURS }).start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'reading');
    process.env['TZ'] = 'America/New_York';
    expect(new Date(t0).getHours()).toBe(4); // 09:00 in London is 04:00 in New York
    sim.advance(40 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([30]);
    expect(sim.ofType('clock-changed')).toEqual([]);
  });

  it.each([
    ['spring forward (29 Mar 2026, 01:00 GMT → 02:00 BST)', Date.UTC(2026, 2, 29, 0, 50)],
    ['fall back (25 Oct 2026, 02:00 BST → 01:00 GMT)', Date.UTC(2026, 9, 25, 0, 50)],
  ])('DST %s: a 10-minute snooze across the change is 10 real minutes, nothing doubled', (_label, start) => {
    const sim = new Sim({ start, settings: ALL_HOURS }).start();
    sim.advance(30 * MIN, 'reading');
    expect(sim.shownMinutes(start)).toEqual([30]);
    sim.engine.dispatch({ kind: 'snooze', minutes: 10 });
    sim.advance(11 * MIN, 'reading');
    expect(sim.shownMinutes(start)).toEqual([30, 40]);
    expect(sim.ofType('reminder-snoozed')).toHaveLength(1);
    expect(sim.ofType('clock-changed')).toEqual([]);
  });
});
