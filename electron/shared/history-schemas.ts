// Valibot schemas of every history event (one per type, strict: unknown keys, wrong literals, NaN and fractions of
// pain scores fail). Used to read the event files line by line and to check every record of an import.
import * as v from 'valibot';
import type { HistoryEvent, HistoryEventType } from './history';
import { ADVISORY_ITEMS, PRE_WALK_ITEMS } from './walk-items';
import { OUTCOMES, RULE_IDS, ZONES, levelSchema, nextDayArgsSchema, pain } from './walk-schemas';

/** Import files larger than this are refused before parsing (about 60 years of history). */
export const MAX_IMPORT_CHARS = 100 * 1024 * 1024;

/** Wall-clock ms: a finite, non-negative integer. */
const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const span = { start: ms, end: ms };
const rules = v.array(v.picklist(RULE_IDS));
const status = v.picklist(['active', 'paused', 'locked'] as const);
const nullablePain = v.nullable(pain);

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
  'walk-evaluated': v.strictObject({
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
  }),
  'next-day-check': v.strictObject({
    type: v.literal('next-day-check'),
    at: ms,
    walkAt: ms,
    ...nextDayArgsSchema.entries,
    outcome: v.picklist(OUTCOMES),
  }),
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
  if (result.success) return { ok: true, event: result.output as HistoryEvent };
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
