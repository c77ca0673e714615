// HistoryFiles on disk: userData/history/events-YYYY-MM.jsonl (one JSON line per event, local month of `at`)
// and summary-YYYY-MM.json (that month's daily summaries). Every write goes through durable-fs.ts: an append
// lands whole and flushed or is cut back to where it was; a whole-file replacement is a flushed temporary file
// renamed over the old one, so a file is always the old or the new one.
import { join } from 'node:path';
import { countLines } from '../../core/history-codec';
import type { HistoryFiles } from '../../core/history-log';
import {
  appendFile,
  isMissing,
  isTempFile,
  nodeFs,
  readText,
  replaceFile,
  syncFolder,
  type FsPort,
} from './durable-fs';

const EVENT_FILE = /^events-(\d{4}-\d{2})\.jsonl$/;
const SUMMARY_FILE = /^summary-\d{4}-\d{2}\.json$/;

/**
 * Every file WalkBreak ever wrote into the history folder, whatever month it names (far-future ones included):
 * event files, summaries and temporary files left by an interrupted replacement. The one place delete-all learns
 * what to remove.
 */
export function historyFileNames(names: readonly string[]): string[] {
  return names.filter(
    (name) =>
      EVENT_FILE.test(name) ||
      SUMMARY_FILE.test(name) ||
      (isTempFile(name) && (name.startsWith('events-') || name.startsWith('summary-'))),
  );
}

export interface HistoryDir extends HistoryFiles {
  /** The file of a month, 'YYYY-MM'. */
  fileOf(month: string): string;
}

export function historyFiles(dir: string, fs: FsPort = nodeFs): HistoryDir {
  const fileOf = (month: string): string => join(dir, `events-${month}.jsonl`);
  const summaryOf = (month: string): string => join(dir, `summary-${month}.json`);
  const list = (): string[] => {
    try {
      return fs.readdirSync(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };
  const remove = (file: string): void => {
    try {
      fs.unlinkSync(file);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  };
  return {
    fileOf,
    months() {
      return list().flatMap((name) => {
        const month = EVENT_FILE.exec(name)?.[1];
        return month ? [{ month, size: fs.statSync(join(dir, name)).size }] : [];
      });
    },
    read(month) {
      return readText(fs, fileOf(month)) ?? '';
    },
    endsCleanly(month) {
      let fd: number;
      try {
        fd = fs.openSync(fileOf(month), 'r');
      } catch (error) {
        if (isMissing(error)) return true;
        throw error;
      }
      try {
        const size = fs.fstatSync(fd).size;
        if (size === 0) return true;
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        return last[0] === 0x0a;
      } finally {
        fs.closeSync(fd);
      }
    },
    append(month, text) {
      appendFile(fs, fileOf(month), text);
    },
    replace(month, text) {
      if (text !== '') return replaceFile(fs, fileOf(month), text);
      remove(fileOf(month));
      remove(summaryOf(month));
      syncFolder(fs, dir);
    },
    readSummaries(month) {
      return readText(fs, summaryOf(month));
    },
    writeSummaries(month, text) {
      replaceFile(fs, summaryOf(month), text);
    },
    clear() {
      const names = historyFileNames(list());
      let records = 0;
      for (const name of names) {
        // Counting is only for the message: a file that cannot be read is still removed.
        try {
          if (EVENT_FILE.test(name)) records += countLines(readText(fs, join(dir, name)) ?? '');
        } catch {
          // not counted
        }
        remove(join(dir, name));
      }
      if (names.length > 0) syncFolder(fs, dir);
      return records;
    },
  };
}
