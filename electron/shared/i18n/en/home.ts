// English messages, namespace "home": the home window and the presence pill (the source language). See
// docs/i18n.md.
export default {
  sitting: {
    label: 'Sitting for',
    /** After the big minute count. */
    unit: 'min',
  },
  standing: {
    label: 'Standing for',
    note_one:
      'Your sitting clock is paused at {{count}} minute. Standing still is not a break: a short walk is.',
    note_other:
      'Your sitting clock is paused at {{count}} minutes. Standing still is not a break: a short walk is.',
  },
  walking: {
    title: "You're on a walk",
    body: 'Enjoy it. Sitting time starts again when you finish.',
  },
  away: {
    title: 'Away from your desk',
    body: "Time away counts as a break. Welcome back whenever you're ready.",
  },
  meter: 'Time until the next reminder',
  remindersOff: 'Reminders are off. You can turn them on in Settings.',
  pause: {
    meetingUntil: 'In a meeting until {{time}}',
    meetingOpen: 'In a meeting until you resume',
    pausedUntil: 'Reminders paused until {{time}}',
    pausedOpen: 'Reminders paused until you resume',
    resume: 'Resume',
    resumed: 'Reminders are back on.',
  },
  outsideHours: 'Outside your working hours: no reminders until they start again.',
  due: 'Time for a short walk.',
  next: 'Next reminder around {{time}}',
  /** The walking plan's halt (health-evidence.md part 2 (c)): locked shows the emergency advice. */
  plan: {
    lockedTitle: 'Your walking plan is locked',
    lockedBody:
      'There are no sitting reminders until a clinician has checked you. If you have not been checked yet, call ' +
      'your local emergency number ({{emergencyNumbers}}) or go to A&E / the emergency ' +
      'department now.',
    pausedTitle: 'Your walking plan is paused',
    pausedBody:
      'Please book an appointment with a GP or physiotherapist and bring the clinician summary. Sitting ' +
      'reminders now suggest moving gently; everyday moving is still good.',
    link: 'What to do next',
  },
  /** The daily movement goal (health-evidence.md part 2 (a)): never shaming, a short day just fills less. */
  goal: {
    title: 'Moving today',
    progress: '{{done}} of {{goal}} min',
    what: 'Standing, walks and breaks all count.',
    met: 'Today’s goal reached. Anything more is a bonus.',
    building: 'A step on the way to {{target}} min a day, set from your last few days.',
  },
  followUp: {
    question: 'How is your back after your last walk?',
    link: 'Answer 2 quick questions',
  },
  actions: {
    startWalk: 'Start a walk',
    backToWalk: 'Back to my walk',
    moved: 'I just moved',
    movedDone: 'Sitting time reset. Nice work.',
    /** A toggle (aria-pressed): on while the user stands at a sit-stand desk. */
    standing: "I'm standing",
  },
  tip: 'A few minutes of easy walking every half hour is kind to your back.',
  history: 'See your history',
  settings: 'Change settings',
  presence: {
    status: 'Status:',
    present: 'At your desk',
    away: 'Away',
    locked: 'Screen locked',
    asleep: 'Computer asleep',
    walking: 'On a walk',
  },
};
