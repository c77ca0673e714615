// English messages, namespace "tray": the tray icon's tooltip, the status line at the top of its menu, and the
// menu items (electron/core/tray-model.ts). The source language. See docs/i18n.md.
export default {
  /** What the login-start entry says WalkBreak does (Linux autostart "Comment", one line per language). */
  autostartComment: 'Notices long sitting and guides a short walk',
  /** The tooltip: the app's name and the status line. */
  tooltip: 'WalkBreak: {{status}}',
  status: {
    sitting_one: 'Sitting for {{count}} min',
    sitting_other: 'Sitting for {{count}} min',
    walking: 'on a walk',
    away: 'you are away (break counted)',
    locked_one: 'sitting for {{count}} min before the screen locked',
    locked_other: 'sitting for {{count}} min before the screen locked',
    remindersOff_one: 'Sitting for {{count}} min (reminders off)',
    remindersOff_other: 'Sitting for {{count}} min (reminders off)',
    meeting_one: 'Sitting for {{count}} min (in a meeting)',
    meeting_other: 'Sitting for {{count}} min (in a meeting)',
    meetingUntil_one: 'Sitting for {{count}} min (in a meeting until {{time}})',
    meetingUntil_other: 'Sitting for {{count}} min (in a meeting until {{time}})',
    paused_one: 'Sitting for {{count}} min (reminders paused)',
    paused_other: 'Sitting for {{count}} min (reminders paused)',
    pausedUntil_one: 'Sitting for {{count}} min (reminders paused until {{time}})',
    pausedUntil_other: 'Sitting for {{count}} min (reminders paused until {{time}})',
    outsideHours_one: 'Sitting for {{count}} min (outside working hours)',
    outsideHours_other: 'Sitting for {{count}} min (outside working hours)',
    /** While standing at the desk: the sitting clock is paused, not reset. */
    standing_one: 'Standing for {{count}} min (sitting clock paused at {{sitting}} min)',
    standing_other: 'Standing for {{count}} min (sitting clock paused at {{sitting}} min)',
    /** A due reminder waits until the user is free (issue 16); after 2 hours the wording changes. */
    heldCall: 'Waiting: you are in a call',
    heldPresentation: 'Waiting: you are presenting',
    heldDnd: 'Waiting: do not disturb is on',
    heldLong: 'Break well overdue: it comes as soon as you are free',
  },
  /** The walking plan's halt, shown above the status line (health-evidence.md part 2 (c)). */
  plan: {
    locked: 'Walking plan locked: please get an emergency check',
    lockedAdvice:
      'If you have not been checked yet, call your local emergency number ({{emergencyNumbersShort}}) or go to A&E',
    paused: 'Walking plan paused: please see a GP or physiotherapist',
  },
  menu: {
    /** While a next-day check is due (issue 14): opens Home, which offers it. */
    nextDay: 'How is your back after your last walk? Answer…',
    startWalk: 'Start a walk now',
    backToWalk: 'Back to my walk',
    snooze: 'Snooze {{minutes}} min',
    meetingOver: 'My meeting is over',
    resume: 'Resume reminders (reminders paused)',
    resumeUntil: 'Resume reminders (reminders paused until {{time}})',
    meeting: 'In a meeting',
    meeting30: 'For 30 minutes',
    meeting60: 'For 1 hour',
    meeting90: 'For 1½ hours',
    meetingOpen: 'Until I resume',
    pauseTomorrow: 'Pause reminders until tomorrow',
    moved: 'I just moved',
    standing: "I'm standing",
    sitting: "I'm sitting again",
    openMain: 'Open WalkBreak',
    settings: 'Settings…',
    history: 'History…',
    desk: 'Check my desk…',
    help: 'Help and warning signs…',
    quit: 'Quit WalkBreak',
  },
};
