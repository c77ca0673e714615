// German messages, namespace "welcome": exactly the English keys (the type checks it). Formell ("Sie"), freundlich
// und knapp. Begriffe: tray = Infobereich (Windows) / Menüleiste (macOS) / obere Leiste (GNOME) / Kontrollleiste
// (KDE); working hours = Arbeitszeiten. See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/welcome';

const de: Messages<typeof en> = {
  documentTitle: 'Willkommen – WalkBreak',
  title: 'Willkommen bei WalkBreak',
  intro:
    'WalkBreak bemerkt, wie lange Sie schon am Computer sitzen. Nach {{minutes}} Minuten bittet es Sie in einer Tipppause, für einen kurzen Spaziergang aufzustehen. Alles, was es dabei erfährt, bleibt auf diesem Computer.',
  tray: {
    title: 'Wo Sie WalkBreak finden',
    windows:
      'WalkBreak sitzt im Infobereich rechts in der Taskleiste. Windows blendet neue Symbole oft aus: Klicken Sie dort auf den Pfeil ^, um es zu sehen.',
    windowsPin:
      'Damit es sichtbar bleibt, ziehen Sie das Symbol von dort auf die Taskleiste, oder schalten Sie WalkBreak in den Taskleisteneinstellungen ein (Rechtsklick auf die Taskleiste, dann Taskleisteneinstellungen).',
    macos:
      'WalkBreak sitzt in der Menüleiste oben rechts auf dem Bildschirm. Es hat kein Symbol im Dock: Klicken Sie auf die gehende Figur in der Menüleiste, um das Menü zu öffnen.',
    ubuntu: 'WalkBreak sitzt rechts in der oberen Leiste. Klicken Sie auf das Symbol, um das Menü zu öffnen.',
    gnome:
      'WalkBreak sitzt rechts in der oberen Leiste, sobald GNOME Symbole im Infobereich zeigt. Dafür braucht es die Erweiterung „AppIndicator“ (auf extensions.gnome.org). Ohne sie bleibt das Symbol unsichtbar, die Erinnerungen kommen aber trotzdem.',
    kde: 'WalkBreak sitzt im Systemabschnitt rechts in der Kontrollleiste. Ist es dort nicht zu sehen, klicken Sie auf den kleinen Pfeil, um ausgeblendete Symbole zu zeigen.',
    other:
      'WalkBreak sitzt im Infobereich (System-Tray) der Kontrollleiste Ihrer Arbeitsumgebung. Klicken Sie auf das Symbol, um das Menü zu öffnen.',
    icon: 'Das Symbol wird orange, wenn eine Erinnerung näher rückt, und rot, wenn es Zeit ist, sich zu bewegen.',
  },
  hours: {
    title: 'Ihre Arbeitszeiten',
    intro:
      'Erinnerungen kommen nur während Ihrer Arbeitszeiten. Voreingestellt ist Montag bis Freitag, 09:00 bis 17:30 Uhr: Ändern Sie das hier oder später in den Einstellungen.',
    off: 'Aus: Erinnerungen zu jeder Tageszeit.',
    dayOff: 'keine Erinnerungen',
    change: 'Arbeitszeiten ändern',
  },
  desk: {
    title: 'Arbeitsplatz prüfen',
    body: 'Sieben kurze Fragen zu Bildschirm, Stuhl und Schreibtisch, etwa 2 Minuten, mit je einer einfachen Abhilfe für alles, was sich zu ändern lohnt.',
    start: 'Arbeitsplatz prüfen',
  },
  saved: 'Gespeichert.',
  done: 'Los geht’s',
  later:
    'Sie können all das später in den Einstellungen ändern. Dieses Fenster öffnet sich nicht noch einmal.',
};

export default de;
