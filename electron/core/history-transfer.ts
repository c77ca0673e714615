// Export and import of the history: JSON and CSV of every event and of the daily summaries, and the checking of an
// import (the whole file is checked before anything is merged; one bad record rejects it with a clear message, in
// the translator's language). Column names, keys and file names of exports are data and stay English.
import type { Translator } from '../shared/i18n';
import type { HistoryEvent } from '../shared/history';
import type { DaySummary, ExportFormat, ExportWhat } from '../shared/history-view';
import { MAX_IMPORT_CHARS, parseHistoryEvent, timeOutOfBounds } from '../shared/history-schemas';
import { localDayKey } from './calendar';
import { walkMinutes, walksTaken } from './history-days';

export const EVENTS_FORMAT = 'walkbreak-history';
/**
 * Records one import may hold: about 60 events a day for 45 years. A user with 30 years of data (about 660,000
 * events, some 60 MB) stays well under it and under MAX_IMPORT_CHARS (100 MiB).
 */
export const MAX_IMPORT_EVENTS = 1_000_000;
export const SUMMARIES_FORMAT = 'walkbreak-daily-summaries';

const pad = (n: number): string => String(n).padStart(2, '0');
const localTime = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe (OWASP "CSV injection"); numbers
 * are written as numbers.
 */
function field(value: string | number | null): string {
  const text =
    value === null
      ? ''
      : typeof value === 'string' && /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const EVENT_HEADER = ['type', 'date', 'time', 'at_ms', 'start_ms', 'end_ms', 'duration_min', 'details'];

function eventRow(event: HistoryEvent): (string | number | null)[] {
  const { type, at, ...rest } = event;
  const span = 'start' in rest && 'end' in rest ? { start: rest.start, end: rest.end } : null;
  const details: Record<string, unknown> = { ...rest };
  if (span) {
    delete details.start;
    delete details.end;
  }
  return [
    type,
    localDayKey(at),
    localTime(at),
    at,
    span?.start ?? null,
    span?.end ?? null,
    span ? Math.round(((span.end - span.start) / 60_000) * 10) / 10 : null,
    Object.keys(details).length > 0 ? JSON.stringify(details) : '',
  ];
}

const mean = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
};

const SUMMARY_HEADER = [
  'date',
  'sitting_min',
  'standing_min',
  'longest_bout_min',
  'bouts',
  'breaks_inferred',
  'breaks_guided',
  'breaks_moved',
  'reminders_shown',
  'reminders_snoozed',
  'reminders_skipped',
  'reminders_accepted',
  'reminders_expired',
  'walks',
  'walk_min',
  'pain_before_avg',
  'pain_after_avg',
  'level',
];

function summaryRow(d: DaySummary): (string | number | null)[] {
  return [
    d.day,
    Math.round(d.sittingMs / 60_000),
    Math.round(d.standingMs / 60_000),
    Math.round(d.longestBoutMs / 60_000),
    d.bouts,
    d.breaks.inferred,
    d.breaks.guided,
    d.breaks.moved,
    d.reminders.shown,
    d.reminders.snoozed,
    d.reminders.skipped,
    d.reminders.accepted,
    d.reminders.expired,
    walksTaken(d),
    walkMinutes(d),
    mean(d.walks.map((w) => w.painBefore)),
    mean(d.walks.map((w) => w.painAfter)),
    d.level?.level ?? null,
  ];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  text: string;
}

/** The export file: events or day summaries (oldest first), as JSON or CSV, named after the day of `now`. */
export function exportFile(
  what: ExportWhat,
  format: ExportFormat,
  data: { events: HistoryEvent[]; days: DaySummary[] },
  now: number,
): ExportFile {
  const fileName = `walkbreak-${what === 'events' ? 'events' : 'daily-summaries'}-${localDayKey(now)}.${format}`;
  const events = [...data.events].sort((a, b) => a.at - b.at);
  const days = [...data.days].sort((a, b) => (a.day < b.day ? -1 : 1));
  if (format === 'csv') {
    const text =
      what === 'events' ? csv(EVENT_HEADER, events.map(eventRow)) : csv(SUMMARY_HEADER, days.map(summaryRow));
    return { fileName, mime: 'text/csv', text };
  }
  const exportedAt = new Date(now).toISOString();
  const body =
    what === 'events'
      ? { format: EVENTS_FORMAT, version: 1, exportedAt, events }
      : { format: SUMMARIES_FORMAT, version: 1, exportedAt, days };
  return { fileName, mime: 'application/json', text: JSON.stringify(body, null, 1) + '\n' };
}

/** A refused import; its message, for the user, ends by saying nothing was imported. */
export class ImportRejected extends Error {
  constructor(reason: string, tr: Translator) {
    super(tr.t('history:importRejected.message', { reason }));
    this.name = 'ImportRejected';
  }
}

/** Lets the host's event loop run (tray, IPC, timers) between two slices of an import. */
export type Pause = () => Promise<void>;

/**
 * Thrown out of an import's `pause()` when the user cancelled while it waited (HistoryService): the import stops
 * at that slice boundary. Never worded: the import answers `cancelled` instead.
 */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** How far the checking of a file is, 0 to 1 (scanning, then parsing, then checking its records). */
export type CheckProgress = (fraction: number) => void;

/**
 * Shares of the checking work, as measured (49,000 events, 6 MB, on the build machine): scanning the text about
 * 30 % of the time, parsing its records 25 %, checking them 45 %.
 */
const CHECK_SHARES = { scan: 0.3, parse: 0.25, check: 0.45 } as const;

const NO_PAUSE: Pause = () => Promise.resolve();

/**
 * How much of an import is done between two pauses: characters scanned, records parsed or checked, events merged.
 * Each slice takes a few milliseconds (`npm run bench`, "import"), so the tray and IPC are served throughout.
 */
export const IMPORT_SLICE = { chars: 1 << 20, records: 5_000, events: 1_000 } as const;

/** Element spans (start, end) of one array that is a member of the top-level object. */
interface Spans {
  starts: number[];
  ends: number[];
}

/**
 * Splits a JSON text whose top level is an object, in slices: every array that is a member of that object is cut
 * out (left as `[]` in the skeleton) and its elements' spans are kept under the member's raw key text. The skeleton
 * (a few dozen bytes for an export) and each element are then parsed on their own, so no single JSON.parse takes
 * the whole file. Returns null when the text does not start with `{` (then it is no export, whatever it is).
 * Only structure is followed here (strings, nesting, commas); the JSON.parse of skeleton and elements checks the rest.
 */
async function splitTopObject(
  text: string,
  pause: Pause,
  progress: CheckProgress,
): Promise<{ skeleton: string; arrays: Map<string, Spans> } | null> {
  const QUOTE = 34; // "
  const first = text.search(/\S/);
  if (first < 0 || text.charCodeAt(first) !== 123) return null;
  const kept: string[] = [];
  const arrays = new Map<string, Spans>();
  let keptFrom = 0;
  let depth = 0;
  let lastString: [number, number] = [-1, -1];
  let cut: Spans | null = null;
  let elementStart = 0;
  let next = IMPORT_SLICE.chars;
  for (let i = 0; i < text.length; i += 1) {
    if (i >= next) {
      next += IMPORT_SLICE.chars;
      progress((CHECK_SHARES.scan * i) / text.length);
      await pause();
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end < 0) break;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes += 1;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) break; // an unterminated string: the skeleton will not parse
      if (depth === 1) lastString = [i, end + 1];
      i = end;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth === 2 && c === 91) {
        cut = { starts: [], ends: [] };
        arrays.set(text.slice(lastString[0], lastString[1]), cut);
        kept.push(text.slice(keptFrom, i + 1));
        elementStart = i + 1;
      }
    } else if (c === 125 || c === 93) {
      if (depth === 2 && cut) {
        if (cut.starts.length > 0 || text.slice(elementStart, i).trim() !== '') {
          cut.starts.push(elementStart);
          cut.ends.push(i);
        }
        cut = null;
        keptFrom = i;
      }
      depth -= 1;
    } else if (c === 44 && depth === 2 && cut) {
      cut.starts.push(elementStart);
      cut.ends.push(i);
      elementStart = i + 1;
    }
  }
  if (cut) return { skeleton: kept.join(''), arrays }; // ends inside an array: the skeleton lacks its `]`
  kept.push(text.slice(keptFrom));
  return { skeleton: kept.join(''), arrays };
}

/** Parses every element of an array cut out by splitTopObject, in slices; throws SyntaxError like JSON.parse. */
async function parseElements(
  text: string,
  spans: Spans,
  pause: Pause,
  progress: CheckProgress,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < spans.starts.length; i += 1) {
    if (i > 0 && i % IMPORT_SLICE.records === 0) {
      progress(CHECK_SHARES.scan + (CHECK_SHARES.parse * i) / spans.starts.length);
      await pause();
    }
    out.push(JSON.parse(text.slice(spans.starts[i], spans.ends[i])));
  }
  return out;
}

/**
 * Checks a whole JSON events export; returns its events or throws ImportRejected naming the first problem. A bad
 * record's detail (field and what was expected) is the schema's own text and stays English. The work is done in
 * slices with `pause()` between them (IMPORT_SLICE), so a 100 MiB file never holds the main process for long; the
 * answer is the same as parsing it in one go. `progress` hears how far it is before each pause; an ImportCancelled
 * thrown by `pause()` ends it (nothing has changed: checking writes nothing).
 */
export async function parseImport(
  text: string,
  tr: Translator,
  now: number = Number.MAX_SAFE_INTEGER,
  pause: Pause = NO_PAUSE,
  progress: CheckProgress = () => {},
): Promise<HistoryEvent[]> {
  const reject = (reason: string): ImportRejected => new ImportRejected(reason, tr);
  if (text.length > MAX_IMPORT_CHARS) throw reject(tr.t('history:importRejected.tooLarge'));
  let raw: unknown;
  let records: unknown[] | null = null;
  try {
    const split = await splitTopObject(text, pause, progress);
    raw = JSON.parse(split ? split.skeleton : text);
    for (const [key, spans] of split?.arrays ?? []) {
      // Every cut array is parsed (a syntax error anywhere is "not JSON"); only the events are kept.
      const values = await parseElements(text, spans, pause, progress);
      if (JSON.parse(key) === 'events') records = values;
    }
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    throw reject(tr.t('history:importRejected.notJson'));
  }
  const file = raw as { format?: unknown; version?: unknown; events?: unknown } | null;
  if (file?.format === SUMMARIES_FORMAT) throw reject(tr.t('history:importRejected.summaries'));
  if (typeof file !== 'object' || file === null || file.format !== EVENTS_FORMAT)
    throw reject(tr.t('history:importRejected.notExport'));
  if (file.version !== 1) throw reject(tr.t('history:importRejected.newer'));
  if (!Array.isArray(file.events)) throw reject(tr.t('history:importRejected.noEvents'));
  const all = records ?? file.events;
  if (all.length > MAX_IMPORT_EVENTS) throw reject(tr.t('history:importRejected.tooLarge'));
  const events: HistoryEvent[] = [];
  const checkFrom = CHECK_SHARES.scan + CHECK_SHARES.parse;
  for (const [i, record] of all.entries()) {
    if (i > 0 && i % IMPORT_SLICE.records === 0) {
      progress(checkFrom + (CHECK_SHARES.check * i) / all.length);
      await pause();
    }
    const parsed = parseHistoryEvent(record);
    const detail = parsed.ok ? timeOutOfBounds(parsed.event, now) : parsed.message;
    if (!parsed.ok || detail !== null)
      throw reject(tr.t('history:importRejected.badRecord', { number: tr.number(i + 1), detail }));
    events.push(parsed.event);
  }
  return events;
}
