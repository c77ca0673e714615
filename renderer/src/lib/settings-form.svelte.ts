// The settings form's state: the values being edited, their inline validation, and the problems main reported.
// Main validates again (core/settings.ts is the authority); these limits only give quick, friendly feedback.
import type { Settings, SettingsIssue } from '../../../electron/shared/settings';
import { SETTINGS_LIMITS } from '../../../electron/shared/settings-limits';

/** The ranges core validates against (one definition, in electron/shared). */
export const LIMITS = SETTINGS_LIMITS;

/** Snooze lengths offered as checkboxes (health-evidence.md part 2 (a)). */
export const SNOOZE_CHOICES = [5, 10, 15] as const;

type Field = keyof Settings;

/** An empty number input binds to null or undefined; anything else is a number. */
type NumberInput = number | null | undefined;

function rangeMessage(value: NumberInput, { min, max }: { min: number; max: number }): string | null {
  if (value === null || value === undefined || !Number.isFinite(value))
    return `Enter a number of minutes from ${min} to ${max}.`;
  if (!Number.isInteger(value)) return `Use whole minutes, from ${min} to ${max}.`;
  if (value < min || value > max) return `Choose a value from ${min} to ${max} minutes.`;
  return null;
}

export class SettingsForm {
  sitThresholdMin = $state<NumberInput>(null);
  awayThresholdMin = $state<NumberInput>(null);
  snoozeOptionsMin = $state<number[]>([]);
  remindersEnabled = $state(true);
  /** Snooze lengths to offer as checkboxes: the usual three plus any other stored value. */
  snoozeChoices = $state<number[]>([...SNOOZE_CHOICES]);
  /** Problems main reported for the last save, by field. */
  serverIssues = $state<SettingsIssue[]>([]);

  /** Client-side problems, one message per field. */
  readonly errors = $derived.by(() => {
    const errors: Partial<Record<Field, string>> = {};
    const sit = rangeMessage(this.sitThresholdMin, LIMITS.sitThresholdMin);
    const away = rangeMessage(this.awayThresholdMin, LIMITS.awayThresholdMin);
    if (sit) errors.sitThresholdMin = sit;
    if (away) errors.awayThresholdMin = away;
    if (this.snoozeOptionsMin.length === 0) errors.snoozeOptionsMin = 'Choose at least one snooze length.';
    return errors;
  });

  readonly valid = $derived(Object.keys(this.errors).length === 0);

  /** Replaces the form's values with saved settings and clears old problems. */
  load(settings: Settings): void {
    this.sitThresholdMin = settings.sitThresholdMin;
    this.awayThresholdMin = settings.awayThresholdMin;
    this.snoozeOptionsMin = [...settings.snoozeOptionsMin].sort((a, b) => a - b);
    this.remindersEnabled = settings.remindersEnabled;
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

  /** The message to show under a field: the inline one first, else what main said. */
  messageFor(field: Field): string | null {
    return this.errors[field] ?? this.serverIssues.find((issue) => issue.field === field)?.message ?? null;
  }

  clearServerIssue(field: Field): void {
    if (this.serverIssues.some((issue) => issue.field === field)) {
      this.serverIssues = this.serverIssues.filter((issue) => issue.field !== field);
    }
  }

  /** The full settings to send; only call when `valid`. */
  toSettings(): Settings {
    return {
      sitThresholdMin: Number(this.sitThresholdMin),
      awayThresholdMin: Number(this.awayThresholdMin),
      snoozeOptionsMin: [...this.snoozeOptionsMin],
      remindersEnabled: this.remindersEnabled,
    };
  }
}
