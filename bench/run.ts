// `npm run bench`: runs every benchmark and prints a table, or with --json one JSON object per line.
// Exits non-zero when a goal is missed, so a regression is visible.
import { benchBusyDetection } from './busy-detection';
import { benchPostureResets } from './posture-resets';
import { benchEngineYear } from './engine-year';
import { benchHistory } from './history';
import { benchMainStart } from './main-start';
import { benchReminderLatency } from './reminder-latency';
import { benchRendererSize } from './renderer-size';
import { benchRendererTiming } from './renderer-timing';
import { benchSittingCosts } from './sitting-costs';
import { benchSittingDay } from './sitting-day';
import type { BenchResult } from './types';

// Each suite returns its figures; add a suite with one import and one entry here.
const suites: Array<() => BenchResult[] | Promise<BenchResult[]>> = [
  benchSittingDay,
  benchSittingCosts,
  benchReminderLatency,
  benchBusyDetection,
  benchPostureResets,
  benchEngineYear,
  benchHistory,
  benchMainStart,
  benchRendererSize,
  benchRendererTiming,
];

// `--only <text>` runs the suites whose name holds the text (e.g. `--only RendererTiming`), to re-measure one part.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').toLowerCase() : '';
const chosen = suites.filter((suite) => suite.name.toLowerCase().includes(only));
if (!chosen.length) throw new Error(`no bench suite matches --only "${only}"`);

// A suite that cannot run (no browser, a failing build) is one failed row saying why; the others still run.
const results: BenchResult[] = [];
for (const suite of chosen) {
  try {
    results.push(...(await suite()));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    results.push({ name: `${suite.name} could not run`, value: 0, unit: reason, goal: 'runs', pass: false });
  }
}

if (process.argv.includes('--json')) {
  for (const r of results) console.log(JSON.stringify(r));
} else {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.goal,
    r.goal === 'report' ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((row) => row[i]!.length), ['figure', 'value', 'goal', ''][i]!.length),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(['figure', 'value', 'goal', '']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
