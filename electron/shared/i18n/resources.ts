// Every namespace in every language, for main and tests (the renderer registers namespaces as its views load
// them, see renderer/src/lib/i18n.svelte.ts). Adding a namespace: en/<ns>.ts, de/<ns>.ts, one line in each map
// below, and renderer/src/i18n/<ns>.ts for the views that show it. See docs/i18n.md.
import enBreak from './en/break';
import enCommon from './en/common';
import enContent from './en/content';
import enDesk from './en/desk';
import enHelp from './en/help';
import enHistory from './en/history';
import enHome from './en/home';
import enNotices from './en/notices';
import enReminder from './en/reminder';
import enSettings from './en/settings';
import enTray from './en/tray';
import enWelcome from './en/welcome';
import deBreak from './de/break';
import deCommon from './de/common';
import deContent from './de/content';
import deDesk from './de/desk';
import deHelp from './de/help';
import deHistory from './de/history';
import deHome from './de/home';
import deNotices from './de/notices';
import deReminder from './de/reminder';
import deSettings from './de/settings';
import deTray from './de/tray';
import deWelcome from './de/welcome';

const en = {
  common: enCommon,
  reminder: enReminder,
  home: enHome,
  settings: enSettings,
  break: enBreak,
  content: enContent,
  desk: enDesk,
  help: enHelp,
  history: enHistory,
  tray: enTray,
  notices: enNotices,
  welcome: enWelcome,
};

/** The English messages' shape: every language has exactly these namespaces and keys. */
export type Resources = typeof en;
export type Namespace = keyof Resources;

const de: Resources = {
  common: deCommon,
  reminder: deReminder,
  home: deHome,
  settings: deSettings,
  break: deBreak,
  content: deContent,
  desk: deDesk,
  help: deHelp,
  history: deHistory,
  tray: deTray,
  notices: deNotices,
  welcome: deWelcome,
};

export const RESOURCES = { en, de } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}
