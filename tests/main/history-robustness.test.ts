// History against bad data and big months (issue 19): timestamps bounded on read and import, a repeated line read
// once, a bout ending before it starts refused, damaged summaries computed again, delete-all removing every file
// history ever wrote, no call-stack-sized limit, CSV cells that a spreadsheet would run as formulas guarded, and
// the durable-write primitives (short writes completed, a failed append cut back, unique temporary files).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLines } from '../../electron/core/history-codec';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { exportFile, parseImport } from '../../electron/core/history-transfer';
import { appendFile, nodeFs, replaceFile } from '../../electron/main/adapters/durable-fs';
import { historyFiles } from '../../electron/main/adapters/history-file';
import type { HistoryEvent } from '../../electron/shared/history';
import { parseHistoryEvent } from '../../electron/shared/history-schemas';
import { ENGLISH } from '../fakes/i18n';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'walkbreak-robust-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NOW = Date.UTC(2026, 5, 15, 12);
const shown = (at: number): HistoryEvent => ({
  type: 'reminder-shown',
  at,
  sittingMs: 1_800_000,
  firm: false,
});
const line = (event: HistoryEvent): string => JSON.stringify(event) + '\n';

describe('history timestamps and records', () => {
  it('events before 2000 or after tomorrow are skipped and counted on read, and refused on import', async () => {
    const text = [shown(NOW), shown(Date.UTC(1999, 11, 31)), shown(NOW + 2 * 86_400_000)].map(line).join('');
    expect(parseLines(text, NOW)).toMatchObject({ skipped: 2, duplicates: 0 });
    const file = JSON.stringify({
      format: 'walkbreak-history',
      version: 1,
      events: [shown(NOW), shown(Date.UTC(2100, 0, 1))],
    });
    await expect(parseImport(file, ENGLISH, NOW)).rejects.toThrow(/Record 2 .*in the future/);
  });

  it('a line written twice is read once', () => {
    const log = new HistoryLog(memoryHistoryFiles({ '2026-06': line(shown(NOW)) + line(shown(NOW)) }));
    expect(log.readAll()).toEqual({ events: [shown(NOW)], skipped: 0 });
    expect(log.load().days.get('2026-06-15')?.reminders.shown).toBe(1);
  });

  it('a bout that ends before it starts is refused', () => {
    const bad = { type: 'sitting-bout', at: NOW, start: NOW, end: NOW - 60_000, endedBy: 'away' };
    expect(parseHistoryEvent(bad)).toEqual({ ok: false, message: 'sitting-bout end: before start' });
  });

  it('a summaries file with days of the wrong shape is computed again from the events', () => {
    const dir = join(root, 'history');
    const files = historyFiles(dir);
    const log = new HistoryLog(
      files,
      () => undefined,
      null,
      () => NOW,
    );
    log.append(shown(NOW));
    const size = files.months()[0]!.size;
    // Right size and format, but a day without its counts: the view and export would break on it.
    writeFileSync(
      join(dir, 'summary-2026-06.json'),
      JSON.stringify({
        format: 'walkbreak-month-summary',
        version: 2,
        size,
        skipped: 0,
        days: [{ day: '2026-06-15', sittingMs: 0 }],
      }),
    );
    const fresh = new HistoryLog(
      historyFiles(dir),
      () => undefined,
      null,
      () => NOW,
    );
    expect(fresh.load().days.get('2026-06-15')?.reminders.shown).toBe(1);
    expect(
      exportFile('summaries', 'csv', { events: [], days: [...fresh.load().days.values()] }, NOW).text,
    ).toContain('2026-06-15');
  });

  // Export and delete-all both read every event through readAll.
  it('a month of 150,000 events can be read whole (no call-stack-sized limit)', { timeout: 60_000 }, () => {
    const lines: string[] = [];
    for (let i = 0; i < 150_000; i++) lines.push(line(shown(Date.UTC(2026, 4, 1) + i * 1000)));
    const log = new HistoryLog(memoryHistoryFiles({ '2026-05': lines.join('') }));
    expect(log.readAll().events).toHaveLength(150_000);
  });
});

describe('delete all', () => {
  it('removes every file history wrote: far-future months, summaries and temporary files', () => {
    const dir = join(root, 'history');
    mkdirSync(dir);
    const future = Date.UTC(2099, 0, 1);
    for (const name of [
      'events-2026-06.jsonl',
      'summary-2026-06.json',
      'events-2099-01.jsonl',
      'summary-2099-01.json',
      'events-2026-06.jsonl.1234-7.tmp',
      'summary-2026-06.json.1234-8.tmp',
    ])
      writeFileSync(join(dir, name), name.startsWith('events-2099') ? line(shown(future)) : line(shown(NOW)));
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    const log = new HistoryLog(
      historyFiles(dir),
      () => undefined,
      null,
      () => NOW,
    );
    log.deleteAll();
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('CSV export', () => {
  it('guards cells a spreadsheet would run as a formula', () => {
    const { text } = exportFile(
      'events',
      'csv',
      { events: [{ type: 'clock-changed', at: NOW, skewMs: -5 }], days: [] },
      NOW,
    );
    // The details cell is JSON (starts with "{"); a negative number stays a number.
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    const guarded = exportFile('summaries', 'csv', { events: [], days: [] }, NOW).text;
    expect(guarded.startsWith('date,')).toBe(true);
  });
});

describe('durable writes', () => {
  it('completes short writes, and leaves no temporary file', () => {
    const file = join(root, 'doc.json');
    let calls = 0;
    const shortWrites = {
      ...nodeFs,
      writeSync: (fd: number, b: Uint8Array, off: number, len: number, pos: number | null) => {
        calls += 1;
        return nodeFs.writeSync(fd, b, off, Math.min(len, 3), pos);
      },
    };
    replaceFile(shortWrites, file, '{"a":"0123456789"}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":"0123456789"}');
    expect(calls).toBe(6);
    expect(readdirSync(root)).toEqual(['doc.json']);
  });

  it('a failed append is cut back, so the retry does not land on a fragment', () => {
    const file = join(root, 'events.jsonl');
    appendFile(nodeFs, file, 'one\n');
    let fail = true;
    const torn = {
      ...nodeFs,
      writeSync: (fd: number, b: Uint8Array, off: number, len: number, pos: number | null) => {
        if (!fail) return nodeFs.writeSync(fd, b, off, len, pos);
        fail = false;
        nodeFs.writeSync(fd, b, off, 2, pos);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => appendFile(torn, file, 'two\n')).toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('one\n');
    appendFile(torn, file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
  });

  it('a write that makes no progress is an error, not a hang', () => {
    const stuck = { ...nodeFs, writeSync: () => 0 };
    expect(() => replaceFile(stuck, join(root, 'x.json'), 'data')).toThrow(/EIO/);
    expect(readdirSync(root)).toEqual([]);
  });
});
