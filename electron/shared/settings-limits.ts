// Allowed ranges for settings (from the settings table), and the rules for shortcuts and working-hours time
// ranges: plain data and pure functions shared by core (the authority that validates and repairs) and the renderer
// (quick inline feedback). Imports the plain table and types only, so the renderer may import it as a value.
import type { TranslateFn } from './i18n';
import { SETTING_ROWS, settingRow, type IntegerField } from './settings-fields';
import type { LanguageSetting, ReminderStyle, Theme, TimeRange, Weekday } from './settings';

const snoozeLengths = settingRow('snoozeOptionsMin');
const integerLimits = Object.fromEntries(
  SETTING_ROWS.filter((row) => row.kind === 'integer').map((row) => [
    row.field,
    { min: row.min, max: row.max },
  ]),
) as Record<IntegerField, { readonly min: number; readonly max: number }>;

/** The allowed ranges: each whole-number setting's, from its row in the settings table, and a few more. */
export const SETTINGS_LIMITS = Object.freeze({
  ...integerLimits,
  snoozeOptionMin: { min: snoozeLengths.min, max: snoozeLengths.max },
  snoozeOptionsCount: { min: snoozeLengths.minCount, max: snoozeLengths.maxCount },
  /** Working-hours ranges per weekday (for example morning, afternoon, evening, night). */
  rangesPerDay: { min: 0, max: 4 },
});

const MODIFIERS = new Set([
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
]);
const KEY =
  /^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|Plus|[-=[\];',./`])$/;

/**
 * What is wrong with a global shortcut, or null when it is a usable Electron accelerator: at least one modifier
 * (so typing never triggers it) and one key, joined by "+", for example "CommandOrControl+Alt+W". Worded by `t`.
 */
export function shortcutProblem(accelerator: string, t: TranslateFn): string | null {
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const mods = parts.slice(0, -1);
  if (accelerator.length > 60 || mods.length === 0 || !mods.every((m) => MODIFIERS.has(m)) || !KEY.test(key))
    return t('settings:problems.shortcutForm');
  if (new Set(mods).size !== mods.length) return t('settings:problems.shortcutModifierTwice');
  return null;
}

/** The reminder styles, in the order Settings shows them. */
export const REMINDER_STYLES: readonly ReminderStyle[] = settingRow('reminderStyle').options;

/** The theme choices, in the order Settings shows them. */
export const THEMES: readonly Theme[] = settingRow('theme').options;

/** The language choices, in the order Settings shows them. */
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = settingRow('language').options;

/** Weekdays in the order settings show them. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const MINUTES_PER_DAY = 1_440;

/** Minutes after local midnight for a 'HH:MM' (00:00–23:59) text, or null when it is not one. */
export function clockMinutes(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 'HH:MM' for minutes after midnight (taken modulo one day). */
export function clockText(minutes: number): string {
  const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The minutes a range covers from its day's midnight: [start, end) with end after start; a range that ends at
 * or before its start runs past midnight (end + 1440). Null when a time is not 'HH:MM' or start equals end.
 */
export function rangeSpan(range: TimeRange): { start: number; end: number } | null {
  const start = clockMinutes(range.start);
  const end = clockMinutes(range.end);
  if (start === null || end === null || start === end) return null;
  return { start, end: end > start ? end : end + MINUTES_PER_DAY };
}

/**
 * What is wrong with one weekday's ranges, in words a user understands, or null when they are fine: each time
 * is 'HH:MM', a range does not start and end at the same time, at most 4 ranges, and none overlap. Worded by `t`.
 */
export function dayRangesProblem(ranges: readonly TimeRange[], t: TranslateFn): string | null {
  const { max } = SETTINGS_LIMITS.rangesPerDay;
  if (ranges.length > max) return t('settings:problems.tooManyRanges', { max });
  const spans: { start: number; end: number }[] = [];
  for (const range of ranges) {
    if (clockMinutes(range.start) === null || clockMinutes(range.end) === null)
      return t('settings:problems.timeFormat');
    const span = rangeSpan(range);
    if (!span) return t('settings:problems.emptyRange');
    spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1];
    const next = spans[i];
    if (prev && next && next.start < prev.end) return t('settings:problems.overlap');
  }
  return null;
}
