// Argument schemas for every invoke channel (valibot). Strict objects: extra keys, NaN/Infinity and wrong types fail.
import * as v from 'valibot';
import { postureOfferAnswerSchema, workstationAnswersSchema, workstationItemSchema } from './desk-schemas';
import { MAX_IMPORT_CHARS } from './history-schemas';
import type { ArgsOf, InvokeChannel } from './ipc';
import { settingsPatchSchema } from './settings-schemas';
import {
  clearanceSchema,
  nextDayArgsSchema,
  onboardingSchema,
  postWalkSchema,
  preWalkSchema,
} from './walk-schemas';
import { TIME_UP_NEXT } from './window-requests';

const noArgs = v.strictObject({});
const finite = v.pipe(v.number(), v.finite());

/** One schema per channel; the mapped type makes a missing or mistyped schema a compile error. */
export const INVOKE_SCHEMAS: { [C in InvokeChannel]: v.GenericSchema<unknown, ArgsOf<C>> } = {
  'tracker:get-snapshot': noArgs,
  'tracker:report-moved': noArgs,
  'tracker:set-standing': v.strictObject({ standing: v.boolean() }),
  'reminder:snooze': v.strictObject({ minutes: v.pipe(finite, v.integer(), v.minValue(1), v.maxValue(120)) }),
  'reminder:skip': v.strictObject({ via: v.picklist(['button', 'escape']) }),
  'walk:start': v.strictObject({ source: v.picklist(['reminder', 'tray', 'window']) }),
  'walk:end': v.strictObject({ completed: v.boolean(), declined: v.optional(v.boolean()) }),
  'reminders:pause': v.union([
    v.strictObject({ minutes: v.picklist([30, 60, 90]) }),
    v.strictObject({ untilResumed: v.literal(true) }),
    v.strictObject({ untilTomorrow: v.literal(true) }),
  ]),
  'reminders:resume': noArgs,
  'settings:get': noArgs,
  'settings:update': settingsPatchSchema,
  'break:get-state': noArgs,
  'break:onboard': onboardingSchema,
  'break:check-in': preWalkSchema,
  'break:start-timer': noArgs,
  'break:pause': noArgs,
  'break:resume': noArgs,
  'break:end-timer': v.strictObject({ reason: v.picklist(['completed', 'back', 'other']) }),
  'break:submit-answers': postWalkSchema,
  'break:submit-next-day': nextDayArgsSchema,
  'programme:confirm-clearance': clearanceSchema,
  'history:get-overview': v.strictObject({ range: v.picklist(['week', 'month']) }),
  'history:get-goal': noArgs,
  'history:export': v.strictObject({
    what: v.picklist(['events', 'summaries']),
    format: v.picklist(['csv', 'json']),
  }),
  // The file's contents are checked record by record in core (parseImport); here only its size is bounded.
  'history:import': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS)) }),
  'history:cancel-import': noArgs,
  'history:save-clinician-summary': noArgs,
  'history:delete-day': v.strictObject({ day: v.pipe(v.string(), v.isoDate()) }),
  'history:delete-all': v.strictObject({ confirm: v.literal(true) }),
  'desk:get-state': noArgs,
  'desk:save-check': v.strictObject({ answers: workstationAnswersSchema }),
  'desk:mark-fixed': v.strictObject({ item: workstationItemSchema }),
  'app:get-region': noArgs,
  'app:get-desktop': noArgs,
  'desk:answer-posture-offer': v.strictObject({ answer: postureOfferAnswerSchema }),
  'window:time-up': v.strictObject({ next: v.picklist(TIME_UP_NEXT) }),
  'window:fit-reminder': v.strictObject({ height: v.pipe(finite, v.minValue(0), v.maxValue(10_000)) }),
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Checks `raw` against the channel's schema. Returns the typed args, or a message naming what is wrong. */
export function parseArgs<C extends InvokeChannel>(
  channel: C,
  raw: unknown,
): { ok: true; args: ArgsOf<C> } | { ok: false; message: string } {
  const schema = INVOKE_SCHEMAS[channel] as v.GenericSchema<unknown, ArgsOf<C>> | undefined;
  if (!schema) return { ok: false, message: `unknown channel ${String(channel)}` };
  if (hasForbiddenKey(raw)) return { ok: false, message: 'arguments contain a forbidden key' };
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, args: result.output };
  // Name the field and what was expected, never the value received: messages are logged, and may carry health data.
  const first = result.issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  // A list of allowed words (emergency items, answers) is not quoted either: it reads like an answer in a log.
  const expected = !first?.expected
    ? 'invalid value'
    : first.expected.includes('"')
      ? 'expected one of the allowed values'
      : `expected ${first.expected}`;
  const what =
    first?.received === 'undefined'
      ? 'required'
      : first?.type === 'strict_object' && first.expected === 'never'
        ? 'unexpected key'
        : expected;
  return { ok: false, message: `${path ? path + ': ' : ''}${what}` };
}
