// Settings defaults, limits, validation of user patches and repair of stored files. Pure; main persists the result.
import type { TranslateFn } from '../shared/i18n';
import type { Settings, SettingsIssue } from '../shared/settings';
import {
  LANGUAGE_SETTINGS,
  REMINDER_STYLES,
  SETTINGS_LIMITS,
  THEMES,
  shortcutProblem,
} from '../shared/settings-limits';
import {
  DEFAULT_WORKING_HOURS,
  copyWorkingHours,
  repairWorkingHours,
  workingHoursProblem,
} from './working-hours';

export { SETTINGS_LIMITS };

/**
 * Defaults from health-evidence.md part 2 (a): 30 min threshold, 5 min away, snooze 5/10/15 with at most 2 in a row
 * and 30 extra minutes, a 3-minute break, a daily movement goal building towards 2 h.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sitThresholdMin: 30,
  awayThresholdMin: 5,
  snoozeOptionsMin: [5, 10, 15],
  remindersEnabled: true,
  workingHours: DEFAULT_WORKING_HOURS,
  startAtLogin: false,
  theme: 'system',
  language: 'system',
  reminderStyle: 'notification-and-window',
  shortcuts: Object.freeze({ snooze: null, startWalk: null, standing: null }),
  breakSuggestedMin: 3,
  soundEnabled: true,
  soundVolume: 60,
  snoozeMaxInRow: 2,
  snoozeMaxExtraMin: 30,
  holdForCamera: true,
  holdForMicrophone: true,
  holdForDnd: true,
  holdForFullscreen: true,
  movementGoalEnabled: true,
  movementGoalMin: 120,
  postureResets: false,
});

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

/** The whole-number settings, each with its own messages (settings:problems.<field>.notNumber / .range). */
type IntegerField =
  | 'sitThresholdMin'
  | 'awayThresholdMin'
  | 'breakSuggestedMin'
  | 'soundVolume'
  | 'snoozeMaxInRow'
  | 'snoozeMaxExtraMin'
  | 'movementGoalMin';

function checkInteger(value: unknown, field: IntegerField, t: TranslateFn): Check {
  const { min, max } = SETTINGS_LIMITS[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { value, nearest: null, message: t(`settings:problems.${field}.notNumber`, { min, max }) };
  }
  const nearest = Math.min(max, Math.max(min, Math.round(value)));
  const ok = Number.isInteger(value) && value >= min && value <= max;
  return { value, nearest, message: ok ? null : t(`settings:problems.${field}.range`, { min, max }) };
}

function checkSnoozeOptions(value: unknown, t: TranslateFn): Check {
  const { min, max } = SETTINGS_LIMITS.snoozeOptionMin;
  const count = SETTINGS_LIMITS.snoozeOptionsCount;
  const message = t('settings:problems.snoozeOptions', { count: count.max, min, max });
  if (!Array.isArray(value)) return { value, nearest: null, message };
  const cleaned = [
    ...new Set(
      value
        .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
        .map((n) => Math.min(max, Math.max(min, Math.round(n)))),
    ),
  ]
    .sort((a, b) => a - b)
    .slice(0, count.max);
  const ok =
    value.length >= count.min && value.length === cleaned.length && value.every((n, i) => n === cleaned[i]);
  return { value, nearest: cleaned.length >= count.min ? cleaned : null, message: ok ? null : message };
}

function check(field: keyof Settings, value: unknown, t: TranslateFn): Check {
  const onOff = (message: string): Check => ({
    value,
    nearest: null,
    message: typeof value === 'boolean' ? null : message,
  });
  const oneOf = (choices: readonly unknown[], message: string): Check => ({
    value,
    nearest: null,
    message: choices.includes(value) ? null : message,
  });
  switch (field) {
    case 'sitThresholdMin':
    case 'awayThresholdMin':
    case 'breakSuggestedMin':
    case 'soundVolume':
    case 'snoozeMaxInRow':
    case 'snoozeMaxExtraMin':
    case 'movementGoalMin':
      return checkInteger(value, field, t);
    case 'movementGoalEnabled':
      return onOff(t('settings:problems.movementGoalEnabled'));
    case 'postureResets':
      return onOff(t('settings:problems.postureResets'));
    case 'soundEnabled':
      return onOff(t('settings:problems.soundEnabled'));
    case 'holdForCamera':
    case 'holdForMicrophone':
    case 'holdForDnd':
    case 'holdForFullscreen':
      return onOff(t('settings:problems.holdSource'));
    case 'snoozeOptionsMin':
      return checkSnoozeOptions(value, t);
    case 'remindersEnabled':
      return onOff(t('settings:problems.remindersEnabled'));
    case 'startAtLogin':
      return onOff(t('settings:problems.startAtLogin'));
    case 'reminderStyle':
      return oneOf(REMINDER_STYLES, t('settings:problems.reminderStyle'));
    case 'shortcuts':
      return checkShortcuts(value, t);
    case 'theme':
      return oneOf(THEMES, t('settings:problems.theme'));
    case 'language':
      return oneOf(LANGUAGE_SETTINGS, t('settings:problems.language'));
    case 'workingHours':
      return { value, nearest: repairWorkingHours(value), message: workingHoursProblem(value, t) };
  }
}

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

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
  for (const field of FIELDS) {
    if (!(field in patch)) continue;
    const result = check(field, patch[field], t);
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
  for (const field of FIELDS) {
    if (!(field in source)) continue;
    const result = check(field, source[field], t);
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
