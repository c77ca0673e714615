// The settings form's state: the values being edited, their inline validation, and the problems main reported.
// Main validates again (core/settings.ts is the authority); these limits only give quick, friendly feedback. The
// ordinary settings' state, inline errors, loading and saving come from the settings table (settings-fields.ts).
import type { Settings, SettingsIssue, TimeRange, Weekday } from '../../../electron/shared/settings';
import {
  SETTING_ROWS,
  settingRow,
  type SettingRow,
  type Unit,
} from '../../../electron/shared/settings-fields';
import {
  MINUTES_PER_DAY,
  SETTINGS_LIMITS,
  WEEKDAYS,
  clockMinutes,
  clockText,
  dayRangesProblem,
  shortcutProblem,
} from '../../../electron/shared/settings-limits';
import '../i18n/settings';
import { t } from './i18n.svelte';

/** The ranges core validates against (one definition, in electron/shared). */
export const LIMITS = SETTINGS_LIMITS;

/** Snooze lengths offered as checkboxes (health-evidence.md part 2 (a)). */
export const SNOOZE_CHOICES = settingRow('snoozeOptionsMin').choices;

type Field = keyof Settings;

/** The rows edited by the generic field components: on/off, whole numbers and choices. */
export type OrdinaryRow = Extract<SettingRow, { kind: 'boolean' | 'integer' | 'choice' }>;
export type OrdinaryField = OrdinaryRow['field'];

const isOrdinary = (row: SettingRow): row is OrdinaryRow =>
  row.kind === 'boolean' || row.kind === 'integer' || row.kind === 'choice';
/** The ordinary rows, in the table's order. */
export const ORDINARY_ROWS: readonly OrdinaryRow[] = (SETTING_ROWS as readonly SettingRow[]).filter(
  isOrdinary,
);

/** What the form holds per ordinary field: numbers may be empty while typed. */
export type FormValues = { [F in OrdinaryField]: Settings[F] extends number ? NumberInput : Settings[F] };

/** A range being edited; `key` keeps each row's inputs stable while rows are added and removed. */
export interface RangeRow extends TimeRange {
  key: number;
}

let nextKey = 1;
const row = (range: TimeRange): RangeRow => ({ key: nextKey++, start: range.start, end: range.end });
const emptyDays = (): Record<Weekday, RangeRow[]> => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
});

/** An empty number input binds to null or undefined; anything else is a number. */
type NumberInput = number | null | undefined;

/** The inline message for a whole number outside its range, in the current language; null when it is fine. */
function rangeMessage(
  value: NumberInput,
  { min, max }: { min: number; max: number },
  kind: Unit = 'minutes',
): string | null {
  if (value === null || value === undefined || !Number.isFinite(value))
    return t(`settings:number.${kind}.empty`, { min, max });
  if (!Number.isInteger(value)) return t(`settings:number.${kind}.fraction`, { min, max });
  if (value < min || value > max) return t(`settings:number.${kind}.range`, { min, max });
  return null;
}

export class SettingsForm {
  /** The ordinary settings as edited, by field (their defaults until `load`). */
  values = $state<FormValues>(
    Object.fromEntries(ORDINARY_ROWS.map((row) => [row.field, row.default])) as FormValues,
  );
  snoozeOptionsMin = $state<number[]>([]);
  workingHoursEnabled = $state(false);
  /** Global shortcuts as typed; empty means off. */
  shortcutSnooze = $state('');
  shortcutStartWalk = $state('');
  shortcutStanding = $state('');
  /** Working-hours ranges per weekday, as edited ('HH:MM' texts from time inputs). */
  days = $state<Record<Weekday, RangeRow[]>>(emptyDays());
  /** Snooze lengths to offer as checkboxes: the usual three plus any other stored value. */
  snoozeChoices = $state<number[]>([...SNOOZE_CHOICES]);
  /** Problems main reported for the last save, by field. */
  serverIssues = $state<SettingsIssue[]>([]);

  /** Client-side problems, one message per field. */
  readonly errors = $derived.by(() => {
    const errors: Partial<Record<Field, string>> = {};
    for (const row of ORDINARY_ROWS) {
      if (row.kind !== 'integer') continue;
      const message = rangeMessage(this.values[row.field], row, row.unit);
      if (message) errors[row.field] = message;
    }
    if (this.snoozeOptionsMin.length === 0) errors.snoozeOptionsMin = t('settings:snoozeLengths.atLeastOne');
    const snooze = this.shortcutSnooze.trim();
    const walk = this.shortcutStartWalk.trim();
    const standing = this.shortcutStanding.trim();
    const shortcut =
      (snooze && shortcutProblem(snooze, t)) ||
      (walk && shortcutProblem(walk, t)) ||
      (standing && shortcutProblem(standing, t)) ||
      null;
    if (shortcut) errors.shortcuts = shortcut;
    else if (snooze && snooze === walk) errors.shortcuts = t('settings:problems.shortcutsSame');
    else if (standing && (standing === snooze || standing === walk))
      errors.shortcuts = t('settings:problems.shortcutsSameStanding');
    const badDay = WEEKDAYS.find((day) => this.dayErrors[day]);
    if (badDay) errors.workingHours = t('settings:hours.checkBelow');
    return errors;
  });

  /** Which shortcut input is wrong (bad accelerator, or the same as the other), for aria-invalid. */
  readonly shortcutInvalid = $derived.by(() => {
    const snooze = this.shortcutSnooze.trim();
    const walk = this.shortcutStartWalk.trim();
    const standing = this.shortcutStanding.trim();
    const same = snooze !== '' && snooze === walk;
    const standingSame = standing !== '' && (standing === snooze || standing === walk);
    return {
      shortcutSnooze: (snooze !== '' && shortcutProblem(snooze, t) !== null) || same,
      shortcutStartWalk: (walk !== '' && shortcutProblem(walk, t) !== null) || same,
      shortcutStanding: (standing !== '' && shortcutProblem(standing, t) !== null) || standingSame,
    };
  });

  /** Inline problems per weekday (bad or missing times, overlaps, too many ranges). */
  readonly dayErrors = $derived.by(() => {
    const errors: Partial<Record<Weekday, string>> = {};
    for (const day of WEEKDAYS) {
      const problem = dayRangesProblem(this.days[day], t);
      if (problem) errors[day] = problem;
    }
    return errors;
  });

  readonly valid = $derived(Object.keys(this.errors).length === 0);

  /** Replaces the form's values with saved settings and clears old problems. */
  load(settings: Settings): void {
    this.values = Object.fromEntries(
      ORDINARY_ROWS.map((row) => [row.field, settings[row.field]]),
    ) as FormValues;
    this.snoozeOptionsMin = [...settings.snoozeOptionsMin].sort((a, b) => a - b);
    this.workingHoursEnabled = settings.workingHours.enabled;
    this.shortcutSnooze = settings.shortcuts.snooze ?? '';
    this.shortcutStartWalk = settings.shortcuts.startWalk ?? '';
    this.shortcutStanding = settings.shortcuts.standing ?? '';
    const days = emptyDays();
    for (const day of WEEKDAYS) days[day] = settings.workingHours.days[day].map(row);
    this.days = days;
    const choices = [...SNOOZE_CHOICES, ...settings.snoozeOptionsMin];
    this.snoozeChoices = choices.filter((m, i) => choices.indexOf(m) === i).sort((a, b) => a - b);
    this.serverIssues = [];
  }

  /** Ticks or unticks one snooze length, keeping the list ascending. */
  toggleSnooze(minutes: number, on: boolean): void {
    const rest = this.snoozeOptionsMin.filter((m) => m !== minutes);
    this.snoozeOptionsMin = (on ? [...rest, minutes] : rest).sort((a, b) => a - b);
    this.clearServerIssue('snoozeOptionsMin');
  }

  /** Adds a range to a weekday: one hour from the end of its last range, or 09:00–17:00 on an empty day. */
  addRange(day: Weekday): void {
    const lastEnd = clockMinutes(this.days[day].at(-1)?.end);
    const range =
      lastEnd === null
        ? { start: '09:00', end: '17:00' }
        : { start: clockText(lastEnd), end: clockText(Math.min(lastEnd + 60, MINUTES_PER_DAY - 1)) };
    this.days[day] = [...this.days[day], row(range)];
    this.clearServerIssue('workingHours');
  }

  removeRange(day: Weekday, key: number): void {
    this.days[day] = this.days[day].filter((r) => r.key !== key);
    this.clearServerIssue('workingHours');
  }

  /** Copies one weekday's ranges to the other working days (Monday to Friday). */
  copyToWeekdays(from: Weekday): void {
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
      if (day !== from) this.days[day] = this.days[from].map(row);
    }
    this.clearServerIssue('workingHours');
  }

  /** The message to show under a field: the inline one first, else what main said. */
  messageFor(field: Field): string | null {
    return this.errors[field] ?? this.serverIssues.find((issue) => issue.field === field)?.message ?? null;
  }

  clearServerIssue(field: Field): void {
    if (this.serverIssues.some((issue) => issue.field === field)) {
      this.serverIssues = this.serverIssues.filter((issue) => issue.field !== field);
    }
  }

  /** One field as main stores it, to save that field alone (only when it has no inline problem). */
  patchFor(field: Field): Partial<Settings> {
    return { [field]: this.toSettings()[field] };
  }

  /** Whether a field can be saved now: it has no inline problem (other fields may still be wrong). */
  canSave(field: Field): boolean {
    return this.errors[field] === undefined;
  }

  /** The full settings to send; only call when `valid`. */
  toSettings(): Settings {
    return {
      ...(Object.fromEntries(
        ORDINARY_ROWS.map((row) => {
          const value = this.values[row.field];
          return [row.field, row.kind === 'integer' ? Number(value) : value];
        }),
      ) as Pick<Settings, OrdinaryField>),
      snoozeOptionsMin: [...this.snoozeOptionsMin],
      shortcuts: {
        snooze: this.shortcutSnooze.trim() || null,
        startWalk: this.shortcutStartWalk.trim() || null,
        standing: this.shortcutStanding.trim() || null,
      },
      workingHours: {
        enabled: this.workingHoursEnabled,
        days: Object.fromEntries(
          WEEKDAYS.map((day) => [day, this.days[day].map(({ start, end }) => ({ start, end }))]),
        ) as Record<Weekday, TimeRange[]>,
      },
    };
  }
}
