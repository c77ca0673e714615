// The settings form's state: the values being edited, their inline validation, and the problems main reported.
// Main validates again (core/settings.ts is the authority); these limits only give quick, friendly feedback.
import type {
  HoldSetting,
  LanguageSetting,
  ReminderStyle,
  Settings,
  SettingsIssue,
  Theme,
  TimeRange,
  Weekday,
} from '../../../electron/shared/settings';
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
export const SNOOZE_CHOICES = [5, 10, 15] as const;

type Field = keyof Settings;

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

/** What a number field counts, which picks the wording of its inline messages. */
type NumberKind = 'minutes' | 'count' | 'percent';

/** The inline message for a whole number outside its range, in the current language; null when it is fine. */
function rangeMessage(
  value: NumberInput,
  { min, max }: { min: number; max: number },
  kind: NumberKind = 'minutes',
): string | null {
  if (value === null || value === undefined || !Number.isFinite(value))
    return t(`settings:number.${kind}.empty`, { min, max });
  if (!Number.isInteger(value)) return t(`settings:number.${kind}.fraction`, { min, max });
  if (value < min || value > max) return t(`settings:number.${kind}.range`, { min, max });
  return null;
}

export class SettingsForm {
  sitThresholdMin = $state<NumberInput>(null);
  awayThresholdMin = $state<NumberInput>(null);
  snoozeOptionsMin = $state<number[]>([]);
  remindersEnabled = $state(true);
  workingHoursEnabled = $state(false);
  startAtLogin = $state(false);
  theme = $state<Theme>('system');
  language = $state<LanguageSetting>('system');
  breakSuggestedMin = $state<NumberInput>(null);
  soundEnabled = $state(true);
  soundVolume = $state<NumberInput>(null);
  snoozeMaxInRow = $state<NumberInput>(null);
  snoozeMaxExtraMin = $state<NumberInput>(null);
  reminderStyle = $state<ReminderStyle>('notification-and-window');
  /** The daily movement goal: on or off, and the minutes a day to build towards. */
  movementGoalEnabled = $state(true);
  movementGoalMin = $state<NumberInput>(null);
  /** Optional posture resets halfway through a sitting bout (off by default). */
  postureResets = $state(false);
  /** Which signals hold a due reminder while the user is busy (a call, a presentation, do-not-disturb). */
  holds = $state<Record<HoldSetting, boolean>>({
    holdForCamera: true,
    holdForMicrophone: true,
    holdForDnd: true,
    holdForFullscreen: true,
  });
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
    const sit = rangeMessage(this.sitThresholdMin, LIMITS.sitThresholdMin);
    const away = rangeMessage(this.awayThresholdMin, LIMITS.awayThresholdMin);
    if (sit) errors.sitThresholdMin = sit;
    if (away) errors.awayThresholdMin = away;
    const breakMin = rangeMessage(this.breakSuggestedMin, LIMITS.breakSuggestedMin);
    if (breakMin) errors.breakSuggestedMin = breakMin;
    const volume = rangeMessage(this.soundVolume, LIMITS.soundVolume, 'percent');
    if (volume) errors.soundVolume = volume;
    const inRow = rangeMessage(this.snoozeMaxInRow, LIMITS.snoozeMaxInRow, 'count');
    if (inRow) errors.snoozeMaxInRow = inRow;
    const extra = rangeMessage(this.snoozeMaxExtraMin, LIMITS.snoozeMaxExtraMin);
    if (extra) errors.snoozeMaxExtraMin = extra;
    const goal = rangeMessage(this.movementGoalMin, LIMITS.movementGoalMin);
    if (goal) errors.movementGoalMin = goal;
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
    this.sitThresholdMin = settings.sitThresholdMin;
    this.awayThresholdMin = settings.awayThresholdMin;
    this.snoozeOptionsMin = [...settings.snoozeOptionsMin].sort((a, b) => a - b);
    this.remindersEnabled = settings.remindersEnabled;
    this.workingHoursEnabled = settings.workingHours.enabled;
    this.startAtLogin = settings.startAtLogin;
    this.theme = settings.theme;
    this.language = settings.language;
    this.breakSuggestedMin = settings.breakSuggestedMin;
    this.soundEnabled = settings.soundEnabled;
    this.soundVolume = settings.soundVolume;
    this.snoozeMaxInRow = settings.snoozeMaxInRow;
    this.snoozeMaxExtraMin = settings.snoozeMaxExtraMin;
    this.reminderStyle = settings.reminderStyle;
    this.movementGoalEnabled = settings.movementGoalEnabled;
    this.movementGoalMin = settings.movementGoalMin;
    this.postureResets = settings.postureResets;
    this.holds = {
      holdForCamera: settings.holdForCamera,
      holdForMicrophone: settings.holdForMicrophone,
      holdForDnd: settings.holdForDnd,
      holdForFullscreen: settings.holdForFullscreen,
    };
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
      sitThresholdMin: Number(this.sitThresholdMin),
      awayThresholdMin: Number(this.awayThresholdMin),
      snoozeOptionsMin: [...this.snoozeOptionsMin],
      remindersEnabled: this.remindersEnabled,
      startAtLogin: this.startAtLogin,
      theme: this.theme,
      language: this.language,
      breakSuggestedMin: Number(this.breakSuggestedMin),
      soundEnabled: this.soundEnabled,
      soundVolume: Number(this.soundVolume),
      snoozeMaxInRow: Number(this.snoozeMaxInRow),
      snoozeMaxExtraMin: Number(this.snoozeMaxExtraMin),
      reminderStyle: this.reminderStyle,
      movementGoalEnabled: this.movementGoalEnabled,
      movementGoalMin: Number(this.movementGoalMin),
      postureResets: this.postureResets,
      ...this.holds,
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
