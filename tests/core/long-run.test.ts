// Ninety simulated days through the engine's public API (issue 6): working days of typing with pauses, lunch
// away from the desk, evenings and weekends asleep, and a user who answers each reminder with a walk, a snooze
// or a skip (seeded, so every run is the same). Checks what a user would notice over months: no reminder missed
// or shown twice, history that matches what the user did, and an engine whose state and wake-ups do not grow.
// The span crosses the spring DST change (28 Mar 2027, London).
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../electron/shared/history';
import { seeded } from '../fakes/history-days';
import { ALL_HOURS, HOUR, MIN, Sim } from '../fakes/sim';

const DAYS = 90;
const THRESHOLD_MIN = 30;
/** The reminder waits for a pause in typing, but never more than about a minute. */
const PAUSE_WAIT_MIN = 2;

interface Run {
  sim: Sim;
  did: { walks: number; snoozes: number; skips: number };
  /** Engine state size (bytes of what it persists) and timer wake-ups, per day. */
  stateBytes: number[];
  wakeUps: number[];
}

/** Monday 1 February 2027, 09:00 in London (GMT). */
const START = Date.UTC(2027, 1, 1, 9, 0);

function simulate(): Run {
  // Days run past 17:30 now and then: reminders at any hour, so every long bout must have had one.
  const sim = new Sim({ start: START, settings: ALL_HOURS }).start();
  const next = seeded(20270201);
  const did = { walks: 0, snoozes: 0, skips: 0 };
  const stateBytes: number[] = [];
  const wakeUps: number[] = [];
  let answered = 0;

  /** Works until local `untilHour`, answering each reminder as it appears. */
  const work = (untilMs: number): void => {
    while (sim.wall < untilMs) {
      sim.advance(MIN, 'typing-with-pauses');
      if (sim.shown.length === answered || !sim.engine.snapshot().reminder) continue;
      answered = sim.shown.length;
      const view = sim.shown[sim.shown.length - 1]!.view;
      const choice = next();
      if (choice < 0.5) {
        sim.engine.dispatch({ kind: 'start-walk', source: 'reminder' });
        sim.advance(8 * MIN, 'idle');
        sim.engine.dispatch({ kind: 'end-walk', completed: true });
        did.walks += 1;
      } else if (choice < 0.8 && view.snoozeOptionsMin.length > 0) {
        sim.engine.dispatch({ kind: 'snooze', minutes: view.snoozeOptionsMin[0]! });
        did.snoozes += 1;
      } else {
        sim.engine.dispatch({ kind: 'skip', via: 'button' });
        did.skips += 1;
      }
    }
  };

  for (let day = 0; day < DAYS; day++) {
    const morning = START + day * 24 * HOUR;
    const weekday = new Date(morning).getUTCDay();
    const wakesBefore = sim.engine.wakeUps;
    if (weekday !== 0 && weekday !== 6) {
      const local = (h: number, m = 0): number => new Date(new Date(morning).setHours(h, m, 0, 0)).getTime();
      if (sim.wall < local(9)) sim.sleep(local(9) - sim.wall);
      work(local(12, 30 + Math.floor(next() * 30)));
      sim.advance(45 * MIN, 'idle'); // lunch away from the desk
      answered = sim.shown.length; // a reminder that expired while away needs no answer
      work(local(17, Math.floor(next() * 60)));
      sim.advance(10 * MIN, 'idle');
      answered = sim.shown.length;
    }
    const tomorrow = START + (day + 1) * 24 * HOUR - 2 * HOUR;
    if (sim.wall < tomorrow) sim.sleep(tomorrow - sim.wall);
    stateBytes.push(JSON.stringify(sim.persisted).length);
    wakeUps.push(sim.engine.wakeUps - wakesBefore);
  }
  return { sim, did, stateBytes, wakeUps };
}

const count = (events: HistoryEvent[], type: HistoryEvent['type']): number =>
  events.filter((e) => e.type === type).length;

describe(`${DAYS} simulated days`, () => {
  let run: Run;
  beforeAll(() => {
    run = simulate();
  }, 120_000);

  it('shows reminders on every working day, and each one reached the screen once', () => {
    const { sim } = run;
    expect(count(sim.events, 'reminder-shown')).toBe(sim.shown.length);
    const days = new Set(sim.shown.map((s) => new Date(s.at).toDateString()));
    expect(days.size).toBe(65); // 12 weeks and 6 days from a Monday: 65 weekdays
    expect(sim.shown.length).toBeGreaterThan(65 * 8);
  });

  it('misses no reminder: every bout of 32 minutes or more had one within 2 minutes of its 30th', () => {
    const { events } = run.sim;
    const shownAt = events.filter((e) => e.type === 'reminder-shown').map((e) => e.at);
    const bouts = events.filter(
      (e) => e.type === 'sitting-bout' && e.end - e.start >= (THRESHOLD_MIN + PAUSE_WAIT_MIN) * MIN,
    );
    expect(bouts.length).toBeGreaterThan(100);
    const missed = bouts.filter((b) => {
      if (b.type !== 'sitting-bout') return false;
      const due = b.start + THRESHOLD_MIN * MIN;
      return !shownAt.some((at) => at >= due && at <= due + PAUSE_WAIT_MIN * MIN);
    });
    expect(missed).toEqual([]);
  });

  it('never shows a reminder twice: each one is answered or expires before the next', () => {
    const open: string[] = [];
    for (const e of run.sim.events) {
      if (e.type === 'reminder-shown') {
        expect(open, `second reminder at ${new Date(e.at).toISOString()}`).toEqual([]);
        open.push('shown');
      } else if (
        ['reminder-snoozed', 'reminder-skipped', 'reminder-accepted', 'reminder-expired'].includes(e.type)
      ) {
        open.length = 0;
      }
    }
  });

  it('history matches what the user did', () => {
    const { sim, did } = run;
    expect(count(sim.events, 'reminder-accepted')).toBe(did.walks);
    expect(count(sim.events, 'walk-started')).toBe(did.walks);
    expect(sim.ofType('walk-ended').filter((w) => w.completed)).toHaveLength(did.walks);
    expect(count(sim.events, 'reminder-snoozed')).toBe(did.snoozes);
    expect(count(sim.events, 'reminder-skipped')).toBe(did.skips);
    expect(did.walks * did.snoozes * did.skips).toBeGreaterThan(0);
    expect(sim.ofType('clock-changed')).toEqual([]);
    for (const e of sim.events) if ('start' in e && 'end' in e) expect(e.end).toBeGreaterThan(e.start);
    // Sitting never overlaps itself, and no day holds more sitting than the working day it came from.
    const bouts = sim.ofType('sitting-bout');
    for (let i = 1; i < bouts.length; i++) expect(bouts[i]!.start).toBeGreaterThanOrEqual(bouts[i - 1]!.end);
    const perDay = new Map<string, number>();
    for (const b of bouts)
      perDay.set(
        new Date(b.start).toDateString(),
        (perDay.get(new Date(b.start).toDateString()) ?? 0) + b.end - b.start,
      );
    for (const ms of perDay.values()) expect(ms).toBeLessThan(9 * HOUR);
  });

  it('keeps the engine bounded: its state and daily wake-ups do not grow with the days', () => {
    const { stateBytes, wakeUps } = run;
    const first = Math.max(...stateBytes.slice(0, 30));
    const last = Math.max(...stateBytes.slice(60));
    expect(last).toBeLessThanOrEqual(first + 64);
    expect(Math.max(...stateBytes)).toBeLessThan(2_000);
    const workdays = (from: number, to: number) => wakeUps.slice(from, to).filter((n) => n > 0);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(workdays(60, 90))).toBeLessThan(avg(workdays(0, 30)) * 1.2);
    expect(Math.max(...wakeUps)).toBeLessThan(10 * 60); // under 60 an hour over a working day
  });
});
