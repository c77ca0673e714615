// What the SIGKILL crash child (crash-child.ts) finds on disk when it starts: the sequence number each stored
// document holds, and which history events are missing. Sequence n goes to settings (n % 5 = 0), the tracker
// (1), the programme (2), the history (3) or the desk (4: the workstation check's desk.json), so every document's
// last write and every history event can be checked.
import type { HistoryLog } from '../../electron/core/history-log';
import type { Stores } from '../../electron/main/adapters/stores';

/** The child's history events are at CRASH_BASE_AT + seq (all in March 2026). */
export const CRASH_BASE_AT = Date.UTC(2026, 2, 1, 12);

export const CRASH_DOCS = ['settings', 'tracker', 'programme', 'history', 'desk'] as const;
/** Sequence numbers go round the documents in this order; `seq % CRASH_ROUND` is the index in CRASH_DOCS. */
export const CRASH_ROUND = CRASH_DOCS.length;
const HISTORY_INDEX = CRASH_DOCS.indexOf('history');
export type CrashDoc = (typeof CRASH_DOCS)[number];

export interface CrashReport {
  /** Sequence number each document holds (0 when absent). */
  seqs: Record<CrashDoc, number>;
  /** The highest of them: every write up to it had returned before a later one started. */
  highest: number;
  /** History sequence numbers up to `highest` that are not in the history. */
  missing: number[];
  /** History events read, history events stored twice, and unreadable (torn) lines skipped. */
  events: number;
  duplicates: number;
  skipped: number;
  /** Problems opening the store files (a damaged file). */
  problems: string[];
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function report(stores: Stores, history: HistoryLog): CrashReport {
  const { events, skipped } = history.readAll();
  const historySeqs = events.map((e) => e.at - CRASH_BASE_AT);
  const seqs: Record<CrashDoc, number> = {
    settings: num((stores.settings.load() as { sitThresholdMin?: unknown } | undefined)?.sitThresholdMin),
    tracker: num((stores.tracker.load() as { savedAt?: unknown } | null)?.savedAt),
    programme: num(
      (stores.programme.load() as { programme?: { startedAt?: unknown } } | undefined)?.programme?.startedAt,
    ),
    history: historySeqs.length ? Math.max(...historySeqs) : 0,
    desk: num(
      (stores.desk.load() as { workstation?: { checkedAt?: unknown } } | null | undefined)?.workstation
        ?.checkedAt,
    ),
  };
  const highest = Math.max(...Object.values(seqs));
  const present = new Set(historySeqs);
  const missing: number[] = [];
  for (let seq = HISTORY_INDEX; seq <= highest; seq += CRASH_ROUND) if (!present.has(seq)) missing.push(seq);
  return {
    seqs,
    highest,
    missing,
    events: events.length,
    duplicates: events.length - present.size,
    skipped,
    problems: stores.problems,
  };
}

/** Which document sequence number `seq` was written to. */
export const docOf = (seq: number): CrashDoc => CRASH_DOCS[seq % CRASH_ROUND]!;
