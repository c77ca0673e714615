// German messages, namespace "notices": exactly the English keys (the type checks it). Formell ("Sie"), ruhig;
// es geht nichts verloren, das soll klar ankommen. Begriffe: walking programme = Gehplan, sitting timer =
// Sitzzeit-Messung, shortcut = Tastenkürzel. See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/notices';

const de: Messages<typeof en> = {
  readFailed: {
    title: 'WalkBreak konnte einige gespeicherte Daten nicht lesen',
    recovered: {
      settings:
        'Ihre Einstellungen: Die Datei war beschädigt; alles, was sich noch lesen ließ, wurde übernommen.',
      tracker:
        'Die Sitzzeit-Messung: Die Datei war beschädigt; alles, was sich noch lesen ließ, wurde übernommen.',
      programme: 'Ihr Gehplan: Die Datei war beschädigt; alles, was sich noch lesen ließ, wurde übernommen.',
      desk: 'Ihre Arbeitsplatzprüfung: Die Datei war beschädigt; alles Lesbare wurde übernommen.',
      welcome:
        'Der Vermerk, dass Sie die Begrüßung gesehen haben: Die Datei war beschädigt; die Begrüßung erscheint nicht noch einmal.',
    },
    restarted: {
      settings:
        'Ihre Einstellungen: Die Datei ließ sich nicht lesen; es gelten wieder die Standardeinstellungen.',
      tracker: 'Die Sitzzeit-Messung: Die Datei ließ sich nicht lesen; die Messung beginnt neu.',
      programme: 'Ihr Gehplan: Die Datei ließ sich nicht lesen; der Plan beginnt von vorn.',
      desk: 'Ihre Arbeitsplatzprüfung: Die Datei war nicht lesbar, daher wird die Prüfung erneut angeboten.',
      welcome:
        'Der Vermerk, dass Sie die Begrüßung gesehen haben: Die Datei ließ sich nicht lesen; die Begrüßung erscheint nicht noch einmal.',
    },
    newer: {
      settings:
        'Ihre Einstellungen wurden von einer neueren WalkBreak-Version gespeichert; diese Version nutzt die Standardeinstellungen und überschreibt sie nicht.',
      tracker:
        'Die Sitzzeit-Messung wurde von einer neueren WalkBreak-Version gespeichert; diese Version beginnt sie neu und überschreibt sie nicht.',
      programme:
        'Ihr Gehplan wurde von einer neueren WalkBreak-Version gespeichert; diese Version ändert ihn nicht. Aktualisieren Sie WalkBreak, um ihn fortzusetzen.',
      desk: 'Ihre Arbeitsplatzprüfung wurde von einer neueren WalkBreak-Version gespeichert; diese Version überschreibt sie nicht.',
      welcome:
        'Der Vermerk, dass Sie die Begrüßung gesehen haben, wurde von einer neueren WalkBreak-Version gespeichert; diese Version überschreibt ihn nicht.',
    },
    unreadable:
      'Die Datei ließ sich nicht öffnen; Änderungen werden deshalb vorerst nur im Arbeitsspeicher gehalten.',
    keptBeside: 'Die beschädigte Datei wurde neben der neuen aufbewahrt.',
    memoryOnly:
      'Die beschädigte Datei ließ sich nicht verschieben; Änderungen werden deshalb vorerst nur im Arbeitsspeicher gehalten.',
    details: 'Einzelheiten stehen in logs/main.log.',
  },
  saveFailed: {
    title: 'WalkBreak kann gerade nicht speichern',
    refused: 'WalkBreak darf in seinem Datenordner nicht schreiben: {{folder}}.',
    body: {
      settings:
        'Ihre Einstellungen konnten nicht gespeichert werden ({{code}}: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
      tracker:
        'Die Sitzzeit-Messung konnte nicht gespeichert werden ({{code}}: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
      programme:
        'Ihr Gehplan konnte nicht gespeichert werden ({{code}}: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
      desk: 'Ihre Arbeitsplatzprüfung konnte nicht gespeichert werden ({{code}}: Ist der Datenträger voll?). Nichts geht verloren: WalkBreak behält Ihre Antworten und versucht es erneut.',
      history:
        'Ihr Verlauf konnte nicht gespeichert werden ({{code}}: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
      other:
        'Das Speichern ist fehlgeschlagen ({{code}}: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
    },
  },
  savingAgain: {
    title: 'WalkBreak speichert wieder',
    body: 'Alles Ausstehende wurde gespeichert.',
  },
  nextDay: {
    title: 'Wie geht es Ihrem Rücken heute?',
    body: 'Zwei kurze Fragen zum gestrigen Spaziergang helfen WalkBreak, den nächsten zu planen. Zum Beantworten klicken.',
    body48h:
      'Ihrem Rücken ging es nach dem Spaziergang vor zwei Tagen schlechter. Zwei kurze Fragen, wie es ihm jetzt geht. Zum Beantworten klicken.',
  },
  startFailed: {
    title: 'WalkBreak konnte nicht starten',
    body: 'Beim Starten ist ein Fehler aufgetreten: {{error}}. Bitte starten Sie WalkBreak erneut; wenn das wieder passiert, hilft meist eine Neuinstallation.',
    bodyWithLog:
      'Beim Starten ist ein Fehler aufgetreten: {{error}}. Bitte starten Sie WalkBreak erneut; wenn das wieder passiert, hilft meist eine Neuinstallation. Einzelheiten stehen in {{log}}.',
  },
  shortcut: {
    title: 'Ein Tastenkürzel von WalkBreak ist nicht verfügbar',
    body: '{{problems}} Sie können in den Einstellungen ein anderes wählen.',
    wayland: {
      snooze:
        '{{accelerator}} ließ sich nicht für „Später“ festlegen: Unter Wayland entscheidet die Arbeitsumgebung über globale Tastenkürzel und hat dieses nicht erlaubt (GNOME fragt zuerst um Ihre Erlaubnis; manche Arbeitsumgebungen bieten gar keine globalen Tastenkürzel an).',
      startWalk:
        '{{accelerator}} ließ sich nicht für „Spaziergang beginnen“ festlegen: Unter Wayland entscheidet die Arbeitsumgebung über globale Tastenkürzel und hat dieses nicht erlaubt (GNOME fragt zuerst um Ihre Erlaubnis; manche Arbeitsumgebungen bieten gar keine globalen Tastenkürzel an).',
      standing:
        '{{accelerator}} ließ sich nicht für „Ich stehe“ festlegen: Unter Wayland entscheidet die Arbeitsumgebung über globale Tastenkürzel und hat dieses nicht erlaubt (GNOME fragt zuerst um Ihre Erlaubnis; manche Arbeitsumgebungen bieten gar keine globalen Tastenkürzel an).',
    },
    taken: {
      snooze:
        '{{accelerator}} ließ sich nicht für „Später“ festlegen: Eine andere App verwendet es möglicherweise bereits. Wählen Sie ein anderes.',
      startWalk:
        '{{accelerator}} ließ sich nicht für „Spaziergang beginnen“ festlegen: Eine andere App verwendet es möglicherweise bereits. Wählen Sie ein anderes.',
      standing:
        '{{accelerator}} ließ sich nicht für „Ich stehe“ festlegen: Eine andere App verwendet es möglicherweise bereits. Wählen Sie ein anderes.',
    },
  },
  timeUp: {
    title: {
      move: 'Die Zeit ist um: als Nächstes die nächste Übung',
      walk: 'Die Zeit ist um: als Nächstes der Spaziergang',
      coolDown: 'Die Zeit ist um: als Nächstes das Dehnen',
      questions: 'Die Zeit ist um: als Nächstes ein paar Fragen zu Ihrem Spaziergang',
      finish: 'Die Zeit ist um: Ihr kurzer Spaziergang ist geschafft',
    },
    body: 'Klicken Sie hier, um zu WalkBreak zurückzukehren.',
  },
};
export default de;
