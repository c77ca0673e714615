// German messages, namespace "history": exactly the English keys (the type checks it). See docs/i18n.md.
// Terms: walk = Spaziergang, walking plan = Gehplan (Gehprogramm on the clinician page), level = Stufe.
import type { Messages } from '../messages';
import type en from '../en/history';

const de: Messages<typeof en> = {
  documentTitle: 'WalkBreak – Verlauf',
  title: 'Verlauf',
  backHome: '← Start',
  loading: 'Ihr Verlauf wird geladen …',
  insightsTitle: 'Beobachtungen',
  trendsTitle: 'Entwicklung',
  period: 'Zeitraum',
  ranges: {
    week: 'Letzte 7 Tage',
    month: 'Letzte 30 Tage',
  },
  time: {
    minutes: '{{minutes}} Min.',
    hours: '{{hours}} Std.',
    hoursMinutes: '{{hours}} Std. {{minutes}} Min.',
  },
  level: {
    name: 'Stufe {{level}}',
    short: 'S{{level}}',
  },
  charts: {
    sitting: 'Sitzen pro Tag',
    standing: 'Stehen am Schreibtisch pro Tag',
    moving: 'Stehen und Bewegung pro Tag (tägliches Bewegungsziel)',
    breaks: 'Pausen pro Tag',
    breaksValue_one: '{{count}} Pause',
    breaksValue_other: '{{count}} Pausen',
    walkMinutes: 'Gehminuten pro Tag',
    empty_one: 'An diesem {{count}} Tag wurde nichts aufgezeichnet.',
    empty_other: 'In diesen {{count}} Tagen wurde nichts aufgezeichnet.',
    summary_one: 'Höchstwert {{max}} am {{day}}; im Durchschnitt {{average}} an {{count}} Tag mit Werten.',
    summary_other:
      'Höchstwert {{max}} am {{day}}; im Durchschnitt {{average}} an den {{count}} Tagen mit Werten.',
    showTable: 'Als Tabelle anzeigen',
    day: 'Tag',
  },
  goalDays_one: 'Das Bewegungsziel des Tages wurde an {{met}} von {{count}} Tag erreicht.',
  goalDays_other: 'Das Bewegungsziel des Tages wurde an {{met}} von {{count}} Tagen erreicht.',
  pain: {
    title: 'Schmerz vor und nach jedem Spaziergang',
    none: 'In diesen Tagen gibt es keine Spaziergänge mit Schmerzwerten.',
    summary_one: 'Nach {{same}} von {{count}} Spaziergang war der Schmerz gleich oder geringer als vorher.',
    summary_other:
      'Nach {{same}} von {{count}} Spaziergängen war der Schmerz gleich oder geringer als vorher.',
    legendBefore: 'vorher',
    legendAfter: 'nachher',
    walk: 'Spaziergang',
    before: 'Vorher',
    after: 'Nachher',
  },
  levels: {
    title: 'Stufe im Gehplan',
    notStarted: 'In diesen Tagen hatte der Gehplan noch nicht begonnen.',
    throughout: 'Durchgehend Stufe {{level}}.',
    change: 'Von Stufe {{from}} auf Stufe {{to}}.',
    column: 'Stufe',
  },
  today: {
    title: 'Heute',
    sitting: 'Bisher gesessen',
    standing: 'Bisher gestanden',
    longest: 'Längste Sitzphase',
    breaks: 'Pausen',
    walks: 'Spaziergänge',
    plan: 'Gehplan',
    planNotStarted: 'Nicht begonnen',
    planPaused: 'Stufe {{level}} (pausiert)',
    nextWalk: 'Nächster Spaziergang',
  },
  log: {
    title: 'Spaziergänge',
    outcome: 'Ergebnis',
    all: 'Alle Spaziergänge',
    count_one: '{{count}} Spaziergang',
    count_other: '{{count}} Spaziergänge',
    countWithOutcome_one: '{{count}} Spaziergang mit dem Ergebnis „{{outcome}}“',
    countWithOutcome_other: '{{count}} Spaziergänge mit dem Ergebnis „{{outcome}}“',
    when: 'Wann',
    walked: 'Gegangen',
    painBefore: 'Schmerz vorher',
    painAfter: 'Nachher',
    peak: 'Höchstwert',
    notStarted: 'Nicht begonnen',
    walkedOf: '{{walked}} von {{planned}} Min.',
    nextDay: 'Am nächsten Tag: Schmerz {{pains}}.',
    then: ', dann ',
  },
  outcomes: {
    continue: 'Gut vertragen',
    hold: 'Stufe halten',
    'step-back': 'Eine Stufe zurück',
    'see-clinician': 'Ärztlich abklären',
    urgent: 'Dringend ärztliche Hilfe',
  },
  data: {
    title: 'Ihre Daten',
    export: 'Exportieren',
    events: 'Ereignisse ({{format}})',
    summaries: 'Tageszusammenfassungen ({{format}})',
    saved: '{{what}} gespeichert als {{fileName}}.',
    notSaved: '{{what}} nicht gespeichert.',
    clinicianTitle: 'Für Ihre Physiotherapie oder Hausarztpraxis',
    clinicianButton: 'Zusammenfassung für die Praxis speichern',
    clinicianName: 'Zusammenfassung für die Praxis',
    clinicianHint: 'Die letzten 6 Wochen auf einer druckbaren Seite.',
    import: 'Importieren',
    importButton: 'Ereignis-Export (JSON) importieren …',
    importLabel: 'Ereignis-Export zum Importieren',
    importHint: 'Einträge, die schon in Ihrem Verlauf sind, werden übersprungen.',
    nothingNew_one: 'Nichts Neues in {{fileName}}: {{count, number}} Eintrag war bereits in Ihrem Verlauf.',
    nothingNew_other:
      'Nichts Neues in {{fileName}}: Alle {{count, number}} Einträge waren schon in Ihrem Verlauf.',
    imported_one: '{{count, number}} neuer Eintrag aus {{fileName}} importiert.',
    imported_other: '{{count, number}} neue Einträge aus {{fileName}} importiert.',
    importedSomeKnown_one:
      '{{count, number}} neuer Eintrag aus {{fileName}} importiert ({{duplicates}} schon vorhanden).',
    importedSomeKnown_other:
      '{{count, number}} neue Einträge aus {{fileName}} importiert ({{duplicates}} schon vorhanden).',
    checking: 'Datei wird geprüft … {{percent}} %',
    importing: 'Wird importiert … {{percent}} %',
    cancelImport: 'Import abbrechen',
    cancelling: 'Der Import wird nach dem Teil beendet, der gerade gespeichert wird …',
    cancelledNothing: 'Import von {{fileName}} abgebrochen. Es wurde nichts hinzugefügt.',
    cancelledKept_one:
      'Import von {{fileName}} abgebrochen. Der {{count, number}} bereits hinzugefügte neue Eintrag bleibt erhalten (jeder Teil wird vollständig gespeichert); {{remaining}} Einträge wurden nicht importiert. Importieren Sie die Datei erneut, um sie hinzuzufügen: Nichts wird doppelt übernommen.',
    cancelledKept_other:
      'Import von {{fileName}} abgebrochen. Die {{count, number}} bereits hinzugefügten neuen Einträge bleiben erhalten (jeder Teil wird vollständig gespeichert); {{remaining}} Einträge wurden nicht importiert. Importieren Sie die Datei erneut, um sie hinzuzufügen: Nichts wird doppelt übernommen.',
    delete: 'Löschen',
    day: 'Tag',
    deleteDay: 'Diesen Tag löschen …',
    deleteAll: 'Gesamten Verlauf löschen …',
    confirmDay: 'Alles löschen, was am {{day}} aufgezeichnet wurde? Das lässt sich nicht rückgängig machen.',
    confirmAll:
      'Ihren gesamten WalkBreak-Verlauf löschen? Das lässt sich nicht rückgängig machen. Exportieren Sie ihn vorher, falls Sie ihn später noch brauchen könnten.',
    confirmDayButton: 'Diesen Tag löschen',
    confirmAllButton: 'Gesamten Verlauf löschen',
    deletedDay_one: '{{day}} gelöscht ({{count, number}} Eintrag).',
    deletedDay_other: '{{day}} gelöscht ({{count, number}} Einträge).',
    deletedAll_one: 'Gesamter Verlauf gelöscht ({{count, number}} Eintrag).',
    deletedAll_other: 'Gesamter Verlauf gelöscht ({{count, number}} Einträge).',
  },
  insights: {
    remindedHours_one:
      'Sie haben heute in {{answered}} von {{count}} Stunde mit Erinnerung eine Pause gemacht.',
    remindedHours_other:
      'Sie haben heute in {{answered}} von {{count}} Stunden mit Erinnerung eine Pause gemacht.',
    painAfterWalks:
      'Bei Ihren letzten {{walks}} Spaziergängen war der Schmerz danach gleich oder geringer als vorher ({{span}}).',
    spanDays_one: '{{count}} Tag',
    spanDays_other: '{{count}} Tage',
    spanWeeks_one: '{{count}} Woche',
    spanWeeks_other: '{{count}} Wochen',
    walkStreak: 'Sie sind an {{days}} Tagen in Folge spazieren gegangen.',
    sittingSame:
      'Sie haben diese Woche im Durchschnitt {{average}} am Tag gesessen, etwa so viel wie in der Woche davor.',
    sittingLess:
      'Sie haben diese Woche im Durchschnitt {{average}} am Tag gesessen, {{difference}} weniger als in der Woche davor.',
    sittingMore:
      'Sie haben diese Woche im Durchschnitt {{average}} am Tag gesessen, {{difference}} mehr als in der Woche davor.',
    breakStreak: 'Sie haben an {{days}} Tagen in Folge Pausen gemacht.',
  },
  problems: {
    folder: 'Der Verlaufsordner konnte nicht gelesen werden ({{detail}}).',
    summaries: 'Die Zusammenfassungen für {{month}} konnten nicht gelesen werden ({{detail}}).',
    month: 'Der Verlauf für {{month}} konnte nicht gelesen werden ({{detail}}).',
    skipped_one: '{{count, number}} unlesbare Zeile in {{month}} übersprungen.',
    skipped_other: '{{count, number}} unlesbare Zeilen in {{month}} übersprungen.',
    pending_one:
      '{{count, number}} neues Ereignis ist noch nicht gespeichert (in den Verlaufsordner kann nicht geschrieben werden); WalkBreak versucht es weiter.',
    pending_other:
      '{{count, number}} neue Ereignisse sind noch nicht gespeichert (in den Verlaufsordner kann nicht geschrieben werden); WalkBreak versucht es weiter.',
  },
  importRejected: {
    message: '{{reason}} Es wurde nichts importiert.',
    tooLarge: 'Diese Datei ist zu groß für einen WalkBreak-Export.',
    notJson:
      'Diese Datei ist kein WalkBreak-Export: Sie enthält kein gültiges JSON (ist es vielleicht der CSV-Export?).',
    summaries:
      'Das ist ein Export der Tageszusammenfassungen; importieren lässt sich nur ein Ereignis-Export (JSON).',
    notExport: 'Diese Datei ist kein Export eines WalkBreak-Verlaufs.',
    newer:
      'Dieser Export stammt aus einer neueren WalkBreak-Version; aktualisieren Sie WalkBreak, um ihn zu importieren.',
    noEvents: 'Dieser Export enthält keine Liste von Ereignissen.',
    badRecord: 'Eintrag {{number}} ist kein gültiges Ereignis ({{detail}}).',
    busy: 'Es läuft noch ein anderer Import; warten Sie, bis er fertig ist, oder brechen Sie ihn ab.',
  },
  clinician: {
    fileName: 'walkbreak-zusammenfassung-{{date}}',
    title: 'WalkBreak: Zusammenfassung für Ärztin/Arzt oder Physiotherapie',
    period_one:
      '{{from}} bis {{to}} ({{count}} Woche). Aufgezeichnet mit der WalkBreak-App des Patienten bzw. der Patientin; Schmerzen selbst eingeschätzt auf einer Skala von 0 bis 10.',
    period_other:
      '{{from}} bis {{to}} ({{count}} Wochen). Aufgezeichnet mit der WalkBreak-App des Patienten bzw. der Patientin; Schmerzen selbst eingeschätzt auf einer Skala von 0 bis 10.',
    programmeTitle: 'Gehprogramm',
    programmeActive: 'Stufe {{level}} (Spaziergänge von {{minutes}} Minuten), aktiv.',
    programmePaused:
      'Stufe {{level}} (Spaziergänge von {{minutes}} Minuten), pausiert, bis eine ärztliche oder physiotherapeutische Abklärung erfolgt ist.',
    programmeLocked:
      'Stufe {{level}} (Spaziergänge von {{minutes}} Minuten), gesperrt nach einer Angabe mit dringendem Handlungsbedarf, bis zur ärztlichen Freigabe.',
    programmeNotStarted: 'Das Gehprogramm wurde noch nicht begonnen.',
    totals_one: '{{count}} Spaziergang, insgesamt {{minutes}} Minuten.',
    totals_other: '{{count}} Spaziergänge, insgesamt {{minutes}} Minuten.',
    sitting_one: 'Sitzen: im Durchschnitt {{average}} pro Tag, an {{count}} erfassten Tag.',
    sitting_other: 'Sitzen: im Durchschnitt {{average}} pro Tag, an {{count}} erfassten Tagen.',
    sittingNone: 'Sitzen: keine erfassten Tage.',
    weeksTitle: 'Spaziergänge und Schmerz nach Wochen',
    week: 'Woche',
    walks: 'Spaziergänge',
    minutes: 'Minuten',
    painBefore: 'Schmerz vorher (Mittel)',
    painAfter: 'Schmerz nachher (Mittel)',
    level: 'Stufe',
    deskTitle: 'Sitzen und Stehen am Schreibtisch nach Wochen',
    deskDays: 'Erfasste Tage',
    deskSitting: 'Sitzen (Mittel pro Tag)',
    deskStanding: 'Stehen (Mittel pro Tag)',
    flagsTitle: 'Auffällige Angaben',
    flagsNone: 'Keine in diesem Zeitraum.',
    sources: {
      'check-in': 'Abfrage vor einem Spaziergang',
      walk: 'Fragen nach einem Spaziergang',
      'next-day': 'Nachfrage am Folgetag',
      programme: 'Gehprogramm angehalten',
    },
    footer: 'Nur allgemeine Hinweise, keine medizinische Beratung. Erstellt am {{date}}.',
  },
  saveDialog: {
    title: 'WalkBreak-Verlauf speichern',
    csv: 'CSV (Tabellenkalkulation)',
  },
};
export default de;
