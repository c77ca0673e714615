// Deleting one day through the real HistoryLog on in-memory files, when the month's summaries are current (issue 15:
// its other lines are kept as they are, not checked and written again) and when the month changed since they were
// written: appended to, edited to the same size, or summarised before summaries kept a hash of their text.
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../electron/core/calendar';
import { eventLine, monthOf } from '../../electron/core/history-codec';
import { touchesDay } from '../../electron/core/history-days';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles, type MemoryHistoryFiles } from '../../electron/core/history-memory';
import type { HistoryEvent } from '../../electron/shared/history';
import { syntheticHistory } from '../fakes/history-days';

const at = (local: string): number => new Date(local).getTime();
const history = syntheticHistory(at('2026-05-01T00:00'), 75, 11);

/** A history on in-memory files with its summaries written (History was opened), each month's lines as given. */
function stored(lines: (event: HistoryEvent) => string = eventLine): {
  files: MemoryHistoryFiles;
  log: HistoryLog;
} {
  const seed: Record<string, string> = {};
  for (const event of history) seed[monthOf(event.at)] = (seed[monthOf(event.at)] ?? '') + lines(event);
  const files = memoryHistoryFiles(seed);
  const log = new HistoryLog(files);
  expect(log.load().problems).toEqual([]);
  return { files, log };
}

const day = localDayKey(at('2026-03-18T12:00'));
const month = '2026-03';
const onDay = history.filter(touchesDay(day));

/** The same event with its keys in another order, as another writer (an older version, an editor) may store it. */
const reordered = (event: HistoryEvent): string =>
  JSON.stringify(Object.fromEntries(Object.entries(event).reverse())) + '\n';

describe('deleting one day', () => {
  it('leaves every other line of a month with current summaries exactly as it was', () => {
    expect(onDay.length).toBeGreaterThan(3);
    const { files, log } = stored(reordered);
    const before = files.texts.get(month)!;
    expect(log.deleteDay(day)).toBe(onDay.length);
    const gone = new Set(onDay.map(reordered));
    const kept = before.split(/(?<=\n)/).filter((line) => !gone.has(line));
    expect(files.texts.get(month)).toBe(kept.join(''));
    expect(log.load().days.has(day)).toBe(false);
    expect(log.load().problems).toEqual([]);
  });

  it('gives the same history as checking every line, for days across the months', () => {
    const days = ['2026-02-19', '2026-02-28', '2026-03-01', '2026-03-18', '2026-04-14', '2026-04-30'];
    for (const d of days) {
      const current = stored();
      // The same files without summaries: every month is checked line by line.
      const checked = new HistoryLog(memoryHistoryFiles(Object.fromEntries(current.files.texts)));
      expect(current.log.deleteDay(d)).toBe(checked.deleteDay(d));
      expect(current.log.load().days).toEqual(checked.load().days);
    }
  });

  it('still finds a line edited since the summaries were written, even at the same size', () => {
    const { files, log } = stored();
    const text = files.texts.get(month)!;
    // One event of another day made invalid without changing the file's size.
    const victim = text
      .split('\n')
      .find((line) => line.includes('"firm":false') && !onDay.map(eventLine).includes(line + '\n'))!;
    files.texts.set(month, text.replace(victim, victim.replace('"firm":false', '"firm":"nop"')));
    expect(files.texts.get(month)!.length).toBe(text.length);
    expect(log.deleteDay(day)).toBe(onDay.length);
    // Checked line by line, as before: the unreadable line stays out of the rewritten month.
    expect(files.texts.get(month)).not.toContain('"nop"');
    expect(files.texts.get(month)!.split('\n')).toHaveLength(text.split('\n').length - onDay.length - 1);
    expect(log.load().problems).toEqual([]);
  });

  it('finds the day among lines appended since the summaries were written', () => {
    const { files, log } = stored();
    const late: HistoryEvent = { type: 'reminder-snoozed', at: at('2026-03-21T15:00'), minutes: 10 };
    const lateDay = localDayKey(late.at);
    expect(log.load().days.get(lateDay)?.events ?? 0).toBe(0); // a Saturday with nothing yet
    new HistoryLog(files).append(late);
    const withLate = files.texts.get(month)!;
    expect(new HistoryLog(files).deleteDay(lateDay)).toBe(1);
    expect(files.texts.get(month)).toBe(withLate.replace(eventLine(late), ''));
    // And a day the appended lines do not touch still goes, the appended line kept.
    new HistoryLog(files).append(late);
    expect(new HistoryLog(files).deleteDay(day)).toBe(onDay.length);
    expect(files.texts.get(month)).toContain(eventLine(late));
  });

  it('deletes from months whose summaries were written before they kept a hash of their text', () => {
    const { files, log } = stored();
    for (const { month: m } of files.months()) {
      const { hash, ...older } = JSON.parse(files.readSummaries(m)!) as { hash?: number };
      expect(hash).toEqual(expect.any(Number));
      files.writeSummaries(m, JSON.stringify(older));
    }
    const reads: string[] = [];
    const read = files.read.bind(files);
    files.read = (m) => {
      reads.push(m);
      return read(m);
    };
    expect(log.deleteDay(day)).toBe(onDay.length);
    expect(reads).toEqual([month]);
    expect(log.load().days.has(day)).toBe(false);
  });
});
