// Working hours through the real engine with fake clocks (TZ pinned to Europe/London): reminders only inside
// them, sitting outside them not counted, the first reminder waiting for the user, lunch, midnight, weekday and
// DST changes, and settings changed mid-bout. Each row: working hours, what the user does → local reminder times.
import { describe, expect, it } from 'vitest';
import type { TimeRange, Weekday, WorkingHours } from '../../electron/shared/settings';
import { PRESENT_SAMPLE_MS } from '../../electron/core/tracker-state';
import { HOUR, MIN, SEC, Sim, type Activity } from '../fakes/sim';

/** Local wall ms (Europe/London) of a date and time; month is 1-based. */
function local(y: number, mo: number, d: number, h: number, mi = 0): number {
  return new Date(y, mo - 1, d, h, mi).getTime();
}

/** 'Mon 09:30' in local time, the way a user reads a reminder's time. */
function hm(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()];
  return `${day} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const OFFICE: TimeRange[] = [
  { start: '09:00', end: '12:30' },
  { start: '13:30', end: '17:30' },
];

function hours(days: Partial<Record<Weekday, TimeRange[]>>, enabled = true): WorkingHours {
  return { enabled, days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days } };
}

const WEEK = hours({ mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE });

/** Lets time pass in 10 s steps with the given activity, skipping each reminder as soon as it is seen. */
function sitUntil(sim: Sim, end: number, activity: Activity = 'reading'): Sim {
  sim.setActivity(activity);
  while (sim.wall < end) {
    sim.advance(Math.min(10 * SEC, end - sim.wall));
    if (sim.snapshot().reminder) sim.engine.dispatch({ kind: 'skip', via: 'button' });
  }
  return sim;
}

interface Row {
  name: string;
  workingHours: WorkingHours;
  start: number;
  run: (sim: Sim) => void;
  reminders: string[];
}

// Monday 2 November 2026 (GMT); 27 March 2026 is a Friday; the clocks go forward on Sunday 29 March, back on 25 October.
const rows: Row[] = [
  {
    name: 'working hours off (the default): a reminder in the evening as at any time',
    workingHours: hours({ mon: OFFICE }, false),
    start: local(2026, 11, 2, 21, 0),
    run: (s) => sitUntil(s, local(2026, 11, 2, 21, 40)),
    reminders: ['Mon 21:30'],
  },
  {
    name: 'no reminder in the evening, outside working hours',
    workingHours: WEEK,
    start: local(2026, 11, 2, 18, 0),
    run: (s) => sitUntil(s, local(2026, 11, 2, 23, 30)),
    reminders: [],
  },
  {
    name: 'sitting before work does not count: sat from 08:00, the first reminder is 09:30',
    workingHours: WEEK,
    start: local(2026, 11, 2, 8, 0),
    run: (s) => sitUntil(s, local(2026, 11, 2, 10, 5)),
    reminders: ['Mon 09:30', 'Mon 10:00'],
  },
  {
    name: 'the first reminder of the day waits for the user: away all night, back at 09:20 → 09:50',
    workingHours: WEEK,
    start: local(2026, 11, 1, 17, 0),
    run: (s) => {
      sitUntil(s, local(2026, 11, 1, 18, 0));
      s.advance(local(2026, 11, 2, 9, 20) - s.wall, 'idle');
      sitUntil(s, local(2026, 11, 2, 10, 0));
    },
    reminders: ['Mon 09:50'],
  },
  {
    name: 'back at 08:55 before work starts: the first reminder is 09:30',
    workingHours: WEEK,
    start: local(2026, 11, 1, 17, 0),
    run: (s) => {
      sitUntil(s, local(2026, 11, 1, 18, 0));
      s.advance(local(2026, 11, 2, 8, 55) - s.wall, 'idle');
      sitUntil(s, local(2026, 11, 2, 9, 40));
    },
    reminders: ['Mon 09:30'],
  },
  {
    name: 'a reminder due at 12:29 with lunch at 12:30 is not raised; after lunch sitting counts from 13:30',
    workingHours: WEEK,
    start: local(2026, 11, 2, 11, 59),
    run: (s) => sitUntil(s, local(2026, 11, 2, 14, 10), 'typing'),
    reminders: ['Mon 14:01'],
  },
  {
    name: 'a reminder due at 12:20 is raised before lunch',
    workingHours: WEEK,
    start: local(2026, 11, 2, 11, 50),
    run: (s) => sitUntil(s, local(2026, 11, 2, 12, 40)),
    reminders: ['Mon 12:20'],
  },
  {
    name: 'a weekday change: Monday hours, Tuesday a day off, Wednesday hours again',
    workingHours: hours({ mon: OFFICE, wed: OFFICE }),
    start: local(2026, 11, 3, 8, 0),
    run: (s) => sitUntil(s, local(2026, 11, 4, 9, 35)),
    reminders: ['Wed 09:30'],
  },
  {
    name: 'a range across midnight (Friday 22:00–02:00) reminds on Saturday night too, not in its last 5 min',
    workingHours: hours({ fri: [{ start: '22:00', end: '02:00' }] }),
    start: local(2026, 11, 6, 21, 50),
    run: (s) => sitUntil(s, local(2026, 11, 7, 3, 0)),
    reminders: ['Fri 22:30', 'Fri 23:00', 'Fri 23:30', 'Sat 00:00', 'Sat 00:30', 'Sat 01:00', 'Sat 01:30'],
  },
  {
    name: 'ranges that meet at midnight are one period: sitting is not reset at 00:00',
    workingHours: hours({ mon: [{ start: '20:00', end: '00:00' }], tue: [{ start: '00:00', end: '02:00' }] }),
    start: local(2026, 11, 2, 23, 45),
    run: (s) => sitUntil(s, local(2026, 11, 3, 0, 20)),
    reminders: ['Tue 00:15'],
  },
  {
    name: 'DST: the Monday after the spring change, 09:00 is 09:00 local (08:00 UTC)',
    workingHours: WEEK,
    start: local(2026, 3, 30, 8, 30),
    run: (s) => sitUntil(s, local(2026, 3, 30, 9, 40)),
    reminders: ['Mon 09:30'],
  },
  {
    name: 'DST: the Monday after the autumn change, 09:00 is 09:00 local (09:00 UTC)',
    workingHours: WEEK,
    start: local(2026, 10, 26, 8, 30),
    run: (s) => sitUntil(s, local(2026, 10, 26, 9, 40)),
    reminders: ['Mon 09:30'],
  },
  {
    name: 'DST: a night shift across the spring change (Sat 22:00–06:00, 7 real hours) reminds every 30 real min',
    workingHours: hours({ sat: [{ start: '22:00', end: '06:00' }] }),
    start: local(2026, 3, 28, 21, 55),
    run: (s) => sitUntil(s, local(2026, 3, 29, 6, 30)),
    reminders: [
      ...['22:30', '23:00', '23:30'].map((t) => `Sat ${t}`),
      ...['00:00', '00:30', '02:00', '02:30', '03:00', '03:30', '04:00', '04:30', '05:00', '05:30'].map(
        (t) => `Sun ${t}`,
      ),
    ],
  },
];

describe('working hours', () => {
  it.each(rows)('$name', ({ workingHours, start, run, reminders }) => {
    const sim = new Sim({ start, settings: { workingHours } }).start();
    run(sim);
    expect(sim.shown.map((s) => hm(s.at))).toEqual(reminders);
  });

  it('outside working hours the tray is grey, and it turns back exactly when work begins', () => {
    const sim = new Sim({ start: local(2026, 11, 2, 8, 0), settings: { workingHours: WEEK } }).start();
    expect(sim.snapshot()).toMatchObject({ trayState: 'paused', nextReminderAt: local(2026, 11, 2, 9, 30) });
    sim.advance(local(2026, 11, 2, 9, 0) - sim.wall, 'reading');
    expect(sim.snapshot().trayState).toBe('fresh');
    expect(sim.timerDueIn()).toBeLessThanOrEqual(PRESENT_SAMPLE_MS);
  });

  it('a snooze that would end over lunch starts a new series after it: not firm, every snooze offered', () => {
    const sim = new Sim({ start: local(2026, 11, 2, 11, 40), settings: { workingHours: WEEK } }).start();
    sitUntil(sim, local(2026, 11, 2, 12, 10), 'reading');
    sim.advance(SEC);
    expect(sim.shown.map((s) => hm(s.at))).toEqual(['Mon 12:10']);
    sim.engine.dispatch({ kind: 'snooze', minutes: 15 });
    sim.advance(2 * HOUR + 30 * MIN, 'reading');
    expect(sim.shown.map((s) => hm(s.at))).toEqual(['Mon 12:10', 'Mon 14:00']);
    expect(sim.shown[1]?.view).toMatchObject({ firm: false, snoozeOptionsMin: [5, 10, 15] });
  });

  it('sitting outside working hours is still recorded in history as sitting', () => {
    const sim = new Sim({ start: local(2026, 11, 2, 19, 0), settings: { workingHours: WEEK } }).start();
    sim.advance(HOUR, 'reading').advance(10 * MIN, 'idle');
    expect(sim.ofType('sitting-bout')).toMatchObject([{ start: local(2026, 11, 2, 19, 0) }]);
  });
});

describe('settings changed mid-bout apply at once, without a restart', () => {
  it.each([
    { name: 'threshold 30 → 45 at minute 20: the reminder moves to minute 45', to: 45, at: 20, shown: [45] },
    { name: 'threshold 30 → 20 at minute 25: the reminder comes at once', to: 20, at: 25, shown: [25] },
    {
      name: 'threshold 45 → 30 at minute 10: the reminder moves to minute 30',
      to: 30,
      at: 10,
      shown: [30],
      from: 45,
    },
  ])('$name', ({ to, at, shown, from }) => {
    const sim = new Sim({ settings: { sitThresholdMin: from ?? 30 } }).start();
    const t0 = sim.wall;
    sim.advance(at * MIN, 'reading');
    sim.core.settings.update({ sitThresholdMin: to });
    expect(sim.snapshot().nextReminderAt).toBe(t0 + to * MIN);
    sim.advance(HOUR, 'reading');
    expect(sim.shownMinutes(t0)).toEqual(shown);
  });

  it('turning working hours on in the evening drops the reminder that was due; turning them off brings it back', () => {
    const sim = new Sim({ start: local(2026, 11, 2, 19, 0) }).start();
    sim.advance(20 * MIN, 'reading');
    sim.core.settings.update({ workingHours: WEEK });
    sim.advance(30 * MIN, 'reading');
    expect(sim.shown).toEqual([]);
    sim.core.settings.update({ workingHours: { ...WEEK, enabled: false } });
    sim.advance(SEC, 'reading');
    expect(sim.shown.map((s) => hm(s.at))).toEqual(['Mon 19:50']);
  });
});
