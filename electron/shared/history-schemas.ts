// Valibot schemas of every history event (one per type, strict: unknown keys, wrong literals, NaN and fractions of
// pain scores fail). Used to read the event files line by line and to check every record of an import.
import * as v from 'valibot';
import type { HistoryEvent, HistoryEventType } from './history';
import { ADVISORY_ITEMS, PRE_WALK_ITEMS } from './walk-items';
import {
  OUTCOMES,
  RULE_IDS,
  ZONES,
  levelSchema,
  nextDayArgsSchema,
  pain,
  recordedAnswersSchema,
} from './walk-schemas';

/** Import files larger than this are refused before parsing (about 60 years of history). */
export const MAX_IMPORT_CHARS = 100 * 1024 * 1024;

/** Wall-clock ms: a finite, non-negative integer. */
const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const span = { start: ms, end: ms };
const rules = v.array(v.picklist(RULE_IDS));
const status = v.picklist(['active', 'paused', 'locked'] as const);
const nullablePain = v.nullable(pain);

const WALK_EVALUATED = v.strictObject({
  type: v.literal('walk-evaluated'),
  at: ms,
  startedAt: v.nullable(ms),
  level: levelSchema,
  plannedMin: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  walkedMin: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  outcome: v.picklist(OUTCOMES),
  zone: v.picklist(ZONES),
  reasons: rules,
  painBefore: nullablePain,
  painAfter: nullablePain,
  peak: nullablePain,
  answers: v.optional(recordedAnswersSchema),
});
const NEXT_DAY_CHECK = v.strictObject({
  type: v.literal('next-day-check'),
  at: ms,
  walkAt: ms,
  ...nextDayArgsSchema.entries,
  outcome: v.picklist(OUTCOMES),
});

/** One strict schema per event type; the mapped type makes a missing type a compile error. */
const EVENT_SCHEMAS: {
  [T in HistoryEventType]: v.GenericSchema<unknown, Extract<HistoryEvent, { type: T }>>;
} = {
  'sitting-bout': v.strictObject({
    type: v.literal('sitting-bout'),
    at: ms,
    ...span,
    endedBy: v.picklist(['away', 'lock', 'suspend', 'walk', 'moved', 'app-closed'] as const),
  }),
  standing: v.strictObject({ type: v.literal('standing'), at: ms, ...span }),
  break: v.strictObject({
    type: v.literal('break'),
    at: ms,
    kind: v.picklist(['inferred', 'guided', 'moved'] as const),
    ...span,
    cause: v.optional(v.picklist(['idle', 'lock', 'suspend'] as const)),
  }),
  'reminder-shown': v.strictObject({
    type: v.literal('reminder-shown'),
    at: ms,
    sittingMs: ms,
    firm: v.boolean(),
  }),
  'reminder-snoozed': v.strictObject({
    type: v.literal('reminder-snoozed'),
    at: ms,
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440)),
  }),
  'reminder-skipped': v.strictObject({
    type: v.literal('reminder-skipped'),
    at: ms,
    via: v.picklist(['button', 'escape', 'closed'] as const),
  }),
  'reminder-accepted': v.strictObject({ type: v.literal('reminder-accepted'), at: ms }),
  'reminder-expired': v.strictObject({
    type: v.literal('reminder-expired'),
    at: ms,
    reason: v.picklist(['away', 'lock', 'suspend', 'moved', 'walk', 'paused', 'disabled'] as const),
  }),
  'reminder-held': v.strictObject({ type: v.literal('reminder-held'), at: ms, ...span }),
  'walk-started': v.strictObject({
    type: v.literal('walk-started'),
    at: ms,
    source: v.picklist(['reminder', 'tray', 'window'] as const),
  }),
  'walk-ended': v.strictObject({ type: v.literal('walk-ended'), at: ms, start: ms, completed: v.boolean() }),
  'reminders-paused': v.strictObject({
    type: v.literal('reminders-paused'),
    at: ms,
    until: v.nullable(ms),
    reason: v.optional(v.literal('meeting')),
  }),
  'reminders-resumed': v.strictObject({ type: v.literal('reminders-resumed'), at: ms }),
  'clock-changed': v.strictObject({
    type: v.literal('clock-changed'),
    at: ms,
    skewMs: v.pipe(v.number(), v.integer()),
  }),
  'programme-started': v.strictObject({
    type: v.literal('programme-started'),
    at: ms,
    level: levelSchema,
    advisory: v.array(v.picklist(ADVISORY_ITEMS)),
  }),
  'advisory-answered': v.strictObject({
    type: v.literal('advisory-answered'),
    at: ms,
    advisory: v.array(v.picklist(ADVISORY_ITEMS)),
  }),
  'walk-checked-in': v.strictObject({
    type: v.literal('walk-checked-in'),
    at: ms,
    painBefore: nullablePain,
    emergency: v.array(v.picklist(PRE_WALK_ITEMS)),
  }),
  'walk-timer': v.strictObject({
    type: v.literal('walk-timer'),
    at: ms,
    action: v.picklist(['start', 'pause', 'resume', 'end'] as const),
    reason: v.optional(v.picklist(['completed', 'back', 'other'] as const)),
  }),
  'walk-evaluated': WALK_EVALUATED,
  'next-day-check': NEXT_DAY_CHECK,
  'programme-level-changed': v.strictObject({
    type: v.literal('programme-level-changed'),
    at: ms,
    from: levelSchema,
    to: levelSchema,
  }),
  'programme-status-changed': v.strictObject({
    type: v.literal('programme-status-changed'),
    at: ms,
    from: status,
    to: status,
    reasons: rules,
  }),
};

/** A span that ends before it starts (a bout of negative length) is refused, not stored or exported. */
function spanOrder(event: HistoryEvent): string | null {
  if ('start' in event && 'end' in event && event.end < event.start) return 'end: before start';
  if (event.type === 'walk-ended' && event.at < event.start) return 'at: before start';
  return null;
}

/** History is bounded in time: nothing before 2000, nothing later than a day after now. */
export const HISTORY_EARLIEST_MS = Date.UTC(2000, 0, 1);
export const HISTORY_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * Why an event's times are out of bounds at wall ms `now` (before 2000, after now plus a day), or null when they
 * are not: such an event is refused on import and skipped (and counted) on read.
 */
export function timeOutOfBounds(event: HistoryEvent, now: number): string | null {
  const times = [event.at];
  if ('start' in event && typeof event.start === 'number') times.push(event.start);
  if ('end' in event) times.push(event.end);
  if (times.some((t) => t < HISTORY_EARLIEST_MS)) return 'at: before the year 2000';
  if (times.some((t) => t > now + HISTORY_FUTURE_MS)) return 'at: in the future';
  return null;
}

const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const hours = v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)));
const withoutType = <E extends { type: unknown }>(entries: E): Omit<E, 'type'> => {
  const { type: _type, ...rest } = entries;
  return rest;
};

/** One day of a month's summaries file (a cache of the events): a file that fails this is computed again. */
export const daySummarySchema = v.object({
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sittingMs: count,
  standingMs: count,
  activeMs: count,
  longestBoutMs: count,
  bouts: count,
  breaks: v.object({ inferred: count, guided: count, moved: count }),
  reminders: v.object({ shown: count, snoozed: count, skipped: count, accepted: count, expired: count }),
  remindedHours: hours,
  breakHours: hours,
  walks: v.array(v.object(withoutType(WALK_EVALUATED.entries))),
  nextDay: v.array(v.object(withoutType(NEXT_DAY_CHECK.entries))),
  flags: v.array(
    v.object({
      at: ms,
      source: v.picklist(['check-in', 'walk', 'next-day', 'programme', 'onboarding'] as const),
      items: v.array(v.string()),
    }),
  ),
  level: v.nullable(v.object({ level: levelSchema, at: ms })),
  events: count,
});

export const HISTORY_EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as HistoryEventType[];

/**
 * Checks one record. Returns the typed event, or a message naming the field and what was expected (never the
 * value found: records may hold health data and messages are logged).
 */
export function parseHistoryEvent(
  raw: unknown,
): { ok: true; event: HistoryEvent } | { ok: false; message: string } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, message: 'not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(EVENT_SCHEMAS, type))
    return { ok: false, message: 'type: not a known event type' };
  const result = v.safeParse(EVENT_SCHEMAS[type as HistoryEventType], raw);
  if (result.success) {
    const event = result.output as HistoryEvent;
    const order = spanOrder(event);
    return order ? { ok: false, message: `${type} ${order}` } : { ok: true, event };
  }
  const first = result.issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  const what =
    first?.type === 'strict_object' && first.expected === 'never'
      ? 'unexpected field'
      : first?.received === 'undefined'
        ? 'missing'
        : `expected ${first?.expected ?? 'a valid value'}`;
  return { ok: false, message: `${type}${path ? ' ' + path : ''}: ${what}` };
}
