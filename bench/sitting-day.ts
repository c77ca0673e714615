// Benchmark: a simulated 8-hour working day through the real engine with fake clocks. Counts timer wake-ups
// and measures the engine's CPU time (the process's own, via process.cpuUsage) per simulated day.
import { HOUR, MIN, Sim } from '../tests/fakes/sim';
import { round } from './format';
import type { BenchResult } from './types';

/** One realistic day: typing with pauses and reading, reminders answered (walks, a snooze, a skip), lunch away. */
export function simulateDay(sim: Sim): { presentMs: number } {
  const h = sim.core.handlers;
  const dayEnd = sim.wall + 8 * HOUR;
  let presentMs = 0;
  let reminderNo = 0;
  let lunchDone = false;
  while (sim.wall < dayEnd) {
    const before = sim.wall;
    sim.advance(7 * MIN, 'typing-with-pauses').advance(3 * MIN, 'reading');
    presentMs += sim.wall - before;
    if (sim.snapshot().reminder) {
      reminderNo += 1;
      if (reminderNo % 4 === 2) void h['reminder:snooze']({ minutes: 10 });
      else if (reminderNo % 4 === 3) void h['reminder:skip']({ via: 'button' });
      else {
        void h['walk:start']({ source: 'reminder' });
        sim.advance(5 * MIN, 'idle');
        void h['walk:end']({ completed: true });
      }
    }
    if (!lunchDone && sim.wall - (dayEnd - 8 * HOUR) > 4 * HOUR) {
      lunchDone = true;
      sim.advance(45 * MIN, 'idle');
    }
  }
  return { presentMs };
}

export function benchSittingDay(): BenchResult[] {
  // Warm up the JIT on a throwaway day, then measure a fresh one.
  simulateDay(new Sim().start());
  const sim = new Sim().start();
  const cpuBefore = process.cpuUsage();
  const { presentMs } = simulateDay(sim);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perHour = sim.wakesWhilePresent / (presentMs / HOUR);
  const reminders = sim.ofType('reminder-shown').length;
  return [
    {
      name: 'engine wake-ups per hour while sitting (8-hour day)',
      value: round(perHour, 1),
      unit: 'wake-ups/h',
      goal: '<= 60',
      pass: perHour <= 60,
    },
    {
      name: 'engine wake-ups per simulated 8-hour day (all)',
      value: sim.engine.wakeUps,
      unit: 'wake-ups',
      goal: 'report',
      pass: true,
    },
    {
      name: 'idle samples per simulated 8-hour day',
      value: sim.samples,
      unit: 'samples',
      goal: 'report',
      pass: true,
    },
    {
      name: 'reminders shown in the simulated day',
      value: reminders,
      unit: 'reminders',
      goal: 'report',
      pass: reminders > 0,
    },
    {
      name: 'engine CPU time per simulated 8-hour day',
      value: round(cpuMs, 1),
      unit: 'ms',
      goal: '<= 50',
      pass: cpuMs <= 50,
    },
    { name: 'peer reference: 1-second polling', value: 3600, unit: 'wake-ups/h', goal: 'report', pass: true },
  ];
}
