// The settings table: one row per setting, with its kind, range, default, message keys and place in Settings.
// Everything else is derived from it (docs/settings.md): the IPC patch schema and the stored-file shape
// (settings-schemas.ts), core's validation, defaults and repair (core/settings.ts), the form's state and inline
// errors (renderer settings-form) and the Settings window's sections. Plain data and types, importing nothing: the renderer imports it.

// ---------------------------------------------------------------------------------------------------
// The settings' types (re-exported by ./settings): a new setting is a field here and a row in SETTING_ROWS below.
// ---------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------------

/** A message key in the "settings" namespace (tests/shared/settings-fields.test.ts checks each in en and de). */
export type SettingsKey = `settings:${string}`;

/** What a whole number counts: picks the words of the form's inline messages and the unit after the input. */
export type Unit = 'minutes' | 'count' | 'percent';

/** The cards of the Settings window, top to bottom; a section with a title has a heading (`<id>-title`). */
export const SETTINGS_SECTIONS = [
  { id: 'reminders' },
  { id: 'timing' },
  { id: 'snooze' },
  { id: 'sound' },
  { id: 'movement' },
  { id: 'holds', title: 'settings:holds.title', intro: 'settings:holds.intro' },
  { id: 'hours', title: 'settings:hours.title' },
  { id: 'login' },
  { id: 'shortcuts', title: 'settings:shortcuts.title', intro: 'settings:shortcuts.hint' },
  { id: 'appearance' },
] as const satisfies readonly { id: string; title?: SettingsKey; intro?: SettingsKey }[];

export type SectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/** Fields shown together in a fieldset inside a section, with a legend and a hint of their own. */
export const SETTINGS_GROUPS = {
  snoozeLimit: {
    id: 'snooze-limit',
    legend: 'settings:snoozeLimit.legend',
    hint: 'settings:snoozeLimit.hint',
  },
} as const satisfies Record<string, { id: string; legend: SettingsKey; hint: SettingsKey }>;

type FieldsOfType<T> = { [F in keyof Settings]-?: Settings[F] extends T ? F : never }[keyof Settings];
export type BooleanField = FieldsOfType<boolean>;
export type IntegerField = FieldsOfType<number>;

interface RowBase<F extends keyof Settings> {
  field: F;
  section: SectionId;
  /** The control's id in Settings; its hint is `<id>-hint`, its error `<id>-error`. */
  id: string;
  default: Settings[F];
  /** The label (a legend for a fieldset). */
  label: SettingsKey;
  /** The hint under it ({{min}}/{{max}} filled in for numbers); `byOs`: `<key>.windows` or `<key>.linux`. */
  hint: SettingsKey | { byOs: SettingsKey };
  /** Shown only while this on/off setting is on. */
  shownWhen?: BooleanField;
  group?: keyof typeof SETTINGS_GROUPS;
  /**
   * A wrong type here keeps the whole settings.json aside (its copy beside it) before core repairs it: only the
   * first four settings, which electron-store's schema checked; every later one is repaired by core alone.
   */
  keepsFileAside?: true;
}

export interface BooleanRow<F extends BooleanField = BooleanField> extends RowBase<F> {
  kind: 'boolean';
  /** "must be on or off", from core. */
  problem: SettingsKey;
}

export interface IntegerRow<F extends IntegerField = IntegerField> extends RowBase<F> {
  kind: 'integer';
  min: number;
  max: number;
  unit: Unit;
  /** A slider instead of a number input (Settings draws the volume slider itself, with its test sound). */
  control?: 'slider';
  /** Core's messages: not a number at all, and a number outside min–max or not whole ({{min}}, {{max}}). */
  problems: { notNumber: SettingsKey; range: SettingsKey };
}

/** An option's words: a message key, or a language named in itself (never translated, marked with its `lang`). */
export type OptionLabel = SettingsKey | { ownName: 'en' | 'de' };

export interface ChoiceRow<
  F extends 'theme' | 'language' | 'reminderStyle' = 'theme' | 'language' | 'reminderStyle',
> extends RowBase<F> {
  kind: 'choice';
  /** In the order Settings shows them, as radio buttons named `name`. */
  options: readonly Settings[F][];
  optionLabels: Record<Settings[F], OptionLabel>;
  name: string;
  problem: SettingsKey;
}

/** A list of distinct whole numbers, ascending, each within min–max, between minCount and maxCount of them. */
export interface ListRow<F extends 'snoozeOptionsMin' = 'snoozeOptionsMin'> extends RowBase<F> {
  kind: 'list';
  min: number;
  max: number;
  minCount: number;
  maxCount: number;
  /** The values offered as checkboxes (plus any other stored one). */
  choices: readonly number[];
  /** Core's message ({{count}}, {{min}}, {{max}}), and the form's when none is ticked. */
  problem: SettingsKey;
  empty: SettingsKey;
}

/** Validated and repaired by its own check in core, edited by its own component; default and place from here. */
export interface CustomRow<
  F extends 'workingHours' | 'shortcuts' = 'workingHours' | 'shortcuts',
> extends RowBase<F> {
  kind: 'custom';
}

type ChoiceField = ChoiceRow['field'];
/** Any row; each choice row with its own options (a union per field, not one row over all options). */
export type SettingRow =
  BooleanRow | IntegerRow | { [F in ChoiceField]: ChoiceRow<F> }[ChoiceField] | ListRow | CustomRow;

const officeDay = () => [{ start: '09:00', end: '17:30' }];

/**
 * On by default, 09:00–17:30 Monday to Friday, weekends free (health-evidence.md part 2 (a), amended 2026-12-04;
 * issue 14): the first-run window shows it and lets the user change it. Settings saved before this default keep
 * what they stored (every save writes the whole working hours, `enabled` included).
 */
export const DEFAULT_WORKING_HOURS: Readonly<WorkingHours> = Object.freeze({
  enabled: true,
  days: Object.freeze({
    mon: officeDay(),
    tue: officeDay(),
    wed: officeDay(),
    thu: officeDay(),
    fri: officeDay(),
    sat: [],
    sun: [],
  }),
});

const boolean = <F extends BooleanField>(row: Omit<BooleanRow<F>, 'kind'>): BooleanRow<F> => ({
  kind: 'boolean',
  ...row,
});
const integer = <F extends IntegerField>(row: Omit<IntegerRow<F>, 'kind' | 'problems'>): IntegerRow<F> => ({
  kind: 'integer',
  problems: {
    notNumber: `settings:problems.${row.field}.notNumber`,
    range: `settings:problems.${row.field}.range`,
  },
  ...row,
});
const choice = <F extends ChoiceRow['field']>(row: Omit<ChoiceRow<F>, 'kind'>): ChoiceRow<F> => ({
  kind: 'choice',
  ...row,
});

/**
 * Every setting, in the order Settings shows them (and core checks them). Defaults from health-evidence.md part
 * 2 (a): 30 min threshold, 5 min away, snooze 5/10/15 with at most 2 in a row and 30 extra minutes, a 3-minute
 * break, a daily movement goal building towards 2 h.
 */
export const SETTING_ROWS = [
  boolean({
    field: 'remindersEnabled',
    section: 'reminders',
    id: 'reminders-enabled',
    default: true,
    label: 'settings:reminders.label',
    hint: 'settings:reminders.hint',
    problem: 'settings:problems.remindersEnabled',
    keepsFileAside: true,
  }),
  integer({
    field: 'sitThresholdMin',
    section: 'timing',
    id: 'sit-threshold',
    default: 30,
    min: 20,
    max: 60,
    unit: 'minutes',
    label: 'settings:sitThreshold.label',
    hint: 'settings:sitThreshold.hint',
    keepsFileAside: true,
  }),
  integer({
    field: 'awayThresholdMin',
    section: 'timing',
    id: 'away-threshold',
    default: 5,
    min: 2,
    max: 30,
    unit: 'minutes',
    label: 'settings:awayThreshold.label',
    hint: 'settings:awayThreshold.hint',
    keepsFileAside: true,
  }),
  integer({
    field: 'breakSuggestedMin',
    section: 'timing',
    id: 'break-length',
    default: 3,
    min: 2,
    max: 10,
    unit: 'minutes',
    label: 'settings:breakLength.label',
    hint: 'settings:breakLength.hint',
  }),
  choice({
    field: 'reminderStyle',
    section: 'timing',
    id: 'style',
    name: 'reminder-style',
    default: 'notification-and-window',
    options: ['notification-and-window', 'notification'] satisfies ReminderStyle[],
    optionLabels: {
      'notification-and-window': 'settings:style.window',
      notification: 'settings:style.notification',
    },
    label: 'settings:style.legend',
    hint: 'settings:style.hint',
    problem: 'settings:problems.reminderStyle',
  }),
  {
    kind: 'list',
    field: 'snoozeOptionsMin',
    section: 'snooze',
    id: 'snooze',
    default: [5, 10, 15],
    min: 1,
    max: 30,
    minCount: 1,
    maxCount: 3,
    choices: [5, 10, 15],
    label: 'settings:snoozeLengths.legend',
    hint: 'settings:snoozeLengths.hint',
    problem: 'settings:problems.snoozeOptions',
    empty: 'settings:snoozeLengths.atLeastOne',
    keepsFileAside: true,
  } satisfies ListRow,
  // 2 in a row is the evidence cap (part 2 (a)): users may only make it stricter; 0 means Snooze is never offered.
  integer({
    field: 'snoozeMaxInRow',
    section: 'snooze',
    group: 'snoozeLimit',
    id: 'snooze-in-row',
    default: 2,
    min: 0,
    max: 2,
    unit: 'count',
    label: 'settings:snoozeLimit.inRow.label',
    hint: 'settings:snoozeLimit.inRow.hint',
  }),
  // 30 extra minutes for all snoozes of one reminder is the evidence cap: users may only lower it.
  integer({
    field: 'snoozeMaxExtraMin',
    section: 'snooze',
    group: 'snoozeLimit',
    id: 'snooze-extra',
    default: 30,
    min: 5,
    max: 30,
    unit: 'minutes',
    label: 'settings:snoozeLimit.extra.label',
    hint: 'settings:snoozeLimit.extra.hint',
  }),
  boolean({
    field: 'soundEnabled',
    section: 'sound',
    id: 'sound-enabled',
    default: true,
    label: 'settings:sound.label',
    hint: 'settings:sound.hint',
    problem: 'settings:problems.soundEnabled',
  }),
  integer({
    field: 'soundVolume',
    section: 'sound',
    id: 'sound-volume',
    default: 60,
    min: 0,
    max: 100,
    unit: 'percent',
    control: 'slider',
    shownWhen: 'soundEnabled',
    label: 'settings:sound.volume',
    hint: 'settings:sound.volumeHint',
  }),
  boolean({
    field: 'movementGoalEnabled',
    section: 'movement',
    id: 'movement-goal',
    default: true,
    label: 'settings:goal.label',
    hint: 'settings:goal.hint',
    problem: 'settings:problems.movementGoalEnabled',
  }),
  // health-evidence.md part 2 (a): 1–4 h of standing and light activity a day, 2 h (F3) to begin with.
  integer({
    field: 'movementGoalMin',
    section: 'movement',
    id: 'movement-goal-min',
    default: 120,
    min: 60,
    max: 240,
    unit: 'minutes',
    shownWhen: 'movementGoalEnabled',
    label: 'settings:goal.minutes.label',
    hint: 'settings:goal.minutes.hint',
  }),
  boolean({
    field: 'postureResets',
    section: 'movement',
    id: 'posture-resets',
    default: false,
    label: 'settings:posture.label',
    hint: 'settings:posture.hint',
    problem: 'settings:problems.postureResets',
  }),
  boolean({
    field: 'holdForCamera',
    section: 'holds',
    id: 'holdForCamera',
    default: true,
    label: 'settings:holds.camera.label',
    hint: { byOs: 'settings:holds.camera' },
    problem: 'settings:problems.holdSource',
  }),
  boolean({
    field: 'holdForMicrophone',
    section: 'holds',
    id: 'holdForMicrophone',
    default: true,
    label: 'settings:holds.microphone.label',
    hint: { byOs: 'settings:holds.microphone' },
    problem: 'settings:problems.holdSource',
  }),
  boolean({
    field: 'holdForDnd',
    section: 'holds',
    id: 'holdForDnd',
    default: true,
    label: 'settings:holds.dnd.label',
    hint: { byOs: 'settings:holds.dnd' },
    problem: 'settings:problems.holdSource',
  }),
  boolean({
    field: 'holdForFullscreen',
    section: 'holds',
    id: 'holdForFullscreen',
    default: true,
    label: 'settings:holds.fullscreen.label',
    hint: { byOs: 'settings:holds.fullscreen' },
    problem: 'settings:problems.holdSource',
  }),
  {
    kind: 'custom',
    field: 'workingHours',
    section: 'hours',
    id: 'hours-enabled',
    default: DEFAULT_WORKING_HOURS,
    label: 'settings:hours.label',
    hint: 'settings:hours.hint',
  } satisfies CustomRow,
  boolean({
    field: 'startAtLogin',
    section: 'login',
    id: 'start-at-login',
    default: false,
    label: 'settings:login.label',
    hint: 'settings:login.hint',
    problem: 'settings:problems.startAtLogin',
  }),
  {
    kind: 'custom',
    field: 'shortcuts',
    section: 'shortcuts',
    id: 'shortcuts',
    default: Object.freeze({ snooze: null, startWalk: null, standing: null }),
    label: 'settings:shortcuts.title',
    hint: 'settings:shortcuts.hint',
  } satisfies CustomRow,
  choice({
    field: 'theme',
    section: 'appearance',
    id: 'theme',
    name: 'theme',
    default: 'system',
    options: ['system', 'light', 'dark'] satisfies Theme[],
    optionLabels: {
      system: 'settings:theme.system',
      light: 'settings:theme.light',
      dark: 'settings:theme.dark',
    },
    label: 'settings:theme.legend',
    hint: 'settings:theme.hint',
    problem: 'settings:problems.theme',
  }),
  choice({
    field: 'language',
    section: 'appearance',
    id: 'language',
    name: 'language',
    default: 'system',
    options: ['system', 'en', 'de'] satisfies LanguageSetting[],
    optionLabels: { system: 'settings:language.system', en: { ownName: 'en' }, de: { ownName: 'de' } },
    label: 'settings:language.legend',
    hint: 'settings:language.hint',
    problem: 'settings:problems.language',
  }),
] as const satisfies readonly SettingRow[];

// Every setting has exactly one row: a field of Settings without one fails to compile here.
type Listed = (typeof SETTING_ROWS)[number]['field'];
const everyFieldListed: Record<Exclude<keyof Settings, Listed>, never> = {};
void everyFieldListed;

export type RowOf<F extends keyof Settings> = Extract<(typeof SETTING_ROWS)[number], { field: F }>;

/** The row of one setting. */
export function settingRow<F extends keyof Settings>(field: F): RowOf<F> {
  return SETTING_ROWS.find((row) => row.field === field) as RowOf<F>;
}

/** The defaults of every setting (frozen where they are objects: copy before changing). */
export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(SETTING_ROWS.map((row) => [row.field, row.default])) as unknown as Settings,
);

/** Whether a row is of one kind (narrows its type). */
export const isKind = <K extends SettingRow['kind']>(
  row: SettingRow,
  kind: K,
): row is Extract<SettingRow, { kind: K }> => row.kind === kind;
