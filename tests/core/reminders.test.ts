// Timed scenarios through the real engine with fake clocks: (events, times) → expected reminders and history.
import { describe, expect, it } from 'vitest';
import { ALL_HOURS, HOUR, MIN, SEC, Sim } from '../fakes/sim';

/** A scenario: what the user does, and at which minutes (from the start) reminders must appear. */
interface Row {
  name: string;
  run: (sim: Sim) => void;
  remindersAt: number[];
  settings?: ConstructorParameters<typeof Sim>[0] extends infer O
    ? O extends { settings?: infer S }
      ? S
      : never
    : never;
}

const rows: Row[] = [
  {
    name: 'sitting and reading to the threshold: one reminder at 30 min',
    run: (s) => s.advance(45 * MIN, 'reading'),
    remindersAt: [30],
  },
  {
    name: 'typing without a pause: the reminder waits, but never more than a minute',
    run: (s) => s.advance(45 * MIN, 'typing'),
    remindersAt: [31],
  },
  {
    name: 'typing, then a pause 25 s after it is due: shown at the next 10-second look',
    run: (s) => s.advance(30 * MIN + 25 * SEC, 'typing').advance(10 * MIN, 'reading'),
    remindersAt: [30.5],
  },
  {
    name: 'a custom threshold of 20 min',
    settings: { sitThresholdMin: 20 },
    run: (s) => s.advance(25 * MIN, 'reading'),
    remindersAt: [20],
  },
  {
    name: 'a 4-minute absence does not reset sitting',
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .advance(4 * MIN, 'idle')
        .advance(31 * MIN, 'reading'),
    remindersAt: [30],
  },
  {
    name: 'a 6-minute absence resets sitting: next reminder 30 min after the return',
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .advance(6 * MIN, 'idle')
        .advance(40 * MIN, 'reading'),
    remindersAt: [46],
  },
  {
    name: 'a 1-minute lock does not reset sitting',
    run: (s) => {
      s.advance(10 * MIN, 'reading').lock();
      s.advance(1 * MIN, 'idle').unlock();
      s.advance(30 * MIN, 'reading');
    },
    remindersAt: [30],
  },
  {
    name: 'a 3-minute lock resets sitting',
    run: (s) => {
      s.advance(10 * MIN, 'reading').lock();
      s.advance(3 * MIN, 'idle').unlock();
      s.advance(40 * MIN, 'reading');
    },
    remindersAt: [43],
  },
  {
    name: 'a 1-minute suspend does not reset sitting',
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .sleep(1 * MIN)
        .advance(30 * MIN, 'reading'),
    remindersAt: [30],
  },
  {
    name: 'a 3-minute suspend resets sitting',
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .sleep(3 * MIN)
        .advance(40 * MIN, 'reading'),
    remindersAt: [43],
  },
  {
    name: 'resume after 8 hours: a fresh bout, no reminder on waking',
    run: (s) =>
      s
        .advance(20 * MIN, 'reading')
        .sleep(8 * HOUR)
        .advance(29 * MIN, 'reading'),
    remindersAt: [],
  },
  {
    name: 'resume after 3 days: a fresh bout, then one reminder 30 min later',
    run: (s) =>
      s
        .advance(35 * MIN, 'reading')
        .sleep(72 * HOUR)
        .advance(31 * MIN, 'reading'),
    remindersAt: [30, 35 + 72 * 60 + 30],
  },
  {
    name: 'a 1-minute sleep just before the threshold: exactly one reminder on waking',
    run: (s) =>
      s
        .advance(29.5 * MIN, 'reading')
        .sleep(1 * MIN)
        .advance(10 * MIN, 'reading'),
    remindersAt: [30.5],
  },
  {
    name: 'clock moved back an hour while sitting: reminder still after 30 real minutes',
    // 09:10 becomes 08:10, before working hours: this row is about the clock, so reminders at any hour.
    settings: ALL_HOURS,
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .jumpClock(-HOUR)
        .advance(25 * MIN, 'reading'),
    remindersAt: [30 - 60],
  },
  {
    name: 'clock moved forward an hour while sitting: reminder still after 30 real minutes',
    run: (s) =>
      s
        .advance(10 * MIN, 'reading')
        .jumpClock(HOUR)
        .advance(25 * MIN, 'reading'),
    remindersAt: [30 + 60],
  },
  {
    name: 'reminders off: tracking goes on, nothing is shown',
    settings: { remindersEnabled: false },
    run: (s) => s.advance(3 * HOUR, 'reading'),
    remindersAt: [],
  },
];

describe('reminder timing', () => {
  it.each(rows)('$name', ({ run, remindersAt, settings }) => {
    const sim = new Sim({ settings }).start();
    const t0 = sim.wall;
    run(sim);
    expect(sim.shownMinutes(t0).map((m) => Math.round(m * 60) / 60)).toEqual(
      remindersAt.map((m) => Math.round(m * 60) / 60),
    );
  });
});

describe('snooze, skip and the snooze cap', () => {
  it('snooze 5 hides the reminder and brings it back 5 minutes later', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(30 * MIN, 'reading');
    expect(sim.snapshot().reminder?.snoozeOptionsMin).toEqual([5, 10, 15]);
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    expect(sim.snapshot().reminder).toBeNull();
    sim.advance(4 * MIN + 59 * SEC);
    expect(sim.shown).toHaveLength(1);
    sim.advance(2 * SEC);
    expect(sim.shownMinutes(t0)).toEqual([30, 35]);
  });

  it('after 2 snoozes in a row the third reminder is firm and offers no snooze', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    sim.advance(5 * MIN);
    expect(sim.shown[1]?.view.snoozeOptionsMin).toEqual([5, 10, 15]);
    sim.engine.dispatch({ kind: 'snooze', minutes: 10 });
    sim.advance(10 * MIN);
    const third = sim.shown[2]?.view;
    expect(third).toMatchObject({ firm: true, snoozeOptionsMin: [], sittingMin: 45 });
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    expect(sim.snapshot().reminder?.firm).toBe(true);
    expect(sim.ofType('reminder-snoozed')).toHaveLength(2);
  });

  it('snoozes are capped at 30 extra minutes: after 15 + 15 the reminder is firm', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'snooze', minutes: 15 });
    sim.advance(15 * MIN);
    expect(sim.shown[1]?.view.snoozeOptionsMin).toEqual([5, 10, 15]);
    sim.engine.dispatch({ kind: 'snooze', minutes: 15 });
    sim.advance(15 * MIN);
    expect(sim.shown[2]?.view).toMatchObject({ firm: true, sittingMin: 60 });
  });

  it('after one 15 + one 10 snooze only options within 30 extra minutes would remain', () => {
    const sim = new Sim({ settings: { snoozeOptionsMin: [5, 10, 15] } }).start();
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'snooze', minutes: 15 });
    sim.advance(15 * MIN);
    sim.engine.dispatch({ kind: 'snooze', minutes: 20 }); // not offered: ignored
    expect(sim.snapshot().reminder).not.toBeNull();
  });

  it('skip resets nothing but is recorded; the next reminder comes a full threshold later', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'skip', via: 'escape' });
    expect(sim.ofType('reminder-skipped')).toEqual([
      { type: 'reminder-skipped', at: t0 + 30 * MIN, via: 'escape' },
    ]);
    expect(sim.snapshot().sittingMs).toBe(30 * MIN);
    expect(sim.ofType('sitting-bout')).toHaveLength(0);
    sim.advance(31 * MIN);
    expect(sim.shownMinutes(t0)).toEqual([30, 60]);
    expect(sim.shown[1]?.view.firm).toBe(false);
  });
});

describe('pausing reminders', () => {
  it('pause for 30 min holds the reminder until the pause ends, then shows it once', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'reading');
    void sim.core.handlers['reminders:pause']({ minutes: 30 });
    expect(sim.snapshot().trayState).toBe('paused');
    sim.advance(40 * MIN);
    expect(sim.shownMinutes(t0)).toEqual([50]);
    expect(sim.ofType('reminders-resumed')).toEqual([{ type: 'reminders-resumed', at: t0 + 50 * MIN }]);
  });

  it('pause until tomorrow: nothing for the rest of the day, a reminder after midnight', () => {
    // At night, outside working hours: reminders at any hour, so the pause's end is what holds them back.
    const sim = new Sim({ start: Date.UTC(2026, 10, 2, 22, 0), settings: ALL_HOURS }).start();
    void sim.core.handlers['reminders:pause']({ untilTomorrow: true });
    expect(sim.snapshot().pausedUntil).toBe(Date.UTC(2026, 10, 3, 0, 0));
    sim.advance(119 * MIN, 'reading');
    expect(sim.shown).toHaveLength(0);
    sim.advance(2 * MIN);
    expect(sim.shown.map((s) => new Date(s.at).toISOString())).toEqual(['2026-11-03T00:00:00.000Z']);
  });

  it('pause until tomorrow on the evening before the spring DST change ends at local midnight', () => {
    // Europe/London: clocks go forward at 01:00 UTC on 29 March 2026.
    const sim = new Sim({ start: Date.UTC(2026, 2, 28, 20, 0) }).start();
    void sim.core.handlers['reminders:pause']({ untilTomorrow: true });
    expect(sim.snapshot().pausedUntil).toBe(Date.UTC(2026, 2, 29, 0, 0));
  });

  it('resume reminders ends a pause at once', () => {
    const sim = new Sim().start();
    sim.advance(40 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'skip', via: 'button' });
    void sim.core.handlers['reminders:pause']({ minutes: 90 });
    void sim.core.handlers['reminders:resume']({});
    expect(sim.snapshot().pausedUntil).toBeNull();
    expect(sim.snapshot().trayState).toBe('overdue');
  });
});

describe('DST', () => {
  it.each([
    ['spring forward (29 Mar 2026, 01:00 UTC)', Date.UTC(2026, 2, 29, 0, 45)],
    ['fall back (25 Oct 2026, 01:00 UTC)', Date.UTC(2026, 9, 25, 0, 45)],
  ])('sitting across the %s change is measured in real minutes', (_label, start) => {
    // A Sunday night: reminders at any hour (working hours would hold them until Monday 09:00).
    const sim = new Sim({ start, settings: ALL_HOURS }).start();
    sim.advance(31 * MIN, 'reading');
    expect(sim.shown.map((s) => s.at - start)).toEqual([30 * MIN]);
    expect(sim.ofType('clock-changed')).toHaveLength(0);
  });
});
