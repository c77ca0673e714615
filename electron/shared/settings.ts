// Settings DTO shared by main, core and renderer. Plain data only; defaults, limits and repair live in core/settings.ts.

/** User settings persisted by main (electron-store) and edited in the renderer. */
export interface Settings {
  /** Minutes of continuous sitting before a reminder (20–60). */
  sitThresholdMin: number;
  /** Minutes without keyboard/mouse input that count as being away (an inferred break). */
  awayThresholdMin: number;
  /** Snooze lengths offered on the reminder, in minutes, ascending. */
  snoozeOptionsMin: number[];
  /** When false the tracker still records sitting, but never reminds. */
  remindersEnabled: boolean;
}

/** One field-level problem found while validating a settings patch or a stored settings file. */
export interface SettingsIssue {
  field: keyof Settings;
  message: string;
}
