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

/**
 * Checks a whole JSON events export; returns its events or throws ImportRejected naming the first problem. A bad
 * record's detail (field and what was expected) is the schema's own text and stays English.
 */
export function parseImport(
  text: string,
  tr: Translator,
  now: number = Number.MAX_SAFE_INTEGER,
): HistoryEvent[] {
  const reject = (reason: string): ImportRejected => new ImportRejected(reason, tr);
  if (text.length > MAX_IMPORT_CHARS) throw reject(tr.t('history:importRejected.tooLarge'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw reject(tr.t('history:importRejected.notJson'));
  }
  const file = raw as { format?: unknown; version?: unknown; events?: unknown } | null;
  if (file?.format === SUMMARIES_FORMAT) throw reject(tr.t('history:importRejected.summaries'));
  if (typeof file !== 'object' || file === null || file.format !== EVENTS_FORMAT)
    throw reject(tr.t('history:importRejected.notExport'));
  if (file.version !== 1) throw reject(tr.t('history:importRejected.newer'));
  if (!Array.isArray(file.events)) throw reject(tr.t('history:importRejected.noEvents'));
  if (file.events.length > MAX_IMPORT_EVENTS) throw reject(tr.t('history:importRejected.tooLarge'));
  const events: HistoryEvent[] = [];
  for (const [i, record] of file.events.entries()) {
    const parsed = parseHistoryEvent(record);
    const detail = parsed.ok ? timeOutOfBounds(parsed.event, now) : parsed.message;
    if (!parsed.ok || detail !== null)
      throw reject(tr.t('history:importRejected.badRecord', { number: tr.number(i + 1), detail }));
    events.push(parsed.event);
  }
  return events;
}
