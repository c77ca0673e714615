// Reading and writing history text: JSON lines of the event files (a bad line is skipped and counted, never
// blocking the rest), the identity of an event for de-duplication, and the local month an event is filed under.
import type { HistoryEvent } from '../shared/history';
import { parseHistoryEvent, timeOutOfBounds } from '../shared/history-schemas';

/** 'YYYY-MM' of the local month containing wall ms `at`: the event file an event belongs to. */
export function monthOf(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function eventLine(event: HistoryEvent): string {
  return JSON.stringify(event) + '\n';
}

export interface ParsedLines {
  events: HistoryEvent[];
  /**
   * Lines that were not valid JSON, not a valid event, or dated out of bounds (before 2000, after `now` plus a
   * day): a torn write, a bad edit, a clock far off.
   */
  skipped: number;
  /** Lines identical to an earlier one (a write retried after it had landed): read once, not counted. */
  duplicates: number;
}

/**
 * Parses JSON lines; blank lines are ignored, bad ones counted, a repeated line read once. With `now`, events
 * dated after now plus a day are skipped too (the lower bound, 2000, always applies).
 */
export function parseLines(text: string, now: number = Number.MAX_SAFE_INTEGER): ParsedLines {
  const events: HistoryEvent[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let duplicates = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (seen.has(trimmed)) {
      duplicates += 1;
      continue;
    }
    seen.add(trimmed);
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      skipped += 1;
      continue;
    }
    const parsed = parseHistoryEvent(raw);
    if (parsed.ok && timeOutOfBounds(parsed.event, now) === null) events.push(parsed.event);
    else skipped += 1;
  }
  return { events, skipped, duplicates };
}

/**
 * A 53-bit hash of a month file's text (cyrb53): what a month's summary keeps of the exact text it was computed
 * from, so a delete can tell the file is still that text (a same-size edit included) without checking every line.
 */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The fields a day test reads, from a line JSON.parse'd but not checked against the event schema. */
function spanFields(raw: unknown): HistoryEvent | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { type, at, start, end } = raw as Record<string, unknown>;
  if (typeof type !== 'string' || typeof at !== 'number') return null;
  if ((start !== undefined && typeof start !== 'number') || (end !== undefined && typeof end !== 'number'))
    return null;
  return raw as HistoryEvent;
}

/**
 * Lines of a month's text that `drop` does not match, kept as they are, without checking them against the event
 * schema: only for a text known to hold valid events alone (its summary is current and skipped none). A repeated
 * line is read once, as parseLines reads it. Null when a line is not JSON of an event's shape (the text is not what
 * its summary says: check it line by line instead).
 */
export function dropLines(
  text: string,
  drop: (event: HistoryEvent) => boolean,
): { text: string; removed: number } | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  let removed = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    let event: HistoryEvent | null;
    try {
      event = spanFields(JSON.parse(trimmed));
    } catch {
      return null;
    }
    if (event === null) return null;
    if (drop(event)) removed += 1;
    else kept.push(trimmed + '\n');
  }
  return { text: kept.join(''), removed };
}

/**
 * Whether a month's text may hold an event `test` matches, from its lines JSON.parse'd without the schema check:
 * false only when every line is blank, not JSON (parseLines skips it) or of an event's shape that `test` does not
 * match (a valid event's fields are the parsed values). A false answer lets a delete leave the month unchecked.
 */
export function mayHoldMatch(text: string, test: (event: HistoryEvent) => boolean): boolean {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      continue;
    }
    const event = spanFields(raw);
    if (event === null || test(event)) return true;
  }
  return false;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * Records in a month file's text without parsing them: its distinct non-empty lines (a repeated line is one record,
 * as parseLines reads it), what delete-all reports.
 */
export function countLines(text: string): number {
  const lines = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') lines.add(trimmed);
  }
  return lines.size;
}

/** The identity of an event: the same facts give the same key whatever the key order of the JSON. */
export function eventKey(event: HistoryEvent): string {
  return JSON.stringify(canonical(event));
}
