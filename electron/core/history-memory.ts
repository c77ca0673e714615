// HistoryFiles in memory: the browser harness's history store and the core tests' disk. Behaves like the files
// in main (sizes change with every write, a torn write is a text without its final newline).
import { countLines } from './history-codec';
import type { HistoryFiles } from './history-log';

export interface MemoryHistoryFiles extends HistoryFiles {
  /** The month texts, for tests to read, tear or corrupt. */
  readonly texts: Map<string, string>;
  /** When set, every write throws it (a full disk, a read-only folder). */
  failWith: Error | null;
}

export function memoryHistoryFiles(seed: Record<string, string> = {}): MemoryHistoryFiles {
  const texts = new Map(Object.entries(seed));
  const summaries = new Map<string, string>();
  const files: MemoryHistoryFiles = {
    texts,
    failWith: null,
    months: () => [...texts].map(([month, text]) => ({ month, size: text.length })),
    read: (month) => texts.get(month) ?? '',
    endsCleanly: (month) => {
      const text = texts.get(month) ?? '';
      return text === '' || text.endsWith('\n');
    },
    append(month, text) {
      if (files.failWith) throw files.failWith;
      texts.set(month, (texts.get(month) ?? '') + text);
    },
    replace(month, text) {
      if (files.failWith) throw files.failWith;
      if (text === '') {
        texts.delete(month);
        summaries.delete(month);
      } else texts.set(month, text);
    },
    readSummaries: (month) => summaries.get(month) ?? null,
    writeSummaries(month, text) {
      if (files.failWith) throw files.failWith;
      summaries.set(month, text);
    },
    clear() {
      if (files.failWith) throw files.failWith;
      let records = 0;
      for (const text of texts.values()) records += countLines(text);
      texts.clear();
      summaries.clear();
      return records;
    },
  };
  return files;
}
