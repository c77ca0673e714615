// Benchmark: the history store on disk at 1 month, 1 year and 10 years of realistic synthetic history (tmp dirs).
// Append cost must not grow with the history (ratio 10 years / 1 month), and History's data must load fast.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localDayKey } from '../electron/core/calendar';
import { eventLine, monthOf } from '../electron/core/history-codec';
import { HistoryLog } from '../electron/core/history-log';
import { HistoryService } from '../electron/core/history-service';
import { historyFiles } from '../electron/main/adapters/history-file';
import type { HistoryEvent } from '../electron/shared/history';
import { syntheticHistory } from '../tests/fakes/history-days';
import { ENGLISH } from '../tests/fakes/i18n';
import { median, round } from './format';
import type { BenchResult } from './types';

/** Mid-month "now": the current month's file is half full in every scenario, so only older history differs. */
const NOW = new Date(2026, 10, 16, 12, 0).getTime();
const TODAY = new Date(2026, 10, 16).getTime();

function writeHistory(dir: string, events: HistoryEvent[]): void {
  const byMonth = new Map<string, string[]>();
  for (const event of events) {
    const month = monthOf(event.at);
    const lines = byMonth.get(month) ?? [];
    lines.push(eventLine(event));
    byMonth.set(month, lines);
  }
  for (const [month, lines] of byMonth) writeFileSync(join(dir, `events-${month}.jsonl`), lines.join(''));
}

/** Median ms per append of `count` events of today, through a log opened on `dir` (History was opened first). */
function appendMs(dir: string, count: number): number {
  const log = new HistoryLog(historyFiles(dir));
  log.load();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const event: HistoryEvent = { type: 'reminder-snoozed', at: NOW + i * 1000, minutes: 10 };
    const t0 = performance.now();
    log.append(event);
    times.push(performance.now() - t0);
  }
  return median(times.slice(10));
}

/**
 * Opening History cold: a new log on `dir` (as after a restart), the current month's events re-read, and the
 * month overview the view shows.
 */
function loadMs(dir: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // As in real use, events were appended since the current month's summary was written: it is re-read.
    new HistoryLog(historyFiles(dir)).append({ type: 'reminder-accepted', at: NOW - 60_000 - i });
    const t0 = performance.now();
    const service = new HistoryService({
      log: new HistoryLog(historyFiles(dir)),
      documents: { saveFile: () => Promise.reject(), saveClinicianSummary: () => Promise.reject() },
      now: () => NOW,
      breakState: () => null,
      i18n: () => ENGLISH,
    });
    service.overview('month');
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Deleting one day at 10 years (summaries on disk, as after History was opened): median ms over `days` different
 * days spread over the years, each through a new log (as from the History view after a restart). Changes `dir`.
 */
function deleteDayMs(dir: string, days: number): { ms: number; cpuMs: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < days; i += 1) {
    const date = new Date(TODAY - (100 + i * 331) * 86_400_000);
    date.setDate(date.getDate() + ((3 - date.getDay() + 7) % 7)); // a Wednesday: a working day with events
    const day = localDayKey(date.getTime());
    const log = new HistoryLog(historyFiles(dir));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const removed = log.deleteDay(day);
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
    if (removed === 0) throw new Error(`delete-day bench: nothing stored on ${day}`);
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

/** Deleting the whole history at 10 years: ms, and whether any event file was parsed (it must not be). */
function deleteAllMs(dir: string): { ms: number; parsed: number } {
  const files = historyFiles(dir);
  let parsed = 0;
  const read = files.read.bind(files);
  files.read = (month) => {
    parsed += 1;
    return read(month);
  };
  const t0 = performance.now();
  new HistoryLog(files).deleteAll();
  return { ms: performance.now() - t0, parsed };
}

function dirBytes(dir: string, match: RegExp): number {
  return readdirSync(dir)
    .filter((name) => match.test(name))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

export function benchHistory(): BenchResult[] {
  const root = mkdtempSync(join(tmpdir(), 'walkbreak-history-bench-'));
  try {
    const tenYears = syntheticHistory(TODAY, 3652, 7);
    const scenarios = { month: 30, year: 365, decade: 3652 } as const;
    const dirs: Record<keyof typeof scenarios, string> = { month: '', year: '', decade: '' };
    for (const [name, days] of Object.entries(scenarios) as [keyof typeof scenarios, number][]) {
      dirs[name] = join(root, name);
      mkdirSync(dirs[name]);
      const from = new Date(2026, 10, 16 - days).getTime();
      writeHistory(
        dirs[name],
        tenYears.filter((e) => e.at >= from),
      );
    }
    const firstLoad = (() => {
      const t0 = performance.now();
      new HistoryLog(historyFiles(dirs.decade)).load();
      return performance.now() - t0;
    })();
    const load = loadMs(dirs.decade, 7);
    const a = {
      month: appendMs(dirs.month, 200),
      year: appendMs(dirs.year, 200),
      decade: appendMs(dirs.decade, 200),
    };
    const ratio = a.decade / a.month;
    const eventBytes = dirBytes(dirs.decade, /^events-/);
    const summaryBytes = dirBytes(dirs.decade, /^summary-/);
    // Last: they change the 10-year history.
    const deleteDay = deleteDayMs(dirs.decade, 9);
    const deleteAll = deleteAllMs(dirs.decade);
    const years = 3652 / 365.25;
    const r = (n: number, digits = 3) => round(n, digits);
    return [
      {
        name: 'history append, 1 month of history',
        value: r(a.month),
        unit: 'ms',
        goal: 'report',
        pass: true,
      },
      { name: 'history append, 1 year of history', value: r(a.year), unit: 'ms', goal: 'report', pass: true },
      {
        name: 'history append, 10 years of history',
        value: r(a.decade),
        unit: 'ms',
        goal: 'report',
        pass: true,
      },
      {
        name: 'history append ratio 10 years / 1 month',
        value: r(ratio, 2),
        unit: 'x',
        goal: '<= 1.5',
        pass: ratio <= 1.5,
      },
      {
        name: 'History view data (month) at 10 years, cold',
        value: r(load, 1),
        unit: 'ms',
        goal: '<= 50',
        pass: load <= 50,
      },
      {
        name: 'history daily summaries of all 10 years, computed and saved (first open with none on disk)',
        value: r(firstLoad, 0),
        unit: 'ms',
        goal: 'report',
        pass: true,
      },
      {
        name: 'history delete one day at 10 years (summaries on disk; median of 9 days)',
        value: r(deleteDay.ms, 1),
        unit: 'ms',
        goal: '<= 20',
        pass: deleteDay.ms <= 20,
      },
      {
        // CPU time of the same deletes: the wall time adds the two fsyncs, which wait for the disk (and on a shared
        // machine for everyone's pending writes), so this is the figure to compare between runs under load.
        name: 'history delete one day at 10 years, CPU time (median of the same 9)',
        value: r(deleteDay.cpuMs, 1),
        unit: 'ms',
        goal: 'report',
        pass: true,
      },
      {
        name: 'history delete all at 10 years (event files parsed: must be 0)',
        value: r(deleteAll.ms, 1),
        unit: `ms, ${deleteAll.parsed} files parsed`,
        goal: '0 parsed',
        pass: deleteAll.parsed === 0,
      },
      {
        name: 'history events per year',
        value: Math.round(tenYears.length / years),
        unit: 'events',
        goal: 'report',
        pass: true,
      },
      {
        name: 'history event files per year',
        value: Math.round(eventBytes / years / 1024),
        unit: 'KiB',
        goal: 'report',
        pass: true,
      },
      {
        name: 'history summaries per year',
        value: Math.round(summaryBytes / years / 1024),
        unit: 'KiB',
        goal: 'report',
        pass: true,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
