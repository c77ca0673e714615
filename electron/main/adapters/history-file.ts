// HistoryFiles on disk: userData/history/events-YYYY-MM.jsonl (one JSON line per event, local month of `at`)
// and summary-YYYY-MM.json (that month's daily summaries). An append is one write(2) of one line with O_APPEND, so a crash tears at most that line;
// whole-file replacements go through a temporary file and a rename, so a file is always the old or the new one.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { HistoryFiles } from '../../core/history-log';

const EVENT_FILE = /^events-(\d{4}-\d{2})\.jsonl$/;
const SUMMARY_FILE = /^summary-\d{4}-\d{2}\.json$/;

export interface HistoryDir extends HistoryFiles {
  /** The file of a month, 'YYYY-MM'. */
  fileOf(month: string): string;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export function historyFiles(dir: string): HistoryDir {
  const fileOf = (month: string): string => join(dir, `events-${month}.jsonl`);
  const summaryOf = (month: string): string => join(dir, `summary-${month}.json`);
  const replaceFile = (file: string, text: string): void => {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, text, { flush: true });
    renameSync(tmp, file);
  };
  return {
    fileOf,
    months() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
      return names.flatMap((name) => {
        const month = EVENT_FILE.exec(name)?.[1];
        return month ? [{ month, size: statSync(join(dir, name)).size }] : [];
      });
    },
    read(month) {
      try {
        return readFileSync(fileOf(month), 'utf8');
      } catch (error) {
        if (isMissing(error)) return '';
        throw error;
      }
    },
    endsCleanly(month) {
      let fd: number;
      try {
        fd = openSync(fileOf(month), 'r');
      } catch (error) {
        if (isMissing(error)) return true;
        throw error;
      }
      try {
        const size = fstatSync(fd).size;
        if (size === 0) return true;
        const last = Buffer.alloc(1);
        readSync(fd, last, 0, 1, size - 1);
        return last[0] === 0x0a;
      } finally {
        closeSync(fd);
      }
    },
    append(month, text) {
      mkdirSync(dir, { recursive: true });
      appendFileSync(fileOf(month), text);
    },
    replace(month, text) {
      if (text !== '') return replaceFile(fileOf(month), text);
      rmSync(fileOf(month), { force: true });
      rmSync(summaryOf(month), { force: true });
    },
    readSummaries(month) {
      try {
        return readFileSync(summaryOf(month), 'utf8');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    writeSummaries(month, text) {
      replaceFile(summaryOf(month), text);
    },
    clear() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const name of names)
        if (EVENT_FILE.test(name) || SUMMARY_FILE.test(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
