// The SIGKILL crash soak (settings, tracker, programme, history and desk.json): builds crash-child.ts into one
// file, then again and again starts it on the same folder, waits for a seeded-random number of acknowledged
// writes and kills it with SIGKILL, wherever it is. The next start reports what is on disk, which is checked
// against every acknowledgement received: each document holds at least its last acknowledged write, no history
// event up to the newest write is missing or doubled, at most one torn line per kill, and no file is ever
// damaged. Used by crash.test.ts and `npm run test:soak`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { seeded } from '../fakes/history-days';
import { CRASH_DOCS, docOf, type CrashDoc, type CrashReport } from './crash-files';

export interface SoakOptions {
  kills: number;
  seed: number;
  /** Most acknowledgements to wait for before a kill (the count is drawn from 1..maxAcks). */
  maxAcks?: number;
  /** Independent folders killed side by side (one per core); `kills` is split between them. Default 1. */
  lanes?: number;
}

export interface SoakResult {
  kills: number;
  /** Acknowledged writes whose presence was checked after a kill. */
  ackedChecked: number;
  /** The same, by document (settings, tracker, programme, history, desk). */
  ackedByDoc: Record<CrashDoc, number>;
  /** History events on disk at the end. */
  events: number;
  tornLines: number;
  ms: number;
}

/** One file with everything but Node built-ins (main's stores import nothing from 'electron'). */
async function buildChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./crash-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Runs the child until it has acknowledged `acks` writes, then SIGKILLs it; returns its report and the acks. */
function runChild(
  child: string,
  dir: string,
  acks: number,
): Promise<{ report: CrashReport; acked: number[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, ...(acks === 0 ? ['--check'] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let report: CrashReport | null = null;
    const acked: number[] = [];
    const lines = createInterface({ input: proc.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) {
        report = JSON.parse(line.slice(6)) as CrashReport;
        if (report.problems.length) proc.kill('SIGKILL');
      } else if (line.startsWith('ack ')) {
        acked.push(Number(line.slice(4)));
        if (acked.length === acks) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      lines.close();
      if (!report) reject(new Error(`crash child ended (${signal ?? code}) before reporting`));
      else if (acks > 0 && signal !== 'SIGKILL' && !report.problems.length)
        reject(new Error(`crash child ended by itself (${signal ?? code})`));
      else resolve({ report, acked });
    });
  });
}

/** What a report must show after acknowledgements `lastAcked` (per document) and `kills` kills so far. */
export function checkReport(
  report: CrashReport,
  lastAcked: Record<CrashDoc, number>,
  kills: number,
): string[] {
  const wrong: string[] = [];
  if (report.problems.length) wrong.push(`damaged files: ${report.problems.join(' | ')}`);
  for (const doc of CRASH_DOCS)
    if (report.seqs[doc] < lastAcked[doc])
      wrong.push(`${doc} holds write ${report.seqs[doc]}, but write ${lastAcked[doc]} was acknowledged`);
  if (report.missing.length) wrong.push(`history events missing: ${report.missing.slice(0, 10).join(', ')}`);
  if (report.duplicates) wrong.push(`${report.duplicates} history events stored twice`);
  if (report.skipped > kills) wrong.push(`${report.skipped} torn history lines after ${kills} kills`);
  return wrong;
}

const zero = (): Record<CrashDoc, number> =>
  Object.fromEntries(CRASH_DOCS.map((doc) => [doc, 0])) as Record<CrashDoc, number>;

async function lane(
  child: string,
  dir: string,
  kills: number,
  seed: number,
  maxAcks: number,
): Promise<SoakResult> {
  const next = seeded(seed);
  const lastAcked = zero();
  let ackedChecked = 0;
  const ackedByDoc = zero();
  let pending: number[] = [];
  let last: CrashReport | null = null;
  for (let kill = 0; kill <= kills; kill++) {
    const acks = kill === kills ? 0 : 1 + Math.floor(next() * maxAcks);
    const { report, acked } = await runChild(child, dir, acks);
    const wrong = checkReport(report, lastAcked, kill);
    if (wrong.length) throw new Error(`after kill ${kill} (seed ${seed}): ${wrong.join('; ')}`);
    ackedChecked += pending.length;
    for (const seq of pending) ackedByDoc[docOf(seq)]++;
    for (const seq of acked) lastAcked[docOf(seq)] = seq;
    pending = acked;
    last = report;
  }
  return { kills, ackedChecked, ackedByDoc, events: last?.events ?? 0, tornLines: last?.skipped ?? 0, ms: 0 };
}

export async function soak(options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'walkbreak-crash-'));
  try {
    const child = await buildChild(work);
    const lanes = Math.max(1, options.lanes ?? 1);
    const results = await Promise.all(
      Array.from({ length: lanes }, (_, i) =>
        lane(
          child,
          join(work, `userData-${i}`),
          Math.floor(options.kills / lanes) + (i < options.kills % lanes ? 1 : 0),
          options.seed + i,
          options.maxAcks ?? 40,
        ),
      ),
    );
    const sum = (pick: (r: SoakResult) => number): number => results.reduce((n, r) => n + pick(r), 0);
    return {
      kills: sum((r) => r.kills),
      ackedChecked: sum((r) => r.ackedChecked),
      ackedByDoc: Object.fromEntries(CRASH_DOCS.map((doc) => [doc, sum((r) => r.ackedByDoc[doc])])) as Record<
        CrashDoc,
        number
      >,
      events: sum((r) => r.events),
      tornLines: sum((r) => r.tornLines),
      ms: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
