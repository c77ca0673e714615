// Benchmark: a simulated year (52 weeks) through the real engine with fake clocks. Weekdays are the working day of
// sitting-day.ts, nights asleep behind a lock, weekends locked with the machine left on. Reports CPU time and
// wake-ups per year, wake-ups per hour away (locked or not), and heap growth from day 1 to day 364.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { HistoryLog, type HistoryFiles } from '../electron/core/history-log';
import { HOUR, Sim } from '../tests/fakes/sim';
import { round } from './format';
import { simulateDay } from './sitting-day';
import type { BenchResult } from './types';

const DAY = 24 * HOUR;
/** Monday 4 Jan 2027, 09:00 UTC: the year starts on a working day. */
const YEAR_START = Date.UTC(2027, 0, 4, 9, 0, 0);
const DAYS = 364;
const MB = 1024 * 1024;

/** History files that take every write and keep nothing, as files on disk cost the app no memory. */
const DISK_LIKE: HistoryFiles = {
  months: () => [],
  read: () => '',
  endsCleanly: () => true,
  append: () => {},
  replace: () => {},
  readSummaries: () => null,
  writeSummaries: () => {},
  clear: () => 0,
};

/** A simulator wired like the app: history goes through the real HistoryLog to (disk-like) files. */
function yearSim(): Sim {
  const documents = {
    saveFile: () => Promise.resolve({ saved: false as const }),
    saveClinicianSummary: () => Promise.resolve({ saved: false as const }),
  };
  return new Sim({ start: YEAR_START, history: { log: new HistoryLog(DISK_LIKE), documents } });
}

/** Forgets what the simulator recorded for tests (history goes to disk in the app, not into memory). */
function dropRecords(sim: Sim): void {
  sim.events.length = 0;
  sim.shown.length = 0;
  sim.hidden.length = 0;
  sim.breaksOpened.length = 0;
  sim.warnings.length = 0;
}

/** Day `n` of the year (0 = the first Monday), from 09:00 to the next day's 09:00. */
function simulateYearDay(sim: Sim, n: number): void {
  const nextMorning = YEAR_START + (n + 1) * DAY;
  const weekday = n % 7; // 0 = Monday … 6 = Sunday
  if (weekday < 5) {
    if (sim.lockedReported) sim.unlock(); // the user unlocks, after the night or the weekend
    simulateDay(sim);
    sim.lock();
    if (weekday === 4) {
      // Friday: locked and left on until Monday (Saturday and Sunday pass awake and locked).
      sim.advance(nextMorning - sim.wall, 'idle');
    } else {
      sim.advance(30 * 60_000, 'idle');
      sim.sleep(nextMorning - sim.wall);
      sim.advance(0);
    }
  } else {
    sim.advance(nextMorning - sim.wall, 'idle');
  }
  dropRecords(sim);
}

/** Engine wake-ups per hour over 10 hours away from a machine left on, locked or not. */
function wakeUpsPerHourAway(locked: boolean): number {
  const sim = yearSim().start();
  sim.advance(10 * 60_000, 'typing');
  if (locked) sim.lock();
  const before = sim.engine.wakeUps;
  sim.advance(10 * HOUR, 'idle');
  return (sim.engine.wakeUps - before) / 10;
}

/** `global.gc`, exposed at runtime when node was started without --expose-gc. */
function exposedGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap in use after full collections: the lowest of a few readings, so a late finaliser cannot skew it. */
function settledHeap(gc: () => void): number {
  let lowest = Infinity;
  for (let i = 0; i < 5; i += 1) {
    gc();
    lowest = Math.min(lowest, process.memoryUsage().heapUsed);
  }
  return lowest;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export function benchEngineYear(): BenchResult[] {
  const gc = exposedGc();
  // Warm up every path (weekday, night asleep, weekend awake) so the JIT's code is not counted as growth.
  const warm = yearSim().start();
  for (let n = 0; n < 7; n += 1) simulateYearDay(warm, n);

  const sim = yearSim().start();
  let cpu = process.cpuUsage();
  simulateYearDay(sim, 0);
  let cpuTotal = cpuMs(cpu);
  const heapAfterDay = settledHeap(gc);

  cpu = process.cpuUsage();
  for (let n = 1; n < DAYS; n += 1) simulateYearDay(sim, n);
  cpuTotal += cpuMs(cpu);
  const heapAfterYear = settledHeap(gc);
  const growthMb = (heapAfterYear - heapAfterDay) / MB;

  return [
    {
      name: 'engine CPU time per simulated year (52 weeks)',
      value: round(cpuTotal, 0),
      unit: 'ms',
      goal: 'report',
      pass: true,
    },
    {
      name: 'engine wake-ups per simulated year',
      value: sim.engine.wakeUps,
      unit: 'wake-ups',
      goal: 'report',
      pass: true,
    },
    {
      name: 'engine wake-ups per hour away, machine left on and locked',
      value: round(wakeUpsPerHourAway(true), 1),
      unit: 'wake-ups/h',
      goal: 'report',
      pass: true,
    },
    {
      name: 'engine wake-ups per hour away, machine left on, not locked',
      value: round(wakeUpsPerHourAway(false), 1),
      unit: 'wake-ups/h',
      goal: 'report',
      pass: true,
    },
    {
      name: 'engine heap growth, day 1 to day 364',
      value: round(growthMb, 3),
      unit: 'MB',
      goal: '<= 2',
      pass: growthMb <= 2,
    },
  ];
}
