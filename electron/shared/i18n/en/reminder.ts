// English messages, namespace "reminder": the sitting reminder, shown by main's notification and by the reminder
// window. Calm, no guilt or fear (health-evidence.md part 2 (a), "Reminder copy examples"). See docs/i18n.md.
export default {
  title_one: 'Time to get up: {{count}} minute seated',
  title_other: 'Time to get up: {{count}} minutes seated',
  body_one: 'A {{count}}-minute walk is perfect; 5 is even better.',
  body_other: 'A {{count}}-minute walk is perfect; 5 is even better.',
  bodyLonger_one: 'A {{count}}-minute walk is perfect.',
  bodyLonger_other: 'A {{count}}-minute walk is perfect.',
  firmTitleHour: "You've been sitting for about an hour",
  firmTitle_one: "You've been sitting for {{count}} minute",
  firmTitle_other: "You've been sitting for {{count}} minutes",
  firmBody: 'Time to stand up and walk for a few minutes. Your back will thank you. Even 2 minutes counts.',
  /** While the walking plan is paused for a clinician: move gently, never the plan's walk (part 2 (c)). */
  bodyPlanPaused:
    'Time to stand up and move gently for a few minutes. Your walking plan is paused until a clinician has seen ' +
    'you; everyday moving is still good.',
  window: {
    documentTitle: 'WalkBreak reminder',
    startWalk: 'Start walk',
    skip: 'Skip',
    snooze: 'Snooze',
    snoozeFor: 'Snooze {{count}} min',
    none: 'No reminder right now',
    noneBody: "You're all set. This window can close.",
  },
};
