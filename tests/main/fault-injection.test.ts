// Fault injection over every write of every file kind (issue 19), in the manner of SQLite's I/O-error tests: a
// fixed workload (settings, tracker, programme and desk saves, history appends in two months, the month summaries, an
// import) runs once per disk-changing call and fault (ENOSPC, EDQUOT, EIO, EROFS, EACCES, a short write, a torn
// write), with that one call failing. For every injected point: every write that was acknowledged is on disk at
// once and after a restart, the user was told about every write that was not, once the disk works again every
// write lands, and every file parses on restart (nothing kept aside, no torn history line, no temporary file).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StoredBreak } from '../../electron/core/break-session';
import type { StoredDesk } from '../../electron/core/desk-service';
import type { StoredWelcome } from '../../electron/core/first-run';
import { parseLines } from '../../electron/core/history-codec';
import { HistoryLog } from '../../electron/core/history-log';
import { newProgramme } from '../../electron/core/programme-state';
import { initialState, type PersistedTracker } from '../../electron/core/tracker-state';
import { nodeFs } from '../../electron/main/adapters/durable-fs';
import { historyFiles } from '../../electron/main/adapters/history-file';
import { openStores, type DocumentName } from '../../electron/main/adapters/stores';
import { WORKSTATION_ITEMS, type WorkstationAnswer, type WorkstationItem } from '../../electron/shared/desk';
import type { Settings } from '../../electron/shared/settings';
import { FAULTS, faultyFs, kindOf, type Fault } from './faulty-fs';

/** The documents this suite drives: every one stores.ts owns (a Record, so a new one fails to compile here). */
type TestedDocument = DocumentName;
const EVERY_DOCUMENT: Record<DocumentName, true> = {
  settings: true,
  tracker: true,
  programme: true,
  desk: true,
  welcome: true,
};
const DOCUMENTS = Object.keys(EVERY_DOCUMENT) as DocumentName[];

vi.mock('electron', () => ({ default: {} }));

/**
 * The real file system without the cost of fsync: this suite proves what happens when calls fail, not what a
 * power cut keeps (the faulty layer still counts and fails every fsync call).
 */
const FAST = { ...nodeFs, fsyncSync: () => undefined };

/** Hundreds of small folders: in memory where Linux offers it (/dev/shm), else the temp folder. */
const ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

const MARCH = Date.UTC(2026, 2, 10, 12);
const APRIL = Date.UTC(2026, 3, 10, 12);
const NOW = Date.UTC(2026, 3, 20, 12);

type Op =
  | { doc: TestedDocument; seq: number }
  | { doc: 'history'; seq: number; at: number }
  | { doc: 'summaries' }
  | { doc: 'import'; seq: number; at: number };

/** The workload: each sequence number is written once, so what is on disk says which writes landed. */
const OPS: Op[] = [
  { doc: 'settings', seq: 1 },
  { doc: 'tracker', seq: 2 },
  { doc: 'programme', seq: 3 },
  { doc: 'history', seq: 4, at: MARCH },
  { doc: 'history', seq: 5, at: MARCH },
  { doc: 'summaries' },
  { doc: 'settings', seq: 7 },
  { doc: 'history', seq: 8, at: APRIL },
  { doc: 'tracker', seq: 9 },
  { doc: 'import', seq: 10, at: MARCH },
  { doc: 'programme', seq: 11 },
  { doc: 'history', seq: 12, at: APRIL },
  { doc: 'desk', seq: 13 },
  { doc: 'desk', seq: 14 },
  { doc: 'welcome', seq: 15 },
];

const event = (seq: number, at: number) => ({ type: 'clock-changed' as const, at: at + seq, skewMs: seq });
const value = (doc: TestedDocument, seq: number): unknown =>
  doc === 'settings'
    ? ({ sitThresholdMin: seq } as Partial<Settings>)
    : doc === 'tracker'
      ? ({ version: 1, savedAt: seq, state: initialState(seq, 0) } satisfies PersistedTracker)
      : doc === 'programme'
        ? ({
            version: 1,
            programme: newProgramme(1, seq),
            advisory: [],
            lastWalk: null,
          } satisfies StoredBreak)
        : doc === 'welcome'
          ? ({ version: 1, doneAt: seq } satisfies StoredWelcome)
          : ({
              version: 1,
              workstation: {
                checkedAt: seq,
                answers: Object.fromEntries(WORKSTATION_ITEMS.map((item) => [item, 'yes'])) as Record<
                  WorkstationItem,
                  WorkstationAnswer
                >,
              },
            } satisfies StoredDesk);

/** The sequence number a stored document holds (0 when none). */
function seqOf(doc: TestedDocument, stored: unknown): number {
  const v = stored as
    | {
        sitThresholdMin?: number;
        savedAt?: number;
        programme?: { startedAt?: number };
        workstation?: { checkedAt?: number } | null;
        doneAt?: number | null;
      }
    | null
    | undefined;
  const seq = {
    settings: v?.sitThresholdMin,
    tracker: v?.savedAt,
    programme: v?.programme?.startedAt,
    desk: v?.workstation?.checkedAt,
    welcome: v?.doneAt ?? undefined,
  }[doc];
  return seq ?? 0;
}

/** What is on disk right now, read with plain node:fs. */
function onDisk(dir: string): {
  docs: Record<TestedDocument, number>;
  events: Set<number>;
  unreadable: string[];
} {
  const unreadable: string[] = [];
  const docs = { settings: 0, tracker: 0, programme: 0, desk: 0, welcome: 0 };
  for (const doc of DOCUMENTS) {
    try {
      docs[doc] = seqOf(
        doc,
        (JSON.parse(readFileSync(join(dir, `${doc}.json`), 'utf8')) as Record<string, unknown>)[doc],
      );
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') unreadable.push(`${doc}.json`);
    }
  }
  const events = new Set<number>();
  const historyDir = join(dir, 'history');
  let names: string[] = [];
  try {
    names = readdirSync(historyDir);
  } catch {
    // no history yet
  }
  for (const name of names) {
    const text = readFileSync(join(historyDir, name), 'utf8');
    if (name.endsWith('.jsonl')) {
      const parsed = parseLines(text);
      if (parsed.skipped > 0) unreadable.push(name);
      for (const e of parsed.events) if (e.type === 'clock-changed') events.add(e.skewMs);
    } else if (name.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch {
        unreadable.push(name);
      }
    } else unreadable.push(name); // a temporary file left behind
  }
  return { docs, events, unreadable };
}

interface Outcome {
  injected: boolean;
  /** Acknowledged writes not on disk when acknowledged, or missing after the restart. */
  falseAcks: number;
  lost: number;
  /** Writes that did not land while the user heard nothing. */
  untold: number;
  /** Files that do not parse (or temporary files left) after the restart, and files kept aside. */
  damaged: string[];
}

function run(failAt: number, fault: Fault): Outcome & { points: { op: string; file: string }[] } {
  const dir = mkdtempSync(join(ROOT, 'walkbreak-faults-'));
  try {
    const fs = faultyFs(FAST);
    fs.failAt = failAt;
    fs.fault = fault;
    const told = new Set<string>();
    const trouble = { failing: (doc: string) => told.add(doc), recovered: () => undefined };
    const stores = openStores(dir, '0.1.0', { fs, trouble, now: () => NOW });
    const history = new HistoryLog(
      historyFiles(join(dir, 'history'), fs),
      () => undefined,
      { failing: () => told.add('history'), recovered: () => undefined },
      () => NOW,
    );
    const acked = { settings: 0, tracker: 0, programme: 0, desk: 0, welcome: 0 };
    const ackedEvents: number[] = [];
    const attempted: number[] = [];
    let falseAcks = 0;
    let untold = 0;
    for (const op of OPS) {
      if (op.doc === 'summaries') {
        history.load(); // writes the month summaries: a cache, never acknowledged to anyone
        continue;
      }
      if (op.doc === 'history' || op.doc === 'import') {
        let threw = false;
        try {
          if (op.doc === 'history') history.append(event(op.seq, op.at));
          else history.merge([event(op.seq, op.at)]);
        } catch {
          threw = true; // an import that fails is an error message to the user, who can import again
        }
        if (!threw) attempted.push(op.seq);
        if (!threw && history.pendingCount === 0) {
          ackedEvents.push(op.seq);
          if (!onDisk(dir).events.has(op.seq)) falseAcks += 1;
        } else if (!threw && !told.has('history')) untold += 1;
        continue;
      }
      stores[op.doc].save(value(op.doc, op.seq) as never);
      if (!stores.pending().includes(op.doc)) {
        acked[op.doc] = op.seq;
        if (onDisk(dir).docs[op.doc] !== op.seq) falseAcks += 1;
      } else if (!told.has(op.doc)) untold += 1;
    }
    // The disk works again: every waiting write lands.
    expect(stores.flush()).toBe(true);
    expect(history.flush()).toBe(0);

    // Restart with the plain file system.
    const again = openStores(dir, '0.1.0');
    const disk = onDisk(dir);
    let lost = 0;
    for (const doc of DOCUMENTS) {
      const last = Math.max(...OPS.flatMap((op) => (op.doc === doc ? [op.seq] : [])));
      if (seqOf(doc, again[doc].load()) < Math.max(acked[doc], last)) lost += 1;
    }
    for (const seq of attempted) if (!disk.events.has(seq)) lost += 1;
    const restarted = new HistoryLog(
      historyFiles(join(dir, 'history')),
      () => undefined,
      null,
      () => NOW,
    );
    const all = restarted.readAll();
    const damaged = [...disk.unreadable, ...again.problems];
    if (all.skipped > 0) damaged.push(`${all.skipped} history lines skipped`);
    // An import whose last step failed may have landed (it was not acknowledged): never twice.
    const seqs = all.events.map((e) => (e.type === 'clock-changed' ? e.skewMs : -1));
    if (new Set(seqs).size !== seqs.length) damaged.push('an event stored twice');
    return { injected: fs.injected, falseAcks, lost, untold, damaged, points: fs.points };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('fault injection at every disk write', () => {
  it(
    'for every write point and fault: no lost or falsely acknowledged write, the user told, files parse',
    { timeout: 120_000 },
    () => {
      const clean = run(-1, 'EIO');
      expect(clean).toMatchObject({ falseAcks: 0, lost: 0, untold: 0, damaged: [] });
      const points = clean.points.length;
      const byKind = new Map<string, number>();
      for (const p of clean.points) byKind.set(kindOf(p.file), (byKind.get(kindOf(p.file)) ?? 0) + 1);
      expect([...byKind.keys()].sort()).toEqual(
        ['folder', 'history events', 'history summaries', ...DOCUMENTS].sort(),
      );

      let injected = 0;
      let lost = 0;
      let falseAcks = 0;
      const failures: string[] = [];
      for (let n = 0; n < points; n++) {
        for (const fault of FAULTS) {
          const outcome = run(n, fault);
          if (!outcome.injected) continue;
          injected += 1;
          lost += outcome.lost;
          falseAcks += outcome.falseAcks;
          if (outcome.lost || outcome.falseAcks || outcome.untold || outcome.damaged.length)
            failures.push(
              `${fault} at call ${n} (${clean.points[n]!.op} ${kindOf(clean.points[n]!.file)}): ` +
                JSON.stringify({ ...outcome, points: undefined }),
            );
        }
      }
      console.log(
        `fault injection: ${points} disk-changing calls × ${FAULTS.length} faults → ${injected} injected points ` +
          `(${[...byKind].map(([k, c]) => `${k} ${c}`).join(', ')}); lost ${lost}, falsely acknowledged ${falseAcks}`,
      );
      expect(failures).toEqual([]);
      expect(injected).toBeGreaterThan(100);
    },
  );
});
