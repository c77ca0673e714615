// The settings table (electron/shared/settings-fields.ts) is the one place a setting is described: every row has
// its words in English and German, a default that passes its own check, and the schemas derived from it refuse a
// wrong value with that field's own message, at the IPC boundary, in core and in a stored file.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, repairSettings } from '../../electron/core/settings';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import { parseArgs } from '../../electron/shared/ipc-schemas';
import type { Settings } from '../../electron/shared/settings';
import {
  SETTINGS_GROUPS,
  SETTINGS_SECTIONS,
  SETTING_ROWS,
  type SettingRow,
} from '../../electron/shared/settings-fields';
import { SETTINGS_LIMITS } from '../../electron/shared/settings-limits';
import { fieldProblem, storedSettingsShape } from '../../electron/shared/settings-schemas';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const ROWS: readonly SettingRow[] = SETTING_ROWS;
const say = (tr: typeof ENGLISH, key: string, options?: Record<string, number>): string =>
  (tr.t as unknown as (k: string, o?: Record<string, number>) => string)(key, options);

/** The message text at `settings:a.b.c` in one language, or undefined. */
function message(language: 'en' | 'de', key: string): unknown {
  const [ns, path] = key.split(':') as [keyof (typeof RESOURCES)['en'], string];
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      RESOURCES[language][ns],
    );
}

/** Every message key a row names (labels, hints per OS, problems, options). */
function keysOf(row: SettingRow): string[] {
  const keys: string[] = [row.label];
  if (typeof row.hint === 'string') keys.push(row.hint);
  else keys.push(`${row.hint.byOs}.windows`, `${row.hint.byOs}.linux`);
  if (row.kind === 'boolean' || row.kind === 'choice') keys.push(row.problem);
  if (row.kind === 'integer') keys.push(row.problems.notNumber, row.problems.range);
  if (row.kind === 'list') keys.push(row.problem, row.empty);
  if (row.kind === 'choice')
    for (const label of Object.values(row.optionLabels)) if (typeof label === 'string') keys.push(label);
  if (row.group) keys.push(SETTINGS_GROUPS[row.group].legend, SETTINGS_GROUPS[row.group].hint);
  return keys;
}

/** A value of the right type but outside what the row allows, and one of the wrong type. */
function wrongValues(row: Exclude<SettingRow, { kind: 'custom' }>): {
  outside: unknown[];
  wrongType: unknown;
} {
  switch (row.kind) {
    case 'boolean':
      return { outside: [], wrongType: 'yes' };
    case 'integer':
      return { outside: [row.min - 1, row.max + 1, row.min + 0.5], wrongType: '30' };
    case 'choice':
      return { outside: [], wrongType: 'purple' };
    case 'list':
      return { outside: [[], [row.max + 1], [row.min, row.min]], wrongType: 'all' };
  }
}

describe('the settings table', () => {
  it('has exactly one row per setting, each control id once, each in a section Settings shows', () => {
    expect(ROWS.map((row) => row.field).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(new Set(ROWS.map((row) => row.id)).size).toBe(ROWS.length);
    const sections = SETTINGS_SECTIONS.map((section) => section.id);
    for (const row of ROWS) expect(sections, row.field).toContain(row.section);
  });

  it('names messages that exist in English and German, for every row and every titled section', () => {
    const keys = [
      ...ROWS.flatMap(keysOf),
      ...SETTINGS_SECTIONS.flatMap((s) => [
        ...('title' in s ? [s.title] : []),
        ...('intro' in s ? [s.intro] : []),
      ]),
    ];
    for (const key of keys) {
      expect(typeof message('en', key), `en ${key}`).toBe('string');
      expect(typeof message('de', key), `de ${key}`).toBe('string');
    }
  });

  it('gives each row a default that passes its own check, in core and in the derived schemas', () => {
    for (const row of ROWS) {
      if (row.kind !== 'custom') expect(fieldProblem(row, row.default, ENGLISH.t), row.field).toBeNull();
      const patch = { [row.field]: row.default } as Partial<Settings>;
      expect(applySettingsPatch(DEFAULT_SETTINGS, patch, ENGLISH.t), row.field).toMatchObject({ ok: true });
      expect(parseArgs('settings:update', patch), row.field).toMatchObject({ ok: true });
      expect(DEFAULT_SETTINGS[row.field]).toEqual(row.default);
    }
    expect(repairSettings(DEFAULT_SETTINGS, ENGLISH.t).repaired).toEqual([]);
  });

  it('refuses a value outside a row’s range with that field’s own message, in English and in German', () => {
    const integers = ROWS.filter((row) => row.kind === 'integer');
    expect(integers.map((row) => row.field)).toContain('sitThresholdMin');
    for (const row of integers) {
      const limits = { min: row.min, max: row.max };
      expect(SETTINGS_LIMITS[row.field]).toEqual(limits);
      for (const value of [row.min - 1, row.max + 1, row.min + 0.5]) {
        for (const tr of [ENGLISH, GERMAN]) {
          const wanted = say(tr, row.problems.range, limits);
          expect(fieldProblem(row, value, tr.t), `${row.field} ${value}`).toBe(wanted);
          expect(applySettingsPatch(DEFAULT_SETTINGS, { [row.field]: value }, tr.t)).toEqual({
            ok: false,
            issues: [{ field: row.field, message: wanted }],
          });
        }
      }
      expect(fieldProblem(row, Number.NaN, ENGLISH.t)).toBe(say(ENGLISH, row.problems.notNumber, limits));
      expect(fieldProblem(row, 'ten', ENGLISH.t)).toBe(say(ENGLISH, row.problems.notNumber, limits));
    }
  });

  it('refuses a wrong value of every other ordinary row with its message; the IPC schema refuses the wrong type', () => {
    for (const row of ROWS) {
      if (row.kind === 'custom') continue;
      const { outside, wrongType } = wrongValues(row);
      const wanted =
        row.kind === 'integer'
          ? say(ENGLISH, row.problems.notNumber, { min: row.min, max: row.max })
          : row.kind === 'list'
            ? say(ENGLISH, row.problem, { count: row.maxCount, min: row.min, max: row.max })
            : say(ENGLISH, row.problem);
      expect(fieldProblem(row, wrongType, ENGLISH.t), row.field).toBe(wanted);
      expect(parseArgs('settings:update', { [row.field]: wrongType }), row.field).toMatchObject({
        ok: false,
      });
      if (row.kind === 'list')
        for (const value of outside) expect(fieldProblem(row, value, ENGLISH.t), String(value)).toBe(wanted);
    }
  });

  it('the stored-file shape checks the type of the first four settings only; core repairs the rest', () => {
    const kept = ROWS.filter((row) => row.keepsFileAside).map((row) => row.field);
    expect(kept).toEqual(['remindersEnabled', 'sitThresholdMin', 'awayThresholdMin', 'snoozeOptionsMin']);
    expect(v.safeParse(storedSettingsShape, { sitThresholdMin: 'thirty' }).success).toBe(false);
    expect(v.safeParse(storedSettingsShape, { sitThresholdMin: 90, soundEnabled: 'loud' }).success).toBe(
      true,
    );
  });
});
