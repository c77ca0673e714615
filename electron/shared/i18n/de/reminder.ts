// German messages, namespace "reminder": exactly the English keys (the type checks it). Ruhig, ohne Schuld oder
// Angst, wie die englische Vorlage. See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/reminder';

const de: Messages<typeof en> = {
  title_one: 'Zeit aufzustehen: {{count}} Minute im Sitzen',
  title_other: 'Zeit aufzustehen: {{count}} Minuten im Sitzen',
  body_one: 'Ein Spaziergang von {{count}} Minute ist ideal; 5 sind noch besser.',
  body_other: 'Ein Spaziergang von {{count}} Minuten ist ideal; 5 sind noch besser.',
  bodyLonger_one: 'Ein Spaziergang von {{count}} Minute ist ideal.',
  bodyLonger_other: 'Ein Spaziergang von {{count}} Minuten ist ideal.',
  firmTitleHour: 'Sie sitzen seit etwa einer Stunde',
  firmTitle_one: 'Sie sitzen seit {{count}} Minute',
  firmTitle_other: 'Sie sitzen seit {{count}} Minuten',
  firmBody:
    'Zeit, aufzustehen und ein paar Minuten zu gehen. Ihr Rücken wird es Ihnen danken. Schon 2 Minuten zählen.',
  bodyPlanPaused:
    'Zeit, aufzustehen und sich ein paar Minuten sanft zu bewegen. Ihr Gehplan ist pausiert, bis eine medizinische ' +
    'Fachperson Sie untersucht hat; Bewegung im Alltag tut weiterhin gut.',
  window: {
    documentTitle: 'WalkBreak-Erinnerung',
    startWalk: 'Losgehen',
    skip: 'Überspringen',
    snooze: 'Später',
    snoozeFor: 'In {{count}} Min. erinnern',
    none: 'Gerade keine Erinnerung',
    noneBody: 'Alles erledigt. Dieses Fenster kann geschlossen werden.',
  },
};
export default de;
