// Export, import and deletes through the real HistoryLog on in-memory files: export → import into an empty history
// gives identical summaries, importing twice adds nothing, a bad file is refused with a clear message and changes
// nothing, CSV has the right rows, and deleting a day removes exactly what touched it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../electron/core/calendar';
import { daysTouched } from '../../electron/core/history-days';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { HistoryService } from '../../electron/core/history-service';
import { exportFile, IMPORT_SLICE, ImportRejected, parseImport } from '../../electron/core/history-transfer';
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
  it('round-trips: export, import into an empty history, identical summaries; a second import adds nothing', async () => {
    const source = logWith(history).log;
    const text = exportText(source);
    const target = logWith([]).log;
    expect(target.merge(await parseImport(text, ENGLISH))).toEqual({ added: history.length, duplicates: 0 });
    expect(target.load().days).toEqual(source.load().days);
    const before = target.readAll().events.length;
    expect(target.merge(await parseImport(text, ENGLISH))).toEqual({ added: 0, duplicates: history.length });
    expect(target.readAll().events).toHaveLength(before);
    expect(target.load().days).toEqual(source.load().days);
  });

  it('merges an export with overlapping history without duplicates, whatever the key order of the records', async () => {
    const half = Math.floor(history.length / 2);
    const { log } = logWith(history.slice(0, half + 100));
    const reordered = history.slice(half).map((e) => Object.fromEntries(Object.entries(e).reverse()));
    const text = JSON.stringify({ format: 'walkbreak-history', version: 1, events: reordered });
    expect(log.merge(await parseImport(text, ENGLISH))).toEqual({
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
  ])('refuses %s with a clear message and changes nothing', async (_name, text, message) => {
    const { files, log } = logWith(history.slice(0, 50));
    const before = new Map(files.texts);
    await expect(parseImport(text, ENGLISH)).rejects.toThrow(ImportRejected);
    await expect(parseImport(text, ENGLISH)).rejects.toThrow(message);
    expect(files.texts).toEqual(before);
    expect(log.readAll().events).toHaveLength(50);
  });

  it('refuses in German with a German translator (the record detail stays the schema text)', async () => {
    await expect(parseImport('{"events":[]}', GERMAN)).rejects.toThrow(
      'Diese Datei ist kein Export eines WalkBreak-Verlaufs. Es wurde nichts importiert.',
    );
    const bad = JSON.stringify({
      format: 'walkbreak-history',
      version: 1,
      events: [history[0], { type: 'x' }],
    });
    await expect(parseImport(bad, GERMAN)).rejects.toThrow(
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

  it('puts standing time next to sitting in the daily summaries CSV', () => {
    const { log } = logWith([
      {
        type: 'sitting-bout',
        at: at('2026-03-03T10:00'),
        start: at('2026-03-03T09:00'),
        end: at('2026-03-03T10:00'),
        endedBy: 'away',
      },
      {
        type: 'standing',
        at: at('2026-03-03T11:25'),
        start: at('2026-03-03T10:00'),
        end: at('2026-03-03T11:25'),
      },
    ]);
    const rows = exportFile('summaries', 'csv', { events: [], days: [...log.load().days.values()] }, NOW)
      .text.trimEnd()
      .split('\r\n');
    expect(rows[0]!.split(',').slice(0, 4)).toEqual([
      'date',
      'sitting_min',
      'standing_min',
      'longest_bout_min',
    ]);
    expect(rows[1]!.split(',').slice(0, 4)).toEqual(['2026-03-03', '60', '85', '60']);
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

  it('deleting a day reads only the months whose summaries list it; deleting everything reads no event file', () => {
    const files = memoryHistoryFiles();
    const log = new HistoryLog(files);
    for (const e of history) log.append(e);
    const months = files.months().length;
    expect(months).toBeGreaterThanOrEqual(3);
    log.load(); // the daily summaries are on disk, as after History was first opened
    const read = files.read.bind(files);
    const reads: string[] = [];
    files.read = (month) => {
      reads.push(month);
      return read(month);
    };
    const day = localDayKey(at('2026-03-15T12:00'));
    const before = log.readAll().events.filter((e) => daysTouched(e).includes(day)).length;
    reads.length = 0;
    expect(log.deleteDay(day)).toBe(before);
    expect(before).toBeGreaterThan(0);
    expect(reads).toEqual(['2026-03']);
    expect(log.load().days.has(day)).toBe(false);

    const left = log.readAll().events.length;
    reads.length = 0;
    expect(log.deleteAll()).toBe(left);
    expect(reads).toEqual([]);
    expect(files.months()).toEqual([]);
  });
});

/** What an import answers: the events, or the message it was refused with. */
async function outcome(text: string): Promise<HistoryEvent[] | string> {
  try {
    return await parseImport(text, ENGLISH, NOW);
  } catch (error) {
    if (error instanceof ImportRejected) return error.message;
    throw error;
  }
}

/** The same check done the simple way: the whole file in one JSON.parse (what import did before issue 19). */
async function inOneGo(text: string): Promise<HistoryEvent[] | string> {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return outcome('not json');
  }
  const file = whole as { events?: unknown } | null;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.events)) return outcome(text);
  // Same header, the events given to the sliced parser as a fresh, canonical file.
  return outcome(JSON.stringify({ ...file, events: file.events }));
}

describe('import in slices (issue 19: a big import must not hold the main process)', () => {
  const big = syntheticHistory(at('2026-05-01T00:00'), 400, 3);
  const LONG = 60_000;
  const bigText = exportFile('events', 'json', { events: big, days: [] }, NOW).text;

  it(
    'pauses between slices of scanning, parsing and checking, and answers as one JSON.parse would',
    async () => {
      expect(bigText.length).toBeGreaterThan(IMPORT_SLICE.chars);
      expect(big.length).toBeGreaterThan(2 * IMPORT_SLICE.records);
      let pauses = 0;
      const events = await parseImport(bigText, ENGLISH, NOW, () => {
        pauses += 1;
        return Promise.resolve();
      });
      expect(events).toEqual((JSON.parse(bigText) as { events: HistoryEvent[] }).events);
      const slices = (n: number, per: number): number => Math.ceil(n / per) - 1;
      expect(pauses).toBe(
        slices(bigText.length, IMPORT_SLICE.chars) + 2 * slices(big.length, IMPORT_SLICE.records),
      );
    },
    LONG,
  );

  it(
    'merges in slices: the service pauses between them and the history is the same as one merge',
    async () => {
      const files = memoryHistoryFiles();
      const log = new HistoryLog(files);
      const pauses: number[] = [];
      const storedLines = (): number =>
        [...files.texts.values()].reduce((n, text) => n + text.split('\n').length - 1, 0);
      const service = new HistoryService({
        log,
        documents: {
          saveFile: () => Promise.resolve({ saved: false }),
          saveClinicianSummary: () => Promise.resolve({ saved: false }),
        },
        now: () => NOW,
        breakState: () => null,
        i18n: () => ENGLISH,
        pause: () => {
          pauses.push(storedLines());
          return Promise.resolve();
        },
      });
      expect(await service.importHistory(bigText)).toEqual({
        added: big.length,
        duplicates: 0,
        cancelled: false,
        remaining: 0,
      });
      // The last pauses come between merged slices: each finds the slices before it already stored.
      const merging = pauses.filter((lines) => lines > 0);
      expect(merging).toHaveLength(Math.ceil(big.length / IMPORT_SLICE.events) - 1);
      expect(merging).toEqual(merging.map((_, i) => (i + 1) * IMPORT_SLICE.events));
      expect(storedLines()).toBe(big.length);
      expect(log.load().days).toEqual(logWith(big).log.load().days);
      expect(await service.importHistory(bigText)).toEqual({
        added: 0,
        duplicates: big.length,
        cancelled: false,
        remaining: 0,
      });
    },
    LONG,
  );

  const good = JSON.stringify({ format: 'walkbreak-history', version: 1, events: history.slice(0, 3) });
  it.each([
    [
      'brackets, commas and escaped quotes inside strings',
      good.replace('"format"', '"note":"[a, \\"b]\\" {",\n"format"'),
    ],
    ['nested arrays and objects in a record', good.replace('"events":[{', '"events":[{"x":[[1,{"y":[2]}]],')],
    ['white space everywhere', good.replace(/([[\]{},:])/g, ' \n$1\t ')],
    ['an empty events array', '{"format":"walkbreak-history","version":1,"events":[ ]}'],
    [
      'events given twice (the last one counts)',
      good.replace('"events":[', '"events":[{"type":"x"}],"events":['),
    ],
    ['another array beside the events', good.replace('"format"', '"other":[1,[2],{"a":[3]}],"format"')],
    ['a trailing comma in the events', good.replace(/}]}$/, '},]}')],
    ['an empty element', good.replace('},{', '},,{')],
    ['a truncated file', good.slice(0, good.length / 2)],
    ['a broken array elsewhere', good.replace('"format"', '"other":[1 2],"format"')],
    ['text after the object', good + ' x'],
    ['an unterminated string', good.slice(0, 40)],
    ['a top-level array', JSON.stringify([good])],
    ['events that are not an array', '{"format":"walkbreak-history","version":1,"events":{"a":[1]}}'],
    ['a record out of bounds', good.replace(/"at":\d+/, '"at":1')],
  ])('%s: the same answer as one JSON.parse', async (_name, text) => {
    expect(await outcome(text)).toEqual(await inOneGo(text));
  });

  it('any text made from an export by one edit gets the same answer as one JSON.parse (property)', async () => {
    const base = JSON.stringify(
      { format: 'walkbreak-history', version: 1, events: history.slice(0, 4) },
      null,
      1,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: base.length - 1 }),
        fc.nat({ max: base.length - 1 }),
        fc.constantFrom('', '[', ']', '{', '}', ',', '"', '\\', ':', ' ', '0', 'x'),
        async (from, to, insert) => {
          const [a, b] = from <= to ? [from, to] : [to, from];
          const text = base.slice(0, a) + insert + base.slice(Math.min(b, a + 3));
          expect(await outcome(text)).toEqual(await inOneGo(text));
        },
      ),
      { seed: 19, numRuns: 400 },
    );
  });
});
