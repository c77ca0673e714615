// Settings defaults, validation of user patches and repair of stored files, derived from the settings table
// (shared/settings-fields.ts); working hours and shortcuts add their own checks here. Pure; main persists the result.
import type { TranslateFn } from '../shared/i18n';
import type { Settings, SettingsIssue } from '../shared/settings';
import { SETTING_ROWS, SETTINGS_DEFAULTS, type SettingRow } from '../shared/settings-fields';
import { SETTINGS_LIMITS, shortcutProblem } from '../shared/settings-limits';
import { fieldProblem, type OrdinaryRow } from '../shared/settings-schemas';
import { copyWorkingHours, repairWorkingHours, workingHoursProblem } from './working-hours';

export { SETTINGS_LIMITS };

/** Every setting's default, from its row in the settings table (health-evidence.md part 2 (a)). */
export const DEFAULT_SETTINGS: Readonly<Settings> = SETTINGS_DEFAULTS;

function checkShortcuts(value: unknown, t: TranslateFn): Check {
  const off = { snooze: null, startWalk: null, standing: null };
  if (value === null || typeof value !== 'object')
    return { value, nearest: off, message: t('settings:problems.shortcutsShape') };
  const v = value as Record<string, unknown>;
  const nearest: Record<string, string | null> = { ...off };
  let message: string | null = Object.keys(v).every((k) => k in off)
    ? null
    : t('settings:problems.shortcutUnknown');
  for (const key of Object.keys(off)) {
    // Settings saved before the standing shortcut existed have no such key: it stays absent (off).
    if (key === 'standing' && !('standing' in v)) {
      delete nearest[key];
      continue;
    }
    const acc = v[key] ?? null;
    const problem =
      acc === null
        ? null
        : typeof acc === 'string'
          ? shortcutProblem(acc, t)
          : t('settings:problems.shortcutNotText');
    if (problem) message ??= problem;
    else nearest[key] = acc as string | null;
  }
  const same = nearest['snooze'] !== null && nearest['snooze'] === nearest['startWalk'];
  if (same) message ??= t('settings:problems.shortcutsSame');
  const standing = nearest['standing'] ?? null;
  const standingSame =
    standing !== null && (standing === nearest['snooze'] || standing === nearest['startWalk']);
  if (standingSame) message ??= t('settings:problems.shortcutsSameStanding');
  const repaired = {
    ...nearest,
    ...(same && { startWalk: null }),
    ...(standingSame && { standing: null }),
  };
  return { value, nearest: repaired, message };
}

/** A deep copy, so callers never share arrays or objects with the stored settings. */
export function copySettings(settings: Settings): Settings {
  return {
    ...settings,
    snoozeOptionsMin: [...settings.snoozeOptionsMin],
    workingHours: copyWorkingHours(settings.workingHours),
    shortcuts: { ...settings.shortcuts },
  };
}

type Check = { value: unknown; nearest: unknown; message: string | null };

/** The settings with a check of their own (the table's custom rows). */
const CUSTOM_CHECKS: Record<
  Extract<SettingRow, { kind: 'custom' }>['field'],
  (value: unknown, t: TranslateFn) => Check
> = {
  workingHours: (value, t) => ({
    value,
    nearest: repairWorkingHours(value),
    message: workingHoursProblem(value, t),
  }),
  shortcuts: checkShortcuts,
};

/** The nearest valid value to a wrong one, for repair; null when there is none (the default is used). */
function nearest(row: OrdinaryRow, value: unknown): unknown {
  if (row.kind === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return Math.min(row.max, Math.max(row.min, Math.round(value)));
  }
  if (row.kind === 'list') {
    if (!Array.isArray(value)) return null;
    const cleaned = [
      ...new Set(
        value
          .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
          .map((n) => Math.min(row.max, Math.max(row.min, Math.round(n)))),
      ),
    ]
      .sort((a, b) => a - b)
      .slice(0, row.maxCount);
    return cleaned.length >= row.minCount ? cleaned : null;
  }
  return null;
}

function check(row: SettingRow, value: unknown, t: TranslateFn): Check {
  if (row.kind === 'custom') return CUSTOM_CHECKS[row.field](value, t);
  const message = fieldProblem(row, value, t);
  return { value, nearest: message ? nearest(row, value) : null, message };
}

const ROWS: readonly SettingRow[] = SETTING_ROWS;

/**
 * Applies a user's patch. Any invalid field rejects the whole patch with a message per field (worded by `t`, the
 * user's language); nothing is saved.
 */
export function applySettingsPatch(
  current: Settings,
  patch: Partial<Settings>,
  t: TranslateFn,
): { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const next: Settings = copySettings(current);
  for (const row of ROWS) {
    const field = row.field;
    if (!(field in patch)) continue;
    const result = check(row, patch[field], t);
    if (result.message) issues.push({ field, message: result.message });
    else (next as unknown as Record<string, unknown>)[field] = structuredCopy(result.value);
  }
  return issues.length ? { ok: false, issues } : { ok: true, settings: next };
}

/**
 * Repairs settings read from disk: each invalid field becomes its nearest valid value (or the default when
 * there is none), unknown keys are dropped, valid fields are kept. `repaired` lists what changed, to tell the user once;
 * `t` words it (pass the translator of the repaired settings' language, see SettingsService).
 */
export function repairSettings(
  raw: unknown,
  t: TranslateFn,
): { settings: Settings; repaired: SettingsIssue[] } {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Settings = copySettings(DEFAULT_SETTINGS);
  // A file saved before working hours existed had reminders at any hour: it keeps them so (the default office
  // week is there, off, for when the user turns them on). With nothing stored yet the default is on.
  if (Object.keys(source).length > 0 && !('workingHours' in source))
    settings.workingHours = { ...settings.workingHours, enabled: false };
  const repaired: SettingsIssue[] = [];
  for (const row of ROWS) {
    const field = row.field;
    if (!(field in source)) continue;
    const result = check(row, source[field], t);
    const value = result.message ? (result.nearest ?? DEFAULT_SETTINGS[field]) : result.value;
    (settings as unknown as Record<string, unknown>)[field] = structuredCopy(value);
    if (result.message) repaired.push({ field, message: result.message });
  }
  return { settings, repaired };
}

/** Copies a validated JSON value (plain objects, arrays, primitives), so no caller shares it with the settings. */
function structuredCopy<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}

/** What to tell the user, once, about settings repaired on load (each field with what was wrong); null if none. */
export function repairNotice(
  repaired: readonly SettingsIssue[],
  t: TranslateFn,
): { title: string; body: string } | null {
  if (repaired.length === 0) return null;
  return {
    title: t('settings:repair.title'),
    body: t('settings:repair.body', { problems: repaired.map((issue) => issue.message).join(' ') }),
  };
}
