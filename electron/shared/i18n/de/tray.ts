// German messages, namespace "tray": exactly the English keys (the type checks it). Formell ("Sie"), kurz, wie
// ein Menü es braucht. Begriffe: walk = Spaziergang, meeting = Besprechung, reminders = Erinnerungen, tray =
// Infobereich. See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/tray';

const de: Messages<typeof en> = {
  autostartComment: 'Bemerkt langes Sitzen und begleitet einen kurzen Spaziergang',
  tooltip: 'WalkBreak: {{status}}',
  status: {
    sitting_one: 'Sie sitzen seit {{count}} Min.',
    sitting_other: 'Sie sitzen seit {{count}} Min.',
    walking: 'Sie machen einen Spaziergang',
    away: 'Sie sind nicht am Platz (zählt als Pause)',
    locked_one: 'Sie saßen {{count}} Min., bevor der Bildschirm gesperrt wurde',
    locked_other: 'Sie saßen {{count}} Min., bevor der Bildschirm gesperrt wurde',
    remindersOff_one: 'Sie sitzen seit {{count}} Min. (Erinnerungen aus)',
    remindersOff_other: 'Sie sitzen seit {{count}} Min. (Erinnerungen aus)',
    meeting_one: 'Sie sitzen seit {{count}} Min. (in einer Besprechung)',
    meeting_other: 'Sie sitzen seit {{count}} Min. (in einer Besprechung)',
    meetingUntil_one: 'Sie sitzen seit {{count}} Min. (in einer Besprechung bis {{time}})',
    meetingUntil_other: 'Sie sitzen seit {{count}} Min. (in einer Besprechung bis {{time}})',
    paused_one: 'Sie sitzen seit {{count}} Min. (Erinnerungen pausiert)',
    paused_other: 'Sie sitzen seit {{count}} Min. (Erinnerungen pausiert)',
    pausedUntil_one: 'Sie sitzen seit {{count}} Min. (Erinnerungen pausiert bis {{time}})',
    pausedUntil_other: 'Sie sitzen seit {{count}} Min. (Erinnerungen pausiert bis {{time}})',
    outsideHours_one: 'Sie sitzen seit {{count}} Min. (außerhalb der Arbeitszeit)',
    standing_one: 'Stehend seit {{count}} Min. (Sitzzeit angehalten bei {{sitting}} Min.)',
    standing_other: 'Stehend seit {{count}} Min. (Sitzzeit angehalten bei {{sitting}} Min.)',
    outsideHours_other: 'Sie sitzen seit {{count}} Min. (außerhalb der Arbeitszeit)',
    heldCall: 'Wartet: Sie sind in einem Anruf',
    heldPresentation: 'Wartet: Sie präsentieren',
    heldDnd: 'Wartet: „Nicht stören“ ist an',
    heldLong: 'Pause lange überfällig: sie kommt, sobald Sie frei sind',
  },
  plan: {
    locked: 'Gehplan gesperrt: Bitte lassen Sie sich notfallmäßig untersuchen',
    lockedAdvice:
      'Falls noch nicht geschehen: Rufen Sie Ihre örtliche Notrufnummer an ({{emergencyNumbersShort}}) oder ' +
      'gehen Sie in die Notaufnahme',
    paused: 'Gehplan pausiert: Bitte gehen Sie zur Hausarztpraxis oder in die Physiotherapie',
  },
  menu: {
    nextDay: 'Wie geht es Ihrem Rücken nach dem letzten Spaziergang? Antworten …',
    startWalk: 'Jetzt einen Spaziergang beginnen',
    backToWalk: 'Zurück zu meinem Spaziergang',
    snooze: 'In {{minutes}} Min. erinnern',
    meetingOver: 'Meine Besprechung ist vorbei',
    resume: 'Erinnerungen fortsetzen (pausiert)',
    resumeUntil: 'Erinnerungen fortsetzen (pausiert bis {{time}})',
    meeting: 'In einer Besprechung',
    meeting30: 'Für 30 Minuten',
    meeting60: 'Für 1 Stunde',
    meeting90: 'Für 1½ Stunden',
    meetingOpen: 'Bis ich fortsetze',
    pauseTomorrow: 'Erinnerungen bis morgen pausieren',
    moved: 'Ich habe mich gerade bewegt',
    standing: 'Ich stehe',
    sitting: 'Ich sitze wieder',
    openMain: 'WalkBreak öffnen',
    settings: 'Einstellungen …',
    history: 'Verlauf …',
    desk: 'Arbeitsplatz prüfen …',
    help: 'Hilfe und Warnzeichen …',
    quit: 'WalkBreak beenden',
  },
};
export default de;
