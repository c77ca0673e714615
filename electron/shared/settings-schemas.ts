// Valibot schemas derived from the settings table (settings-fields.ts): the shape a settings:update patch must
// have at the IPC boundary, the shape of a stored settings.json, and each ordinary field's full check with its
// messages (core's validation). Not imported by the renderer, which keeps valibot out of its windows.
import * as v from 'valibot';
import type { TranslateFn } from './i18n';
import type { Settings } from './settings';
import { SETTING_ROWS, type SettingRow, type SettingsKey } from './settings-fields';

const ROWS: readonly SettingRow[] = SETTING_ROWS;
const finite = v.pipe(v.number(), v.finite());
const accelerator = v.nullable(v.pipe(v.string(), v.maxLength(60)));
/** The shape of working hours only; core checks the times and overlaps and answers with a message per field. */
const dayRanges = v.pipe(
  v.array(
    v.strictObject({ start: v.pipe(v.string(), v.maxLength(5)), end: v.pipe(v.string(), v.maxLength(5)) }),
  ),
  v.maxLength(10),
);

/** The custom settings' shapes on the wire; what else is wrong with them core's own checks say. */
const CUSTOM_WIRE = {
  workingHours: v.strictObject({
    enabled: v.boolean(),
    days: v.strictObject({
      mon: dayRanges,
      tue: dayRanges,
      wed: dayRanges,
      thu: dayRanges,
      fri: dayRanges,
      sat: dayRanges,
      sun: dayRanges,
    }),
  }),
  shortcuts: v.strictObject({
    snooze: accelerator,
    startWalk: accelerator,
    standing: v.optional(accelerator),
  }),
};

/**
 * A field's shape on the wire: the right type, nothing about its range, so a number out of range still reaches
 * core and comes back with the field's own message (IpcResult error.issues) rather than a bare IPC refusal.
 */
function wire(row: SettingRow): v.GenericSchema {
  switch (row.kind) {
    case 'boolean':
      return v.boolean();
    case 'integer':
      return finite;
    case 'choice':
      return v.picklist(row.options);
    case 'list':
      return v.pipe(v.array(finite), v.maxLength(10));
    case 'custom':
      return CUSTOM_WIRE[row.field];
  }
}

/** settings:update's argument: any of the settings, each of the right type; unknown keys are refused. */
export const settingsPatchSchema = v.strictObject(
  Object.fromEntries(ROWS.map((row) => [row.field, v.optional(wire(row))])),
) as unknown as v.GenericSchema<unknown, Partial<Settings>>;

/** A stored field's type, for the rows whose wrong type keeps the file aside. */
function storedType(row: SettingRow): v.GenericSchema {
  switch (row.kind) {
    case 'boolean':
      return v.boolean();
    case 'integer':
      return v.number();
    case 'list':
      return v.array(v.number());
    case 'choice':
      return v.string();
    case 'custom':
      return v.unknown();
  }
}

/**
 * The shape of a stored settings.json's settings: only the rows marked `keepsFileAside` (the first four
 * settings); ranges and field-level repair live in core (repairSettings).
 */
export const storedSettingsShape = v.object(
  Object.fromEntries(
    ROWS.filter((row) => row.keepsFileAside).map((row) => [row.field, v.optional(storedType(row))]),
  ),
);

/** An ordinary (not custom) row. */
export type OrdinaryRow = Exclude<SettingRow, { kind: 'custom' }>;

/**
 * The full check of one ordinary field: type, whole number, range, choice, list. Each refusal carries the
 * field's own message from the table, worded by `t` when it is needed.
 */
export function fieldSchema(row: OrdinaryRow, t: TranslateFn): v.GenericSchema {
  const say = (key: SettingsKey, options?: Record<string, number>) => () =>
    (t as unknown as (k: string, o?: Record<string, number>) => string)(key, options);
  switch (row.kind) {
    case 'boolean':
      return v.boolean(say(row.problem));
    case 'choice':
      return v.picklist(row.options, say(row.problem));
    case 'integer': {
      const limits = { min: row.min, max: row.max };
      const notNumber = say(row.problems.notNumber, limits);
      const range = say(row.problems.range, limits);
      return v.pipe(
        v.number(notNumber),
        v.finite(notNumber),
        v.integer(range),
        v.minValue(row.min, range),
        v.maxValue(row.max, range),
      );
    }
    case 'list': {
      const message = say(row.problem, { count: row.maxCount, min: row.min, max: row.max });
      return v.pipe(
        v.array(v.number(message), message),
        v.minLength(row.minCount, message),
        v.maxLength(row.maxCount, message),
        v.check(
          (list) =>
            list.every(
              (n, i) =>
                Number.isInteger(n) && n >= row.min && n <= row.max && (i === 0 || n > (list[i - 1] ?? n)),
            ),
          message,
        ),
      );
    }
  }
}

/** The message for a field's value, or null when it is valid (the first problem valibot finds). */
export function fieldProblem(row: OrdinaryRow, value: unknown, t: TranslateFn): string | null {
  const result = v.safeParse(fieldSchema(row, t), value);
  return result.success ? null : (result.issues[0]?.message ?? null);
}
