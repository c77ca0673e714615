// Settings DTO shared by main, core and renderer. Plain data only; defaults, limits and repair live in core/settings.ts.

/** Days of the week, as stored in settings.json (Monday first, as most working weeks are written). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * One stretch of working time on a weekday, in local wall-clock time 'HH:MM' (24 h). An `end` at or before
 * `start` means the range runs past midnight into the next day (22:00–02:00).
 */
export interface TimeRange {
  start: string;
  end: string;
}

/** When reminders may come. Sitting outside these hours is still tracked, but never leads to a reminder. */
export interface WorkingHours {
  /** When false, reminders may come at any time of day; on by default (09:00–17:30, weekdays). */
  enabled: boolean;
  /** Ranges per weekday, ascending and not overlapping; an empty list is a day off. */
  days: Record<Weekday, TimeRange[]>;
}

export type Theme = 'system' | 'light' | 'dark';

export type ReminderStyle = 'notification' | 'notification-and-window';

/** The interface language: follow the system's preferred languages (default), or always English or German. */
export type LanguageSetting = 'system' | 'en' | 'de';

export interface Shortcuts {
  snooze: string | null;
  startWalk: string | null;
  /** Toggle "I'm standing" at a sit-stand desk (issue 17); absent in settings saved before it existed: off. */
  standing?: string | null;
}

/**
 * The switches of the signals that hold a due reminder while the user is busy (issue 16): camera in use,
 * microphone in use (a call), do-not-disturb / focus, an app full screen or presenting. Each on by default; what
 * each can see depends on the OS (docs/tracker.md, "Calls, presentations, do-not-disturb").
 */
export type HoldSetting = 'holdForCamera' | 'holdForMicrophone' | 'holdForDnd' | 'holdForFullscreen';

/** User settings persisted by main (settings.json) and edited in the renderer. */
export interface Settings {
  /** Minutes of continuous sitting before a reminder (20–60). */
  sitThresholdMin: number;
  /** Minutes without keyboard/mouse input that count as being away (an inferred break). */
  awayThresholdMin: number;
  /** Snooze lengths offered on the reminder, in minutes, ascending. */
  snoozeOptionsMin: number[];
  /** When false the tracker still records sitting, but never reminds. */
  remindersEnabled: boolean;
  /** Working hours: reminders only inside them, and only sitting inside them counts toward one. */
  workingHours: WorkingHours;
  /** Start WalkBreak when the user logs in (login item on Windows and macOS, XDG autostart entry on Linux). */
  startAtLogin: boolean;
  /**
   * System-wide keyboard shortcuts (Electron accelerators such as "CommandOrControl+Alt+W"), each null when off
   * (the default): Snooze the reminder on screen, and Start a walk.
   */
  shortcuts: Shortcuts;
  /** How a reminder appears: a system notification only, or a notification and the small reminder window. */
  reminderStyle: ReminderStyle;
  /** Window colours: follow the system (default), or always light or dark (Electron's nativeTheme.themeSource). */
  theme: Theme;
  /** Interface language; 'system' picks the first supported one of the system's preferred languages, else English. */
  language: LanguageSetting;
  /**
   * Suggested break length in whole minutes (2–10, default 3; health-evidence.md part 2 (a)): the reminder says
   * "A 3-minute walk…" and the guided short walk lasts this long.
   */
  breakSuggestedMin: number;
  /**
   * Play a short chime when a reminder appears (default on). With the reminder window, WalkBreak's own chime plays
   * at `soundVolume`; with notifications only, the system's notification sound plays at the system's volume.
   */
  soundEnabled: boolean;
  /** Chime volume in whole percent (0–100, default 60); 0 is silent. */
  soundVolume: number;
  /**
   * Snoozes allowed in a row before the firmer reminder that offers none (0–2, default 2; 0 means Snooze is never
   * offered). The evidence cap of 2 (health-evidence.md part 2 (a)) may only be made stricter.
   */
  snoozeMaxInRow: number;
  /** Most extra minutes the snoozes of one reminder may add, in whole minutes (5–30, default 30). */
  snoozeMaxExtraMin: number;
  /** Hold a due reminder while a camera is in use (default on). */
  holdForCamera: boolean;
  /** Hold a due reminder while a microphone is in use (default on). */
  holdForMicrophone: boolean;
  /** Hold a due reminder while do-not-disturb / focus assist is on (default on). */
  holdForDnd: boolean;
  /** Hold a due reminder while another app is full screen or presenting (default on). */
  holdForFullscreen: boolean;
  /**
   * The daily movement goal on Home and in History (default on; health-evidence.md part 2 (a)): standing and light
   * activity each day, built up in steps towards `movementGoalMin`.
   */
  movementGoalEnabled: boolean;
  /** The movement goal to build towards, in whole minutes a day (60–240, default 120: 2 h, F3). */
  movementGoalMin: number;
  /**
   * Optional posture resets (default off, issue 17): one quiet notification halfway through a sitting bout with a
   * 20-second reset; never near a reminder, in a pause, outside working hours or while the user is busy.
   */
  postureResets: boolean;
}

/** One field-level problem found while validating a settings patch or a stored settings file. */
export interface SettingsIssue {
  field: keyof Settings;
  message: string;
}
