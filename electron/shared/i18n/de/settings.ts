// German messages, namespace "settings": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/settings';

const de: Messages<typeof en> = {
  title: 'Einstellungen',
  documentTitle: 'Einstellungen – WalkBreak',
  idleUnreliable:
    'Ihre Arbeitsumgebung teilt WalkBreak nicht mit, wenn Sie sich von der Tastatur entfernen (das kommt unter Wayland vor). Pausen werden trotzdem erkannt, wenn Sie den Bildschirm sperren oder der Computer in den Ruhezustand geht; wählen Sie nach jeder anderen Pause „Ich habe mich gerade bewegt“ im Menü im Infobereich.',
  saved: 'Gespeichert.',
  undo: 'Rückgängig',
  undone: 'Änderung rückgängig gemacht.',
  backHome: '← Start',
  saveFailed:
    'Einige Einstellungen konnten nicht gespeichert werden. Bitte prüfen Sie die markierten Felder.',
  units: {
    minutes: 'Minuten',
  },
  number: {
    minutes: {
      empty: 'Geben Sie eine Minutenzahl von {{min}} bis {{max}} ein.',
      fraction: 'Verwenden Sie ganze Minuten, von {{min}} bis {{max}}.',
      range: 'Wählen Sie einen Wert von {{min}} bis {{max}} Minuten.',
    },
    count: {
      empty: 'Geben Sie eine Zahl von {{min}} bis {{max}} ein.',
      fraction: 'Verwenden Sie eine ganze Zahl von {{min}} bis {{max}}.',
      range: 'Wählen Sie eine Zahl von {{min}} bis {{max}}.',
    },
    percent: {
      empty: 'Wählen Sie eine Lautstärke von {{min}} bis {{max}} %.',
      fraction: 'Wählen Sie eine Lautstärke von {{min}} bis {{max}} %.',
      range: 'Wählen Sie eine Lautstärke von {{min}} bis {{max}} %.',
    },
  },
  reminders: {
    label: 'An das Aufstehen erinnern',
    hint: 'Wenn aus, zählt WalkBreak die Sitzzeit weiter, aber ohne Erinnerung.',
  },
  sitThreshold: {
    label: 'Sitzzeit bis zur Erinnerung',
    hint: '{{min}}–{{max}} Minuten. 30 ist ein guter Anfang.',
  },
  awayThreshold: {
    label: 'Abwesenheit, die als Pause zählt',
    hint: '{{min}}–{{max}} Minuten ohne Tastatur- oder Mausnutzung.',
  },
  breakLength: {
    label: 'Vorgeschlagene Pausenlänge',
    hint: '{{min}}–{{max}} Minuten. So lange dauert der Spaziergang, den die Erinnerung vorschlägt, und der kurze Spaziergang. 3 Minuten lockeres Gehen helfen schon; 5 sind noch besser.',
  },
  snoozeLengths: {
    legend: 'Zeiten für „Später erinnern“',
    hint: 'Diese Zeiten bietet die Erinnerung unter „Später“ an (1 bis 3 davon).',
    atLeastOne: 'Wählen Sie mindestens eine Zeit.',
  },
  snoozeLimit: {
    legend: 'Grenze für „Später“',
    hint: 'Nach etwa einer Stunde Sitzen hilft eine Pause weniger. Deshalb bietet die Erinnerung nach so vielen Verschiebungen in Folge oder so vielen zusätzlichen Minuten kein „Später“ mehr an (Überspringen bleibt möglich).',
    inRow: {
      label: 'Verschiebungen in Folge, höchstens',
      hint: '{{min}}–{{max}}. Bei 0 bietet die Erinnerung nie „Später“ an.',
    },
    extra: {
      label: 'Zusätzliche Zeit durch Verschieben, höchstens',
      hint: '{{min}}–{{max}} Minuten insgesamt pro Erinnerung.',
    },
  },
  style: {
    legend: 'So erscheint eine Erinnerung',
    window: 'Mitteilung und Fenster',
    notification: 'Nur Mitteilung',
    hint: 'Das kleine Fenster hat die Schaltflächen „Losgehen“ und „Später“; eine Mitteilung allein ist unauffälliger (ein Klick darauf öffnet das Fenster). Wo WalkBreak nicht erkennt, dass Sie telefonieren oder präsentieren (siehe „Anrufe und Präsentationen“), wählen Sie vorher „In einer Besprechung“ im Menü im Infobereich.',
  },
  sound: {
    label: 'Ton bei einer Erinnerung',
    hint: 'Ein sanfter Gong, wenn das Erinnerungsfenster erscheint. Bei „Nur Mitteilung“ erklingt stattdessen der Mitteilungston Ihres Systems.',
    volume: 'Lautstärke',
    volumeHint: '{{min}}–{{max}} %. Bei 0 ist es still.',
    test: 'Testton abspielen',
  },
  goal: {
    label: 'Tägliches Bewegungsziel',
    hint: 'Ein Ring auf der Startseite zählt jeden Tag Ihr Stehen, Ihre Spaziergänge und Pausen und steigt behutsam von dem aus, was Sie schon tun.',
    minutes: {
      label: 'Hinarbeiten auf',
      hint: '{{min}}–{{max}} Minuten am Tag Stehen und leichte Bewegung. 120 (2 Stunden) ist ein gutes erstes Ziel.',
    },
  },
  posture: {
    label: 'Haltungspausen',
    hint: 'Auf halbem Weg zu einer Erinnerung schlägt eine leise Benachrichtigung eine 20-Sekunden-Pause vor (Schultern sinken lassen, drei langsame Atemzüge, in die Ferne schauen). Nie während eines Anrufs, einer Präsentation, einer Pause oder außerhalb der Arbeitszeit.',
  },
  holds: {
    title: 'Anrufe und Präsentationen',
    intro:
      'Eine Erinnerung, die fällig wird, während Sie telefonieren, präsentieren oder „Nicht stören“ eingeschaltet haben, wartet und kommt spätestens eine Minute danach. WalkBreak sieht nur nach, wenn eine Erinnerung fällig ist. Was es liest, bleibt auf diesem Computer; der Verlauf speichert nur, wann eine Erinnerung zurückgehalten wurde.',
    camera: {
      label: 'Warten, solange eine Kamera benutzt wird',
      windows:
        'Liest die Datenschutzliste, in der Windows Apps führt, die gerade die Kamera benutzen (ConsentStore in der Registrierung). Welche App oder was auf dem Bildschirm ist, sieht es nicht.',
      linux: 'Sucht nach Ihren Programmen, die ein Kameragerät (/dev/video…) geöffnet haben.',
    },
    microphone: {
      label: 'Warten, solange ein Mikrofon benutzt wird',
      windows:
        'Liest die Datenschutzliste, in der Windows Apps führt, die gerade das Mikrofon benutzen (dieselbe wie das Mikrofonsymbol neben der Uhr). Ein stummgeschalteter Anruf zählt auch.',
      linux:
        'Fragt PulseAudio oder PipeWire (pactl), ob ein Programm von einem Mikrofon aufnimmt. Aufnahmen des Bildschirms oder der Tonausgabe zählen nicht.',
    },
    dnd: {
      label: 'Warten, solange „Nicht stören“ an ist',
      windows:
        'Liest, ob Benachrichtigungen in den Windows-Einstellungen ausgeschaltet sind. Fokussitzungen und automatische Fokusregeln lassen sich nicht lesen; der Schalter für Vollbild und Präsentationen unten deckt Vollbild-Apps ab.',
      linux:
        'Liest den „Nicht stören“-Schalter von GNOME (gsettings) und von KDE Plasma (über D-Bus). Andere Desktops: nichts.',
    },
    fullscreen: {
      label: 'Warten, solange eine App im Vollbild ist oder präsentiert',
      windows:
        'Fragt Windows, ob eine Vollbild-App, ein Spiel oder der Präsentationsmodus läuft (über PowerShell, etwa eine Sekunde).',
      linux:
        'Liest, ob das aktive Fenster im Vollbild ist (xprop). Nur X11: Wayland-Desktops verraten das anderen Apps nicht.',
    },
    macos:
      'macOS lässt WalkBreak Kamera, Mikrofon, Fokus und Vollbildfenster anderer Apps nicht ohne zusätzliche Berechtigungen sehen, deshalb kann hier auf einem Mac nichts wirken. Wählen Sie vor einem Anruf oder einer Präsentation „In einer Besprechung“ in der Menüleiste.',
  },
  hours: {
    title: 'Arbeitszeiten',
    label: 'Nur während der Arbeitszeiten erinnern',
    hint: 'Sitzen außerhalb dieser Zeiten wird weiter in Ihrem Verlauf gezählt, führt aber nie zu einer Erinnerung. Die erste Erinnerung des Tages kommt erst, wenn Sie nach Arbeitsbeginn die volle Zeit gesessen haben.',
    overnight:
      'Ein Zeitraum, der vor seinem Beginn endet, läuft über Mitternacht, zum Beispiel 22:00–02:00. In den letzten 5 Minuten vor dem Ende eines Zeitraums kommt keine Erinnerung: Mittagessen oder Feierabend sind Ihre Pause.',
    noReminders: 'Keine Erinnerungen',
    starts: '{{day}}, Zeitraum {{n}}, Beginn',
    ends: '{{day}}, Zeitraum {{n}}, Ende',
    nextDay: 'am nächsten Tag',
    remove: 'Entfernen',
    removeLabel: '{{day}}, Zeitraum {{n}} entfernen',
    add: 'Zeitraum hinzufügen',
    addLabel: '{{day}}: Zeitraum hinzufügen',
    copyWeekdays: 'Montag auf Dienstag–Freitag übertragen',
    checkBelow: 'Prüfen Sie die unten markierten Arbeitszeiten.',
  },
  login: {
    label: 'WalkBreak bei der Anmeldung starten',
    hint: 'WalkBreak wartet still im Infobereich; es bemerkt Sitzzeit nur, solange es läuft.',
  },
  shortcuts: {
    title: 'Tastenkürzel',
    hint: 'Funktionieren in jeder App. Klicken Sie in ein Feld und drücken Sie die Tasten, zum Beispiel Strg+Alt+W. Die Rücktaste löscht ein Kürzel (aus), Escape bricht ab. Sie können eines auch eintippen, etwa CommandOrControl+Shift+W.',
    snooze: 'Erinnerung verschieben',
    startWalk: 'Spaziergang starten',
    off: 'Aus',
    clearSnooze: 'Tastenkürzel zum Verschieben löschen',
    clearStartWalk: 'Tastenkürzel zum Starten eines Spaziergangs löschen',
    clear: 'Löschen',
    standing: 'Ich stehe / sitze wieder',
    clearStanding: 'Tastenkürzel für „Ich stehe“ löschen',
  },
  theme: {
    legend: 'Darstellung',
    system: 'Wie das System',
    light: 'Hell',
    dark: 'Dunkel',
    hint: 'Helle oder dunkle Fenster, oder wie Ihr System.',
  },
  language: {
    legend: 'Sprache',
    system: 'Systemsprache',
    hint: '„Systemsprache“ verwendet die Sprache Ihres Systems, wenn WalkBreak sie spricht, sonst Englisch.',
  },
  problems: {
    sitThresholdMin: {
      notNumber: 'Die Sitzzeit bis zur Erinnerung muss eine Minutenzahl zwischen {{min}} und {{max}} sein.',
      range: 'Die Sitzzeit bis zur Erinnerung muss eine ganze Minutenzahl von {{min}} bis {{max}} sein.',
    },
    awayThresholdMin: {
      notNumber: 'Die Abwesenheit muss eine Minutenzahl zwischen {{min}} und {{max}} sein.',
      range: 'Die Abwesenheit muss eine ganze Minutenzahl von {{min}} bis {{max}} sein.',
    },
    breakSuggestedMin: {
      notNumber: 'Die vorgeschlagene Pause muss eine Minutenzahl zwischen {{min}} und {{max}} sein.',
      range: 'Die vorgeschlagene Pause muss eine ganze Minutenzahl von {{min}} bis {{max}} sein.',
    },
    soundVolume: {
      notNumber: 'Die Lautstärke muss eine Prozentzahl zwischen {{min}} und {{max}} sein.',
      range: 'Die Lautstärke muss eine ganze Prozentzahl von {{min}} bis {{max}} sein.',
    },
    snoozeMaxInRow: {
      notNumber: 'Die Verschiebungen in Folge müssen eine Zahl zwischen {{min}} und {{max}} sein.',
      range: 'Die Verschiebungen in Folge müssen eine ganze Zahl von {{min}} bis {{max}} sein.',
    },
    movementGoalMin: {
      notNumber: 'Das Bewegungsziel muss eine Zahl von Minuten zwischen {{min}} und {{max}} sein.',
      range: 'Das Bewegungsziel muss eine ganze Zahl von Minuten von {{min}} bis {{max}} sein.',
    },
    postureResets: 'Haltungspausen müssen ein- oder ausgeschaltet sein.',
    movementGoalEnabled: 'Das Bewegungsziel muss ein- oder ausgeschaltet sein.',
    snoozeMaxExtraMin: {
      notNumber:
        'Die zusätzliche Zeit durch Verschieben muss eine Minutenzahl zwischen {{min}} und {{max}} sein.',
      range:
        'Die zusätzliche Zeit durch Verschieben muss eine ganze Minutenzahl von {{min}} bis {{max}} sein.',
    },
    snoozeOptions:
      'Die Zeiten für „Später“ müssen 1 bis {{count}} verschiedene ganze Minutenzahlen von {{min}} bis {{max}} sein.',
    holdSource: 'Jedes Signal für Anrufe und Präsentationen muss ein- oder ausgeschaltet sein.',
    soundEnabled: 'Der Ton muss ein- oder ausgeschaltet sein.',
    remindersEnabled: 'Erinnerungen müssen ein- oder ausgeschaltet sein.',
    startAtLogin: 'Der Start bei der Anmeldung muss ein- oder ausgeschaltet sein.',
    reminderStyle: 'Die Art der Erinnerung muss „notification“ oder „notification-and-window“ sein.',
    theme: 'Die Darstellung muss „system“, „light“ oder „dark“ sein.',
    language: 'Die Sprache muss „system“, „en“ oder „de“ sein.',
    shortcutsShape: 'Tastenkürzel müssen gesetzt oder ausgeschaltet sein.',
    shortcutUnknown: 'Unbekanntes Tastenkürzel.',
    shortcutNotText: 'Tastenkürzel müssen Text sein.',
    shortcutForm:
      'Verwenden Sie eine oder mehrere der Tasten Strg, Alt, Umschalt oder Super mit einer weiteren Taste, zum Beispiel Strg+Alt+W.',
    shortcutModifierTwice: 'Verwenden Sie jede Zusatztaste nur einmal.',
    shortcutsSameStanding: '„Ich stehe“ braucht ein eigenes Tastenkürzel.',
    shortcutsSame: 'Verschieben und Spaziergang starten brauchen verschiedene Tastenkürzel.',
    hoursShape: 'Arbeitszeiten müssen ein- oder ausgeschaltet sein und Zeiträume je Tag haben.',
    hoursEnabled: 'Arbeitszeiten müssen ein- oder ausgeschaltet sein.',
    hoursDays: 'Arbeitszeiten brauchen Zeiträume für jeden Wochentag.',
    hoursUnknownDay: 'Die Arbeitszeiten enthalten einen unbekannten Tag.',
    hoursDayList: 'Arbeitszeiten brauchen für jeden Tag eine Liste mit Beginn- und Endzeiten.',
    tooManyRanges: 'Verwenden Sie höchstens {{max}} Zeiträume pro Tag.',
    timeFormat: 'Geben Sie Zeiten als Stunden und Minuten ein, zum Beispiel 09:00.',
    emptyRange: 'Ein Zeitraum muss zu einer anderen Zeit enden, als er beginnt.',
    overlap: 'Zeiträume am selben Tag dürfen sich nicht überschneiden.',
  },
  repair: {
    title: 'WalkBreak hat einige Einstellungen korrigiert',
    body: '{{problems}} Stattdessen wird der nächste erlaubte Wert verwendet; alles andere wurde beibehalten. Sie können das in den Einstellungen ändern.',
  },
};
export default de;
