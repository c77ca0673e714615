// Settings defaults, limits, validation of user patches and repair of stored files. Pure; main persists the result.
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
 * and 30 extra minutes, a 3-minute break.
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
  shortcuts: Object.freeze({ snooze: null, startWalk: null }),
  breakSuggestedMin: 3,
  soundEnabled: true,
  soundVolume: 60,
  snoozeMaxInRow: 2,
  snoozeMaxExtraMin: 30,
});

function checkShortcuts(value: unknown): Check {
  const off = { snooze: null, startWalk: null };
  if (value === null || typeof value !== 'object')
    return { value, nearest: off, message: 'Shortcuts must be set or off.' };
  const v = value as Record<string, unknown>;
  const nearest: Record<string, string | null> = { ...off };
  let message: string | null = Object.keys(v).every((k) => k in off) ? null : 'Unknown shortcut.';
  for (const key of Object.keys(off)) {
    const acc = v[key] ?? null;
    const problem =
      acc === null ? null : typeof acc === 'string' ? shortcutProblem(acc) : 'Shortcuts must be text.';
    if (problem) message ??= problem;
    else nearest[key] = acc as string | null;
  }
  const same = nearest['snooze'] !== null && nearest['snooze'] === nearest['startWalk'];
  if (same) message ??= 'Snooze and Start a walk need different shortcuts.';
  return { value, nearest: same ? { ...nearest, startWalk: null } : nearest, message };
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

function checkInteger(
  value: unknown,
  limits: { readonly min: number; readonly max: number },
  label: string,
  unit = 'minutes',
): Check {
  const { min, max } = limits;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      value,
      nearest: null,
      message: `${label} must be a number of ${unit} between ${min} and ${max}.`,
    };
  }
  const nearest = Math.min(max, Math.max(min, Math.round(value)));
  const ok = Number.isInteger(value) && value >= min && value <= max;
  return {
    value,
    nearest,
    message: ok ? null : `${label} must be a whole number of ${unit} from ${min} to ${max}.`,
  };
}

function checkSnoozeOptions(value: unknown): Check {
  const { min, max } = SETTINGS_LIMITS.snoozeOptionMin;
  const count = SETTINGS_LIMITS.snoozeOptionsCount;
  const message = `Snooze lengths must be 1 to ${count.max} different whole minutes from ${min} to ${max}.`;
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

function check(field: keyof Settings, value: unknown): Check {
  switch (field) {
    case 'sitThresholdMin':
      return checkInteger(value, SETTINGS_LIMITS.sitThresholdMin, 'Sitting time before a reminder');
    case 'awayThresholdMin':
      return checkInteger(value, SETTINGS_LIMITS.awayThresholdMin, 'Away time');
    case 'breakSuggestedMin':
      return checkInteger(value, SETTINGS_LIMITS.breakSuggestedMin, 'The suggested break');
    case 'soundVolume':
      return checkInteger(value, SETTINGS_LIMITS.soundVolume, 'The sound volume', 'percent');
    case 'snoozeMaxInRow':
      return checkInteger(value, SETTINGS_LIMITS.snoozeMaxInRow, 'Snoozes in a row', 'snoozes');
    case 'snoozeMaxExtraMin':
      return checkInteger(value, SETTINGS_LIMITS.snoozeMaxExtraMin, 'Extra time from snoozes');
    case 'soundEnabled':
      return {
        value,
        nearest: null,
        message: typeof value === 'boolean' ? null : 'Sound must be on or off.',
      };
    case 'snoozeOptionsMin':
      return checkSnoozeOptions(value);
    case 'remindersEnabled':
      return {
        value,
        nearest: null,
        message: typeof value === 'boolean' ? null : 'Reminders must be on or off.',
      };
    case 'startAtLogin':
      return {
        value,
        nearest: null,
        message: typeof value === 'boolean' ? null : 'Start at login must be on or off.',
      };
    case 'reminderStyle':
      return {
        value,
        nearest: null,
        message: (REMINDER_STYLES as readonly unknown[]).includes(value)
          ? null
          : 'The reminder style must be "notification" or "notification-and-window".',
      };
    case 'shortcuts':
      return checkShortcuts(value);
    case 'theme':
      return {
        value,
        nearest: null,
        message: (THEMES as readonly unknown[]).includes(value)
          ? null
          : 'The theme must be "system", "light" or "dark".',
      };
    case 'language':
      return {
        value,
        nearest: null,
        message: (LANGUAGE_SETTINGS as readonly unknown[]).includes(value)
          ? null
          : 'The language must be "system", "en" or "de".',
      };
    case 'workingHours':
      return { value, nearest: repairWorkingHours(value), message: workingHoursProblem(value) };
  }
}

const FIELDS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Applies a user's patch. Any invalid field rejects the whole patch with a message per field; nothing is saved. */
export function applySettingsPatch(
  current: Settings,
  patch: Partial<Settings>,
): { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const next: Settings = copySettings(current);
  for (const field of FIELDS) {
    if (!(field in patch)) continue;
    const result = check(field, patch[field]);
    if (result.message) issues.push({ field, message: result.message });
    else (next as unknown as Record<string, unknown>)[field] = structuredCopy(result.value);
  }
  return issues.length ? { ok: false, issues } : { ok: true, settings: next };
}

/**
 * Repairs settings read from disk: each invalid field becomes its nearest valid value (or the default when
 * there is none), unknown keys are dropped, valid fields are kept. `repaired` lists what changed, to tell the user once.
 */
export function repairSettings(raw: unknown): { settings: Settings; repaired: SettingsIssue[] } {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Settings = copySettings(DEFAULT_SETTINGS);
  const repaired: SettingsIssue[] = [];
  for (const field of FIELDS) {
    if (!(field in source)) continue;
    const result = check(field, source[field]);
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
export function repairNotice(repaired: readonly SettingsIssue[]): { title: string; body: string } | null {
  if (repaired.length === 0) return null;
  return {
    title: 'WalkBreak corrected some settings',
    body: `${repaired.map((issue) => issue.message).join(' ')} The nearest allowed value is used instead; everything else was kept. You can change it in Settings.`,
  };
}
