// Append-only history: one JSON line per event in userData/history/events-YYYY-MM.jsonl (local month of `at`).
// Each write costs the same however long the history grows. A proper history design comes with its own issue.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryEvent } from '../../shared/history';

export interface HistoryFile {
  append(event: HistoryEvent): void;
  /** The file an event at wall-clock `at` ms goes to. */
  fileFor(at: number): string;
}

export function historyFile(dir: string): HistoryFile {
  let dirReady = false;
  const fileFor = (at: number): string => {
    const d = new Date(at);
    const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    return join(dir, `events-${month}.jsonl`);
  };
  return {
    fileFor,
    append(event) {
      if (!dirReady) mkdirSync(dir, { recursive: true });
      dirReady = true;
      appendFileSync(fileFor(event.at), JSON.stringify(event) + '\n');
    },
  };
}
