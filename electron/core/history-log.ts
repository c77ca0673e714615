// The history store: monthly event files (append-only JSON lines) plus one small file of daily summaries per
// month file, reached through the HistoryFiles port. Appending writes one line and touches nothing else, so it
// costs the same at ten years as at one month. Loading reads only the months asked for (History asks for the last
// few), from their summaries, re-reading a month's events only when its file changed since (normally just the
// current month). Write failures keep events in memory and retry; nothing here throws on a bad file. What went
// wrong is returned as data (HistoryProblem); HistoryService words it in the user's language.
import * as v from 'valibot';
import type { HistoryEvent } from '../shared/history';
import { daySummarySchema } from '../shared/history-schemas';
import type { DayKey, DaySummary } from '../shared/history-view';
import { dropLines, eventKey, eventLine, mayHoldMatch, monthOf, parseLines, textHash } from './history-codec';
import { addEvent, mergeDayMaps, summarize, touchesDay, type DayMap } from './history-days';

/** The event files and the summaries file (userData/history in main, memory in the harness and tests). */
export interface HistoryFiles {
  /** Month files present ('YYYY-MM'), each with its size: any change to a file changes its size. */
  months(): { month: string; size: number }[];
  read(month: string): string;
  /** True when the month's file is missing, empty or ends with a newline (a torn last write leaves no newline). */
  endsCleanly(month: string): boolean;
  /** Appends text to the month's file, creating it; may throw (disk full, no permission). */
  append(month: string, text: string): void;
  /** Replaces the month's file as a whole (write a temporary file, then rename); empty text removes it. */
  replace(month: string, text: string): void;
  /** The summaries of one month's events, or null when there are none yet. */
  readSummaries(month: string): string | null;
  writeSummaries(month: string, text: string): void;
  /**
   * Removes every event file and every summaries file; returns how many records (non-empty lines) the event files
   * held, counted without parsing them.
   */
  clear(): number;
}

/** One month file's daily summaries (its days and, for a bout across a month end, a day of the month before). */
interface MonthSummary {
  format: 'walkbreak-month-summary';
  version: 2;
  /** Size of the event file they were computed from: any other size means the summaries are stale. */
  size: number;
  skipped: number;
  /**
   * textHash of the event file's text they were computed from (issue 15): with `skipped` 0 and the same hash, every
   * line of the file is known to be a valid event. Absent in summaries written before it.
   */
  hash?: number;
  days: DaySummary[];
}

/** Something that went wrong reading the history; `detail` is the system's error text (stays as it is). */
export type HistoryProblem =
  | { kind: 'folder-unreadable'; detail: string }
  | { kind: 'summaries-unreadable'; month: string; detail: string }
  | { kind: 'month-unreadable'; month: string; detail: string }
  | { kind: 'lines-skipped'; month: string; count: number }
  | { kind: 'writes-pending'; count: number };

export interface LoadedHistory {
  days: DayMap;
  problems: HistoryProblem[];
  /** The earliest month with any events ('YYYY-MM'), or null when there are none. */
  firstMonth: string | null;
}

/** 'YYYY-MM' of the month before `month`. */
function previousMonth(month: string): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The summaries file's text; its head (format, version, size, skipped, hash) comes first, as SUMMARY_HEAD reads it. */
function summaryText(summary: MonthSummary): string {
  const { format, version, size, skipped, hash, days } = summary;
  return JSON.stringify({ format, version, size, skipped, hash, days });
}
// Version 2: days carry the onboarding answers among their flags (a version-1 file is computed again). A version-2
// file written before issue 15's hash has none: it is still read, and a delete checks its month line by line.
const SUMMARY_HEAD =
  /^\{"format":"walkbreak-month-summary","version":2,"size":(\d+),"skipped":(\d+),(?:"hash":(\d+),)?"days":/;

/** A month's summaries as a delete reads them: the head, and the text to look for a day in. */
interface SummaryHead {
  size: number;
  skipped: number;
  hash: number | null;
  text: string;
}

function readMonthSummary(text: string | null): MonthSummary | null {
  if (text === null) return null;
  try {
    const file = JSON.parse(text) as Partial<MonthSummary> | null;
    if (file?.format !== 'walkbreak-month-summary' || file.version !== 2) return null;
    if (typeof file.size !== 'number' || typeof file.skipped !== 'number' || !Array.isArray(file.days))
      return null;
    if (file.hash !== undefined && typeof file.hash !== 'number') return null;
    // A cache of the events: one day of the wrong shape and the month is computed again from its events.
    if (!v.safeParse(v.array(daySummarySchema), file.days).success) return null;
    return file as MonthSummary;
  } catch {
    return null;
  }
}

/**
 * How much of a month's text, from its start, is the very text its summaries were computed from with no line
 * skipped (so valid events only): the whole text, the part before what was appended since, or 0 (unknown). The size
 * is in bytes and the text in characters: for a text that is not ASCII the two differ and nothing is known.
 */
function knownLength(text: string, head: SummaryHead): number {
  if (head.skipped !== 0 || head.hash === null || head.size > text.length) return 0;
  const prefix = head.size === text.length ? text : text.slice(0, head.size);
  return textHash(prefix) === head.hash ? head.size : 0;
}

/** Told once when history writes start to fail (with the error's code) and once when they work again. */
export interface HistoryWriteTrouble {
  failing(code: string): void;
  recovered(): void;
}

/** The error code of a failed write ('ENOSPC', 'EACCES', …), or 'error' when there is none. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,20}$/.test(code) ? code : 'error';
}

export class HistoryLog {
  private pending: HistoryEvent[] = [];
  private cleanMonths = new Set<string>();
  private writeError: string | null = null;
  private loaded: (LoadedHistory & { since: string }) | null = null;

  constructor(
    private readonly files: HistoryFiles,
    private readonly warn: (message: string) => void = () => {},
    private readonly trouble: HistoryWriteTrouble | null = null,
    /** Wall clock: events dated after now plus a day are not read (default: no upper bound). */
    private readonly now: () => number = () => Number.MAX_SAFE_INTEGER,
  ) {}

  /** Records one event. A failed write keeps it (and every later one) in memory, retried on the next append. */
  append(event: HistoryEvent): void {
    this.pending.push(event);
    if (this.loaded) addEvent(this.loaded.days, event);
    this.flush();
  }

  /** Events recorded but not on disk yet. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes events still waiting; returns how many are left. */
  flush(): number {
    while (this.pending.length > 0) {
      const event = this.pending[0]!;
      const month = monthOf(event.at);
      try {
        let text = eventLine(event);
        if (!this.cleanMonths.has(month) && !this.files.endsCleanly(month)) text = '\n' + text;
        this.files.append(month, text);
        this.cleanMonths.add(month);
      } catch (error) {
        // The file adapter cuts a failed append back; if it could not, the next write starts on a new line.
        this.cleanMonths.delete(month);
        if (this.writeError === null) {
          this.warn(`history not written, kept in memory: ${String(error)}`);
          this.trouble?.failing(errorCode(error));
        }
        this.writeError = String(error);
        return this.pending.length;
      }
      this.pending.shift();
    }
    if (this.writeError !== null) {
      this.warn('history writes work again; waiting events were written');
      this.trouble?.recovered();
    }
    this.writeError = null;
    return 0;
  }

  /**
   * Daily summaries of the months from `since` ('YYYY-MM', inclusive; all months when omitted), plus what went
   * wrong reading them. Cached until the history changes; appends update the cache.
   */
  load(since = ''): LoadedHistory {
    this.flush();
    const cached = this.loaded;
    if (cached && cached.since <= since)
      return { days: cached.days, problems: this.problems(cached.problems), firstMonth: cached.firstMonth };
    const problems: HistoryProblem[] = [];
    let readFailed = false;
    const attempt = <T>(problem: (detail: string) => HistoryProblem, read: () => T, fallback: T): T => {
      try {
        return read();
      } catch (error) {
        problems.push(problem(String(error)));
        readFailed = true;
        return fallback;
      }
    };
    const present = attempt(
      (detail) => ({ kind: 'folder-unreadable', detail }),
      () => this.files.months(),
      [],
    );
    present.sort((a, b) => (a.month < b.month ? -1 : 1));
    // A bout across a month end is filed under the later month, so one month more is read than asked for.
    const from = since === '' ? '' : previousMonth(since);
    const parts: DaySummary[][] = [];
    for (const { month, size } of present) {
      if (month < from) continue;
      const stored = readMonthSummary(
        attempt(
          (detail) => ({ kind: 'summaries-unreadable', month, detail }),
          () => this.files.readSummaries(month),
          null,
        ),
      );
      let summary = stored && stored.size === size ? stored : null;
      if (!summary) {
        const text = attempt(
          (detail) => ({ kind: 'month-unreadable', month, detail }),
          () => this.files.read(month),
          null,
        );
        if (text === null) continue;
        const { events, skipped } = parseLines(text, this.now());
        summary = {
          format: 'walkbreak-month-summary',
          version: 2,
          size,
          skipped,
          hash: textHash(text),
          days: [...summarize(events).values()],
        };
        this.saveSummary(month, summary);
      }
      if (summary.skipped > 0) problems.push({ kind: 'lines-skipped', month, count: summary.skipped });
      parts.push(summary.days);
    }
    const days = mergeDayMaps(parts);
    for (const event of this.pending) addEvent(days, event);
    const firstMonth = present[0]?.month ?? null;
    // A history that could not be read is read again next time, not remembered.
    this.loaded = readFailed ? null : { days, problems, since, firstMonth };
    return { days, problems: this.problems(problems), firstMonth };
  }

  /** Every stored event (plus those waiting to be written) and how many lines could not be read. */
  readAll(): { events: HistoryEvent[]; skipped: number } {
    this.flush();
    const events: HistoryEvent[] = [];
    let skipped = 0;
    const now = this.now();
    // One push per event: spreading a month of 150,000 events into one call overflows the call stack.
    for (const { month } of this.files.months()) {
      const parsed = parseLines(this.files.read(month), now);
      for (const event of parsed.events) events.push(event);
      skipped += parsed.skipped;
    }
    for (const event of this.pending) events.push(event);
    events.sort((a, b) => a.at - b.at);
    return { events, skipped };
  }

  /** Adds the events not already stored (the same facts twice are one event). Returns how many were added. */
  merge(incoming: HistoryEvent[]): { added: number; duplicates: number } {
    this.flush();
    const byMonth = new Map<string, HistoryEvent[]>();
    for (const event of incoming) {
      const list = byMonth.get(monthOf(event.at)) ?? [];
      list.push(event);
      byMonth.set(monthOf(event.at), list);
    }
    const existingMonths = new Set(this.files.months().map((m) => m.month));
    let added = 0;
    for (const [month, events] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const text = existingMonths.has(month) ? this.files.read(month) : '';
      const seen = new Set(parseLines(text).events.map(eventKey));
      const fresh = events.filter((event) => {
        const key = eventKey(event);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (fresh.length === 0) continue;
      const base = text === '' || text.endsWith('\n') ? text : text + '\n';
      this.files.replace(month, base + fresh.map(eventLine).join(''));
      added += fresh.length;
    }
    this.invalidate();
    return { added, duplicates: incoming.length - added };
  }

  /**
   * Removes every event that touches local day `day` (a bout across midnight goes with it). Reads only the months
   * whose daily summaries list the day, and those without up-to-date summaries (issue 15: a day at ten years reads
   * one or two months, not 120).
   *
   * A month whose summary is current (the hash of the very text read) and skipped no line holds valid events only:
   * its lines are JSON.parse'd to find the day's events and the others kept as they are, not checked against the
   * schema and written again (issue 15: two thirds of a delete's time). Any other month is checked line by line, as
   * on load, and its unreadable lines stay out of the rewritten month.
   */
  deleteDay(day: DayKey): number {
    this.flush();
    let removed = 0;
    const touches = touchesDay(day);
    const dayText = `"day":${JSON.stringify(day)}`;
    for (const { month, size } of this.files.months()) {
      const head = this.summaryHead(month);
      const listsDay = head !== null && head.text.includes(dayText);
      if (head !== null && head.size === size && !listsDay) continue;
      const text = this.files.read(month);
      const known = head === null ? 0 : knownLength(text, head);
      if (known === text.length && known > 0) {
        const rest = dropLines(text, touches);
        if (rest !== null) {
          if (rest.removed === 0) continue;
          removed += rest.removed;
          this.files.replace(month, rest.text);
          continue;
        }
      }
      // Not all known valid: a quick look first (the part appended since the summary, when the rest is as it says),
      // so a month is checked line by line only when it may hold the day.
      if (!mayHoldMatch(known > 0 && !listsDay ? text.slice(known) : text, touches)) continue;
      const { events } = parseLines(text);
      const keep = events.filter((event) => !touches(event));
      if (keep.length === events.length) continue;
      removed += events.length - keep.length;
      // Lines that could not be read stay out of a rewritten month; the rest of the month is kept.
      this.files.replace(month, keep.map(eventLine).join(''));
    }
    const before = this.pending.length;
    this.pending = this.pending.filter((event) => !touches(event));
    this.invalidate();
    return removed + before - this.pending.length;
  }

  /** Removes the whole history without reading it: the count is the stored records plus those waiting. */
  deleteAll(): number {
    const removed = this.files.clear() + this.pending.length;
    this.pending = [];
    this.invalidate();
    return removed;
  }

  /**
   * The head of a month's summaries, read as text, not parsed (SUMMARY_HEAD: summaryText writes it first; a day they
   * list is `"day":"YYYY-MM-DD"`). Null when there are none or they cannot be read or are of another format: then
   * only the events can tell.
   */
  private summaryHead(month: string): SummaryHead | null {
    let text: string | null;
    try {
      text = this.files.readSummaries(month);
    } catch {
      return null;
    }
    const head = text === null ? null : SUMMARY_HEAD.exec(text);
    if (!head) return null;
    return {
      size: Number(head[1]),
      skipped: Number(head[2]),
      hash: head[3] === undefined ? null : Number(head[3]),
      text: text!,
    };
  }

  private invalidate(): void {
    this.loaded = null;
    this.cleanMonths.clear();
  }

  private problems(reading: HistoryProblem[]): HistoryProblem[] {
    const out = [...reading];
    if (this.pending.length > 0) out.push({ kind: 'writes-pending', count: this.pending.length });
    return out;
  }

  private saveSummary(month: string, summary: MonthSummary): void {
    try {
      this.files.writeSummaries(month, summaryText(summary));
    } catch (error) {
      this.warn(`could not save the history summaries of ${month}: ${String(error)}`);
    }
  }
}
