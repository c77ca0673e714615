// The history on a real disk (tmp dirs; TZ is Europe/London in vitest): monthly JSON lines by local month, a torn
// or corrupt line loses only itself, a folder that cannot be written keeps events in memory until it can.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryLog, type HistoryProblem } from '../../electron/core/history-log';
import { problemText } from '../../electron/core/history-service';
import { historyFiles } from '../../electron/main/adapters/history-file';
import type { HistoryEvent } from '../../electron/shared/history';
import { boutEvent } from '../fakes/history-days';
import { ENGLISH } from '../fakes/i18n';

/** Reading problems as History words them for an English user. */
const words = (problems: HistoryProblem[]): string[] => problems.map((p) => problemText(p, ENGLISH));

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'walkbreak-history-'));
  dir = join(root, 'history');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (iso: string): number => new Date(iso).getTime();
const shown = (t: number): HistoryEvent => ({
  type: 'reminder-shown',
  at: t,
  sittingMs: 1_800_000,
  firm: false,
});
const bout = (start: string, end: string): HistoryEvent => boutEvent(at(start), at(end));

describe('history files on disk', () => {
  it('appends one JSON line per event to the file of its local month', () => {
    const log = new HistoryLog(historyFiles(dir));
    const lastMarch = at('2026-03-31T22:30:00Z'); // 23:30 BST, still March in London
    const firstApril = at('2026-03-31T23:30:00Z'); // 00:30 BST on 1 April
    log.append(shown(lastMarch));
    log.append({ type: 'reminder-skipped', at: lastMarch + 1, via: 'button' });
    log.append({ type: 'reminders-resumed', at: firstApril });
    expect(readdirSync(dir).sort()).toEqual(['events-2026-03.jsonl', 'events-2026-04.jsonl']);
    const march = readFileSync(historyFiles(dir).fileOf('2026-03'), 'utf8').split('\n');
    expect(march).toHaveLength(3); // two lines and the final newline
    expect(JSON.parse(march[1]!)).toEqual({ type: 'reminder-skipped', at: lastMarch + 1, via: 'button' });
  });

  it('a torn last line (crash mid-write) loses only that record; the next append starts on a new line', () => {
    const files = historyFiles(dir);
    new HistoryLog(files).append(bout('2026-03-10T09:00:00Z', '2026-03-10T09:40:00Z'));
    // The process died half-way through writing the next line.
    appendFileSync(files.fileOf('2026-03'), '{"type":"sitting-bout","at":17731');
    const reopened = new HistoryLog(files);
    reopened.append(bout('2026-03-10T10:00:00Z', '2026-03-10T10:30:00Z'));
    const { days, problems } = reopened.load();
    expect(days.get('2026-03-10')).toMatchObject({ bouts: 2, sittingMs: 70 * 60_000 });
    expect(words(problems)).toEqual(['1 unreadable line in March 2026 skipped.']);
    expect(reopened.readAll()).toMatchObject({ skipped: 1 });
  });

  it('corrupt lines in the middle are skipped and counted, and the rest of the file and other months still open', () => {
    mkdirSync(dir);
    const good = JSON.stringify(bout('2026-02-02T09:00:00Z', '2026-02-02T10:00:00Z'));
    writeFileSync(
      join(dir, 'events-2026-02.jsonl'),
      `${good}\nnot json\n{"type":"sitting-bout","at":-5}\n\u0000\u0000\n`,
    );
    writeFileSync(
      join(dir, 'events-2026-03.jsonl'),
      JSON.stringify(shown(at('2026-03-03T09:00:00Z'))) + '\n',
    );
    const { days, problems } = new HistoryLog(historyFiles(dir)).load();
    expect(days.get('2026-02-02')?.sittingMs).toBe(60 * 60_000);
    expect(days.get('2026-03-03')?.reminders.shown).toBe(1);
    expect(words(problems)).toEqual(['3 unreadable lines in February 2026 skipped.']);
  });

  it('keeps events in memory when the folder cannot be written, reports it, and writes them once it can', () => {
    writeFileSync(dir, 'a file where the history folder should be');
    const warnings: string[] = [];
    const log = new HistoryLog(historyFiles(dir), (m) => warnings.push(m));
    expect(() => log.append(shown(at('2026-03-03T09:00:00Z')))).not.toThrow();
    log.append(shown(at('2026-03-03T10:00:00Z')));
    const loaded = log.load();
    expect(loaded.days.get('2026-03-03')?.reminders.shown).toBe(2);
    expect(words(loaded.problems)[0]).toMatch(/^The history folder could not be read \(Error: ENOTDIR/);
    expect(words(loaded.problems).at(-1)).toBe(
      '2 recent events are not saved yet (the history folder cannot be written); WalkBreak keeps trying.',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^history not written, kept in memory: Error: (ENOTDIR|EEXIST)/);

    rmSync(dir);
    log.append(shown(at('2026-03-03T11:00:00Z')));
    const lines = readFileSync(join(dir, 'events-2026-03.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as HistoryEvent).at)).toEqual([
      at('2026-03-03T09:00:00Z'),
      at('2026-03-03T10:00:00Z'),
      at('2026-03-03T11:00:00Z'),
    ]);
    expect(log.load().problems).toEqual([]);
  });

  it('rebuilds missing or damaged month summaries from the events, and uses them while the files are unchanged', () => {
    const files = historyFiles(dir);
    const log = new HistoryLog(files);
    log.append(bout('2026-01-05T09:00:00Z', '2026-01-05T09:30:00Z'));
    log.append(bout('2026-02-05T09:00:00Z', '2026-02-05T09:45:00Z'));
    const first = new HistoryLog(files).load().days;
    expect(readdirSync(dir).sort()).toEqual([
      'events-2026-01.jsonl',
      'events-2026-02.jsonl',
      'summary-2026-01.json',
      'summary-2026-02.json',
    ]);
    writeFileSync(
      join(dir, 'summary-2026-01.json'),
      '{"format":"walkbreak-month-summary","version":2,"size":',
    );
    expect(new HistoryLog(files).load().days).toEqual(first);
    expect(JSON.parse(readFileSync(join(dir, 'summary-2026-01.json'), 'utf8'))).toMatchObject({ version: 2 });
    // A summary that no longer matches its event file (an append after it was written) is not trusted.
    appendFileSync(
      files.fileOf('2026-01'),
      JSON.stringify(bout('2026-01-06T09:00:00Z', '2026-01-06T09:10:00Z')) + '\n',
    );
    expect(new HistoryLog(files).load().days.get('2026-01-06')?.sittingMs).toBe(10 * 60_000);
  });

  it('opening recent months reads only those (and the month before), not years of history', () => {
    const files = historyFiles(dir);
    const log = new HistoryLog(files);
    for (const month of ['2024-01', '2025-06', '2026-02', '2026-03'])
      log.append(bout(`${month}-10T09:00:00Z`, `${month}-10T10:00:00Z`));
    writeFileSync(files.fileOf('2024-01'), 'this old month is unreadable, and never read\n');
    const recent = new HistoryLog(files).load('2026-03');
    expect([...recent.days.keys()].sort()).toEqual(['2026-02-10', '2026-03-10']);
    expect(recent.problems).toEqual([]);
    expect(recent.firstMonth).toBe('2024-01');
    expect(words(new HistoryLog(files).load().problems)).toEqual([
      '1 unreadable line in January 2024 skipped.',
    ]);
  });
});
