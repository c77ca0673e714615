// Export, import and deletes through the real HistoryLog on in-memory files: export → import into an empty history
// gives identical summaries, importing twice adds nothing, a bad file is refused with a clear message and changes
// nothing, CSV has the right rows, and deleting a day removes exactly what touched it.
import { describe, expect, it } from 'vitest';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { exportFile, ImportRejected, parseImport } from '../../electron/core/history-transfer';
import type { HistoryEvent } from '../../electron/shared/history';
import { syntheticHistory } from '../fakes/history-days';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const at = (local: string): number => new Date(local).getTime();
const NOW = at('2026-05-01T12:00');
const history = syntheticHistory(at('2026-05-01T00:00'), 75, 11);

function logWith(events: HistoryEvent[]) {
  const files = memoryHistoryFiles();
  const log = new HistoryLog(files);
  for (const e of events) log.append(e);
  return { files, log };
}

const exportText = (log: HistoryLog): string =>
  exportFile('events', 'json', { events: log.readAll().events, days: [] }, NOW).text;

describe('history export and import', () => {
  it('round-trips: export, import into an empty history, identical summaries; a second import adds nothing', () => {
    const source = logWith(history).log;
    const text = exportText(source);
    const target = logWith([]).log;
    expect(target.merge(parseImport(text, ENGLISH))).toEqual({ added: history.length, duplicates: 0 });
    expect(target.load().days).toEqual(source.load().days);
    const before = target.readAll().events.length;
    expect(target.merge(parseImport(text, ENGLISH))).toEqual({ added: 0, duplicates: history.length });
    expect(target.readAll().events).toHaveLength(before);
    expect(target.load().days).toEqual(source.load().days);
  });

  it('merges an export with overlapping history without duplicates, whatever the key order of the records', () => {
    const half = Math.floor(history.length / 2);
    const { log } = logWith(history.slice(0, half + 100));
    const reordered = history.slice(half).map((e) => Object.fromEntries(Object.entries(e).reverse()));
    const text = JSON.stringify({ format: 'walkbreak-history', version: 1, events: reordered });
    expect(log.merge(parseImport(text, ENGLISH))).toEqual({
      added: history.length - half - 100,
      duplicates: 100,
    });
    expect(log.load().days).toEqual(logWith(history).log.load().days);
  });

  it.each([
    [
      'not JSON',
      'date,sitting_min\n2026-03-01,40',
      /not valid JSON \(is it the CSV export\?\)\. Nothing was imported\.$/,
    ],
    [
      'another app',
      '{"events":[]}',
      /^This file is not a WalkBreak history export\. Nothing was imported\.$/,
    ],
    [
      'the summaries export',
      '{"format":"walkbreak-daily-summaries","version":1,"days":[]}',
      /only an events export/,
    ],
    ['a newer version', '{"format":"walkbreak-history","version":2,"events":[]}', /newer WalkBreak/],
    [
      'one bad record among good ones',
      JSON.stringify({
        format: 'walkbreak-history',
        version: 1,
        events: [history[0], history[1], { ...history[2], at: 'yesterday' }],
      }),
      /^Record 3 is not a valid event \(\S+ at: expected number\)\. Nothing was imported\.$/,
    ],
    [
      'a pain score out of range',
      JSON.stringify({
        format: 'walkbreak-history',
        version: 1,
        events: [{ ...history.find((e) => e.type === 'walk-evaluated')!, painAfter: 11 }],
      }),
      /^Record 1 is not a valid event \(walk-evaluated painAfter: expected/,
    ],
  ])('refuses %s with a clear message and changes nothing', (_name, text, message) => {
    const { files, log } = logWith(history.slice(0, 50));
    const before = new Map(files.texts);
    expect(() => parseImport(text, ENGLISH)).toThrow(ImportRejected);
    expect(() => parseImport(text, ENGLISH)).toThrow(message);
    expect(files.texts).toEqual(before);
    expect(log.readAll().events).toHaveLength(50);
  });

  it('refuses in German with a German translator (the record detail stays the schema text)', () => {
    expect(() => parseImport('{"events":[]}', GERMAN)).toThrow(
      'Diese Datei ist kein Export eines WalkBreak-Verlaufs. Es wurde nichts importiert.',
    );
    const bad = JSON.stringify({
      format: 'walkbreak-history',
      version: 1,
      events: [history[0], { type: 'x' }],
    });
    expect(() => parseImport(bad, GERMAN)).toThrow(
      /^Eintrag 2 ist kein gültiges Ereignis \(type: not a known event type\)\. Es wurde nichts importiert\.$/,
    );
  });

  it('exports CSV of events with one row per event, oldest first, and of daily summaries with one row per day', () => {
    const { log } = logWith([...history].reverse());
    const events = exportFile('events', 'csv', { events: log.readAll().events, days: [] }, NOW);
    const rows = events.text.trimEnd().split('\r\n');
    expect(events.fileName).toBe('walkbreak-events-2026-05-01.csv');
    expect(rows[0]).toBe('type,date,time,at_ms,start_ms,end_ms,duration_min,details');
    expect(rows).toHaveLength(history.length + 1);
    expect(rows[1]!.split(',')[3]).toBe(String(Math.min(...history.map((e) => e.at))));
    const one = exportFile(
      'events',
      'csv',
      {
        events: [
          {
            type: 'sitting-bout',
            at: at('2026-03-03T09:40'),
            start: at('2026-03-03T09:00'),
            end: at('2026-03-03T09:40'),
            endedBy: 'away',
          },
        ],
        days: [],
      },
      NOW,
    );
    expect(one.text).toBe(
      'type,date,time,at_ms,start_ms,end_ms,duration_min,details\r\n' +
        `sitting-bout,2026-03-03,09:40:00,${at('2026-03-03T09:40')},${at('2026-03-03T09:00')},${at('2026-03-03T09:40')},40,"{""endedBy"":""away""}"\r\n`,
    );
    const days = [...log.load().days.values()];
    const summary = exportFile('summaries', 'csv', { events: [], days }, NOW).text.trimEnd().split('\r\n');
    expect(summary).toHaveLength(days.length + 1);
    expect(summary[1]!.split(',')[0]).toBe([...log.load().days.keys()].sort()[0]);
  });

  it('deletes one day (a bout across its midnight goes with it) and everything, reporting how many events', () => {
    const { log } = logWith([
      {
        type: 'sitting-bout',
        at: at('2026-03-03T00:30'),
        start: at('2026-03-02T23:30'),
        end: at('2026-03-03T00:30'),
        endedBy: 'away',
      },
      { type: 'reminder-shown', at: at('2026-03-02T10:00'), sittingMs: 1_800_000, firm: false },
      { type: 'reminder-shown', at: at('2026-03-03T10:00'), sittingMs: 1_800_000, firm: false },
    ]);
    expect(log.deleteDay('2026-03-02')).toBe(2);
    expect([...log.load().days.keys()]).toEqual(['2026-03-03']);
    expect(log.load().days.get('2026-03-03')).toMatchObject({ sittingMs: 0, reminders: { shown: 1 } });
    expect(log.deleteAll()).toBe(1);
    expect(log.load().days.size).toBe(0);
  });
});
