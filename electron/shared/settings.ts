// Settings DTO shared by main, core and renderer: the types live with the settings table (settings-fields.ts), one
// place per setting; this module names them for the many files that import settings types.
export type {
  HoldSetting,
  LanguageSetting,
  ReminderStyle,
  Settings,
  SettingsIssue,
  Shortcuts,
  Theme,
  TimeRange,
  Weekday,
  WorkingHours,
} from './settings-fields';
