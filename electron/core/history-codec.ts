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
