// English messages, namespace "history" (the source language): the History view, its charts and walk log, the
// data actions (export, import, delete), the insights and reading problems core words, import refusals, the
// clinician summary page and the save dialog. Keys are nested by screen or topic; plurals use i18next's
// _one/_other suffixes; values interpolate {{name}}. See docs/i18n.md.
export default {
  documentTitle: 'WalkBreak – History',
  title: 'History',
  backHome: '← Home',
  loading: 'Loading your history…',
  insightsTitle: 'Insights',
  trendsTitle: 'Trends',
  period: 'Period',
  ranges: {
    week: 'Last 7 days',
    month: 'Last 30 days',
  },
  /** Durations; numbers come formatted, minutes after hours already padded ("05"). */
  time: {
    minutes: '{{minutes}} min',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}} min',
  },
  /** Levels of the walking plan: in sentences and on the level chart's axis. */
  level: {
    name: 'Level {{level}}',
    short: 'L{{level}}',
  },
  charts: {
    sitting: 'Sitting per day',
    standing: 'Standing at the desk per day',
    moving: 'Standing and moving per day (daily movement goal)',
    breaks: 'Breaks per day',
    breaksValue_one: '{{count}} break',
    breaksValue_other: '{{count}} breaks',
    walkMinutes: 'Minutes walked per day',
    empty_one: 'Nothing recorded in this {{count}} day.',
    empty_other: 'Nothing recorded in these {{count}} days.',
    summary_one: 'Highest {{max}} on {{day}}; {{average}} on average over the {{count}} day with any.',
    summary_other: 'Highest {{max}} on {{day}}; {{average}} on average over the {{count}} days with any.',
    showTable: 'Show as a table',
    day: 'Day',
  },
  /** Days met of the daily movement goal in the range (never a count of days missed). */
  goalDays_one: 'The day’s movement goal was reached on {{met}} of this {{count}} day.',
  goalDays_other: 'The day’s movement goal was reached on {{met}} of these {{count}} days.',
  pain: {
    title: 'Pain before and after each walk',
    none: 'No walks with pain scores in these days.',
    summary_one: 'After {{same}} of {{count}} walk, pain was the same or lower than before.',
    summary_other: 'After {{same}} of {{count}} walks, pain was the same or lower than before.',
    legendBefore: 'before',
    legendAfter: 'after',
    walk: 'Walk',
    before: 'Before',
    after: 'After',
  },
  levels: {
    title: 'Walking plan level',
    notStarted: 'The walking plan had not started in these days.',
    throughout: 'Level {{level}} throughout.',
    change: 'From level {{from}} to level {{to}}.',
    column: 'Level',
  },
  today: {
    title: 'Today',
    sitting: 'Sitting so far',
    standing: 'Standing so far',
    longest: 'Longest sitting',
    breaks: 'Breaks',
    walks: 'Walks',
    plan: 'Walking plan',
    planNotStarted: 'Not started',
    planPaused: 'Level {{level}} (paused)',
    nextWalk: 'Next walk',
  },
  log: {
    title: 'Walk log',
    outcome: 'Outcome',
    all: 'All walks',
    count_one: '{{count}} walk',
    count_other: '{{count}} walks',
    countWithOutcome_one: '{{count}} walk with outcome “{{outcome}}”',
    countWithOutcome_other: '{{count}} walks with outcome “{{outcome}}”',
    when: 'When',
    walked: 'Walked',
    painBefore: 'Pain before',
    painAfter: 'After',
    peak: 'Peak',
    notStarted: 'Not started',
    walkedOf: '{{walked}} of {{planned}} min',
    nextDay: 'Next day: pain {{pains}}.',
    /** Between next-day pain scores: "Next day: pain 4, then 3." */
    then: ', then ',
  },
  /** How a walk ended up, after any next-day checks (the walk log and its filter). */
  outcomes: {
    continue: 'Comfortable',
    hold: 'Hold level',
    'step-back': 'Step back',
    'see-clinician': 'See a clinician',
    urgent: 'Urgent care',
  },
  data: {
    title: 'Your data',
    export: 'Export',
    events: 'Events ({{format}})',
    summaries: 'Daily summaries ({{format}})',
    saved: '{{what}} saved as {{fileName}}.',
    notSaved: '{{what}} not saved.',
    clinicianTitle: 'For your physio or GP',
    clinicianButton: 'Save clinician summary',
    clinicianName: 'Clinician summary',
    /** The clinician page covers CLINICIAN_WEEKS (electron/core/history-clinician.ts). */
    clinicianHint: 'The last 6 weeks on one printable page.',
    import: 'Import',
    importButton: 'Import an events export (JSON)…',
    importLabel: 'Events export to import',
    importHint: 'Records already in your history are skipped.',
    nothingNew_one: 'Nothing new in {{fileName}}: the {{count, number}} record was already in your history.',
    nothingNew_other:
      'Nothing new in {{fileName}}: all {{count, number}} records were already in your history.',
    imported_one: 'Imported {{count, number}} new record from {{fileName}}.',
    imported_other: 'Imported {{count, number}} new records from {{fileName}}.',
    importedSomeKnown_one:
      'Imported {{count, number}} new record from {{fileName}} ({{duplicates}} already there).',
    importedSomeKnown_other:
      'Imported {{count, number}} new records from {{fileName}} ({{duplicates}} already there).',
    checking: 'Checking the file… {{percent}}%',
    importing: 'Importing… {{percent}}%',
    cancelImport: 'Cancel import',
    cancelling: 'Stopping the import after the part it is saving…',
    cancelledNothing: 'Import of {{fileName}} cancelled. Nothing was added.',
    cancelledKept_one:
      'Import of {{fileName}} cancelled. The {{count, number}} new record already added is kept (each part is saved whole); {{remaining}} records were not imported. Import the file again to add them: nothing is added twice.',
    cancelledKept_other:
      'Import of {{fileName}} cancelled. The {{count, number}} new records already added are kept (each part is saved whole); {{remaining}} records were not imported. Import the file again to add them: nothing is added twice.',
    delete: 'Delete',
    day: 'Day',
    deleteDay: 'Delete this day…',
    deleteAll: 'Delete all history…',
    confirmDay: 'Delete everything recorded on {{day}}? This cannot be undone.',
    confirmAll:
      'Delete all of your WalkBreak history? This cannot be undone. Export it first if you may want it back.',
    confirmDayButton: 'Delete this day',
    confirmAllButton: 'Delete all history',
    deletedDay_one: '{{day}} deleted ({{count, number}} record).',
    deletedDay_other: '{{day}} deleted ({{count, number}} records).',
    deletedAll_one: 'All history deleted ({{count, number}} record).',
    deletedAll_other: 'All history deleted ({{count, number}} records).',
  },
  /** Worded by core from recorded data only (electron/core/history-insights.ts). */
  insights: {
    remindedHours_one: 'You took a break in {{answered}} of {{count}} reminded hour today.',
    remindedHours_other: 'You took a break in {{answered}} of {{count}} reminded hours today.',
    painAfterWalks:
      'Pain after your walks has been at or below pain before for your last {{walks}} walks ({{span}}).',
    spanDays_one: '{{count}} day',
    spanDays_other: '{{count}} days',
    spanWeeks_one: '{{count}} week',
    spanWeeks_other: '{{count}} weeks',
    walkStreak: 'You have walked on {{days}} days in a row.',
    sittingSame: 'You sat {{average}} a day on average this week, about the same as the week before.',
    sittingLess: 'You sat {{average}} a day on average this week, {{difference}} less than the week before.',
    sittingMore: 'You sat {{average}} a day on average this week, {{difference}} more than the week before.',
    breakStreak: 'You have taken breaks on {{days}} days in a row.',
  },
  /** What went wrong reading the history (core); {{detail}} is the system's own error text. */
  problems: {
    folder: 'The history folder could not be read ({{detail}}).',
    summaries: 'The summaries of {{month}} could not be read ({{detail}}).',
    month: 'The history of {{month}} could not be read ({{detail}}).',
    skipped_one: '{{count, number}} unreadable line in {{month}} skipped.',
    skipped_other: '{{count, number}} unreadable lines in {{month}} skipped.',
    pending_one:
      '{{count, number}} recent event is not saved yet (the history folder cannot be written); WalkBreak keeps trying.',
    pending_other:
      '{{count, number}} recent events are not saved yet (the history folder cannot be written); WalkBreak keeps trying.',
  },
  /** Why an import was refused (core); the whole file is checked before anything is merged. */
  importRejected: {
    message: '{{reason}} Nothing was imported.',
    tooLarge: 'This file is too large to be a WalkBreak export.',
    notJson: 'This file is not a WalkBreak export: it is not valid JSON (is it the CSV export?).',
    summaries: 'This is a daily-summaries export; only an events export (JSON) can be imported.',
    notExport: 'This file is not a WalkBreak history export.',
    newer: 'This export comes from a newer WalkBreak; update WalkBreak to import it.',
    noEvents: 'This export has no list of events.',
    badRecord: 'Record {{number}} is not a valid event ({{detail}}).',
    busy: 'Another import is still running; wait for it to finish or cancel it.',
  },
  /** The printable page the user brings to a physiotherapist or GP (core, electron/core/history-clinician.ts). */
  clinician: {
    fileName: 'walkbreak-clinician-summary-{{date}}',
    title: 'WalkBreak summary for a clinician',
    period_one:
      "{{from}} to {{to}} ({{count}} week). Recorded by the patient's WalkBreak app; pain is self-reported on a 0–10 scale.",
    period_other:
      "{{from}} to {{to}} ({{count}} weeks). Recorded by the patient's WalkBreak app; pain is self-reported on a 0–10 scale.",
    programmeTitle: 'Walking programme',
    programmeActive: 'Level {{level}} ({{minutes}}-minute walks), active.',
    programmePaused:
      'Level {{level}} ({{minutes}}-minute walks), paused until a clinician has seen the patient.',
    programmeLocked:
      'Level {{level}} ({{minutes}}-minute walks), locked after an urgent answer, until clinician clearance.',
    programmeNotStarted: 'The walking plan has not been started.',
    totals_one: '{{count}} walk, {{minutes}} minutes in total.',
    totals_other: '{{count}} walks, {{minutes}} minutes in total.',
    sitting_one: 'Sitting: {{average}} a day on average, on {{count}} tracked day.',
    sitting_other: 'Sitting: {{average}} a day on average, on {{count}} tracked days.',
    sittingNone: 'Sitting: no days tracked.',
    weeksTitle: 'Walks and pain by week',
    week: 'Week',
    walks: 'Walks',
    minutes: 'Minutes',
    painBefore: 'Pain before (avg)',
    painAfter: 'Pain after (avg)',
    level: 'Level',
    deskTitle: 'Sitting and standing at the desk by week',
    deskDays: 'Tracked days',
    deskSitting: 'Sitting (avg per day)',
    deskStanding: 'Standing (avg per day)',
    flagsTitle: 'Flagged answers',
    flagsNone: 'None in this period.',
    /** Where a flagged answer was given. */
    sources: {
      'check-in': 'check-in before a walk',
      walk: 'questions after a walk',
      'next-day': 'next-day check',
      programme: 'walking plan put on hold',
    },
    footer: 'General guidance only, not medical advice. Generated {{date}}.',
  },
  /** The save dialog in Electron (main, electron/main/adapters/history-documents.ts). */
  saveDialog: {
    title: 'Save WalkBreak history',
    csv: 'CSV (spreadsheet)',
  },
};
