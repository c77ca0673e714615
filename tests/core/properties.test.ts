// Property tests: random sequences of user behaviour, power events and clock changes never produce negative
// durations, never remind while paused, away or off, and never remind twice without a snooze or reset between.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Fixed seeds make these deterministic; the generous timeout only covers slow, loaded 2-core machines.
vi.setConfig({ testTimeout: 60_000 });
import type { HistoryEvent } from '../../electron/shared/history';
import { HOUR, MIN, SEC, Sim, type Activity } from '../fakes/sim';

type Op =
  | { op: 'advance'; ms: number; activity: Activity }
  | { op: 'lock'; ms: number }
  | { op: 'sleep'; ms: number; events: boolean }
  | { op: 'jump'; ms: number }
  | { op: 'snooze'; minutes: number }
  | { op: 'skip' }
  | { op: 'walk'; ms: number; completed: boolean }
  | { op: 'moved' }
  | { op: 'pause'; minutes: 30 | 60 | 90 }
  | { op: 'resume' }
  | { op: 'threshold'; minutes: number }
  | { op: 'enabled'; on: boolean };

const activity = fc.constantFrom<Activity>('typing', 'typing-with-pauses', 'reading', 'idle');
const duration = fc.integer({ min: 1 * SEC, max: 90 * MIN });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('advance' as const), ms: duration, activity }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lock' as const), ms: duration }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sleep' as const),
      ms: fc.integer({ min: SEC, max: 80 * HOUR }),
      events: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('jump' as const),
      ms: fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('snooze' as const), minutes: fc.constantFrom(5, 10, 15, 20) }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'skip' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('walk' as const), ms: duration, completed: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'moved' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('pause' as const),
      minutes: fc.constantFrom(30 as const, 60 as const, 90 as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'resume' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('threshold' as const),
      minutes: fc.integer({ min: 20, max: 60 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('enabled' as const), on: fc.boolean() }) },
);

function apply(sim: Sim, o: Op): void {
  const h = sim.core.handlers;
  switch (o.op) {
    case 'advance':
      sim.advance(o.ms, o.activity);
      return;
    case 'lock':
      sim.lock().advance(o.ms, 'idle').unlock();
      return;
    case 'sleep':
      sim.sleep(o.ms, { events: o.events });
      return;
    case 'jump':
      sim.jumpClock(o.ms);
      return;
    case 'snooze':
      void h['reminder:snooze']({ minutes: o.minutes });
      return;
    case 'skip':
      void h['reminder:skip']({ via: 'button' });
      return;
    case 'walk':
      void h['walk:start']({ source: 'tray' });
      sim.advance(o.ms, 'idle');
      void h['walk:end']({ completed: o.completed });
      return;
    case 'moved':
      void h['tracker:report-moved']({});
      return;
    case 'pause':
      void h['reminders:pause']({ minutes: o.minutes });
      return;
    case 'resume':
      void h['reminders:resume']({});
      return;
    case 'threshold':
      sim.core.settings.update({ sitThresholdMin: o.minutes });
      return;
    case 'enabled':
      sim.core.settings.update({ remindersEnabled: o.on });
      return;
  }
}

const RESETS = new Set<HistoryEvent['type']>([
  'reminder-snoozed',
  'reminder-skipped',
  'reminder-expired',
  'reminder-accepted',
  'sitting-bout',
  'break',
]);

describe('tracker properties', () => {
  it('random days never break the invariants', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const sim = new Sim().start();
        for (const o of ops) {
          apply(sim, o);
          expect(sim.snapshot().sittingMs).toBeGreaterThanOrEqual(0);
          expect(sim.timerDueIn()).not.toBeNull();
        }
        for (const e of sim.events) {
          if ('start' in e) expect('end' in e ? e.end : e.at).toBeGreaterThanOrEqual(e.start);
        }
        for (const { snapshot } of sim.shown) {
          expect(snapshot.presence).toBe('present');
          expect(snapshot.pausedUntil).toBeNull();
          expect(snapshot.remindersEnabled).toBe(true);
        }
        let open = false;
        for (const e of sim.events) {
          if (e.type === 'reminder-shown') {
            expect(open, 'a second reminder without a snooze, skip or reset in between').toBe(false);
            open = true;
          } else if (RESETS.has(e.type)) open = false;
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
