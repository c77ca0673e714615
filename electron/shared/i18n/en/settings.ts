// English messages, namespace "settings": the Settings window, the working-hours editor, and the validation and
// repair messages core words for settings (the source language). See docs/i18n.md.
export default {
  title: 'Settings',
  documentTitle: 'Settings – WalkBreak',
  idleUnreliable:
    'Your desktop does not tell WalkBreak when you step away from the keyboard (this happens on Wayland). Breaks are still noticed when you lock the screen or the computer sleeps; after any other break, choose “I just moved” in the tray menu.',
  saved: 'Saved.',
  undo: 'Undo',
  undone: 'Change undone.',
  backHome: '← Home',
  saveFailed: 'Some settings could not be saved. Please check the highlighted fields.',
  units: {
    minutes: 'minutes',
  },
  /** Inline messages for a number field, by unit. */
  number: {
    minutes: {
      empty: 'Enter a number of minutes from {{min}} to {{max}}.',
      fraction: 'Use whole minutes, from {{min}} to {{max}}.',
      range: 'Choose a value from {{min}} to {{max}} minutes.',
    },
    count: {
      empty: 'Enter a number from {{min}} to {{max}}.',
      fraction: 'Use a whole number from {{min}} to {{max}}.',
      range: 'Choose a number from {{min}} to {{max}}.',
    },
    percent: {
      empty: 'Choose a volume from {{min}} to {{max}}%.',
      fraction: 'Choose a volume from {{min}} to {{max}}%.',
      range: 'Choose a volume from {{min}} to {{max}}%.',
    },
  },
  reminders: {
    label: 'Remind me to get up',
    hint: 'When off, WalkBreak still counts sitting time quietly.',
  },
  sitThreshold: {
    label: 'Sitting time before a reminder',
    hint: '{{min}}–{{max}} minutes. 30 is a good place to start.',
  },
  awayThreshold: {
    label: 'Time away that counts as a break',
    hint: '{{min}}–{{max}} minutes with no keyboard or mouse use.',
  },
  breakLength: {
    label: 'Suggested break length',
    hint: '{{min}}–{{max}} minutes. The reminder suggests a walk this long, and the short walk lasts this long. 3 minutes of easy walking already helps; 5 is even better.',
  },
  snoozeLengths: {
    legend: 'Snooze lengths offered',
    hint: 'The reminder offers these lengths (1 to 3 of them).',
    atLeastOne: 'Choose at least one snooze length.',
  },
  snoozeLimit: {
    legend: 'Snooze limit',
    hint: 'After about an hour of sitting, a break helps less. So after this many snoozes in a row, or this many extra minutes, the reminder offers no more Snooze (you can still skip it).',
    inRow: {
      label: 'Snoozes in a row, at most',
      hint: '{{min}}–{{max}}. With 0, the reminder never offers Snooze.',
    },
    extra: {
      label: 'Extra time from snoozes, at most',
      hint: '{{min}}–{{max}} minutes in total for one reminder.',
    },
  },
  style: {
    legend: 'How a reminder appears',
    window: 'Notification and window',
    notification: 'Notification only',
    hint: 'The small window has Start walk and Snooze buttons; a notification alone is quieter (click it for the window). Where WalkBreak cannot tell that you are in a call or presenting (see “Calls and presentations”), choose “In a meeting” in the tray menu first.',
  },
  sound: {
    label: 'Play a sound with a reminder',
    hint: 'A soft chime when the reminder window appears. With notifications only, your system’s notification sound plays instead.',
    volume: 'Volume',
    volumeHint: '{{min}}–{{max}}%. 0 is silent.',
    test: 'Play a test sound',
  },
  goal: {
    label: 'Daily movement goal',
    hint: 'A ring on Home counts your standing, walks and breaks each day, building up gently from what you already do.',
    minutes: {
      label: 'Build towards',
      hint: '{{min}}–{{max}} minutes a day of standing and light activity. 120 (2 hours) is a good first aim.',
    },
  },
  posture: {
    label: 'Posture resets',
    hint: 'Halfway to a reminder, a quiet notification suggests a 20-second reset (drop your shoulders, three slow breaths, look into the distance). Never during a call, a presentation, a pause or outside working hours.',
  },
  holds: {
    title: 'Calls and presentations',
    intro:
      'A reminder that falls due while you are in a call, presenting or in do-not-disturb waits, and comes within a minute after it ends. WalkBreak looks only when a reminder is due. What it reads stays on this computer; history keeps only when a reminder was held.',
    camera: {
      label: 'Wait while a camera is in use',
      windows:
        'Reads the privacy list Windows keeps of apps using the camera right now (the registry’s ConsentStore). It does not see which app or what is on screen.',
      linux: 'Looks for your programs holding a camera device (/dev/video…) open.',
    },
    microphone: {
      label: 'Wait while a microphone is in use',
      windows:
        'Reads the privacy list Windows keeps of apps using the microphone right now (the same list as the microphone icon near the clock). A muted call still counts.',
      linux:
        'Asks PulseAudio or PipeWire (pactl) whether any program is recording from a microphone. Recording your screen or sound output is not counted.',
    },
    dnd: {
      label: 'Wait while do not disturb is on',
      windows:
        'Reads whether notifications are turned off in Windows settings. Focus sessions and automatic focus rules cannot be read; the presentation switch below covers full-screen apps.',
      linux:
        'Reads GNOME’s do-not-disturb switch (gsettings) and KDE Plasma’s (over D-Bus). Other desktops: nothing.',
    },
    fullscreen: {
      label: 'Wait while an app is full screen or presenting',
      windows:
        'Asks Windows whether a full-screen app, a game or presentation mode is running (through PowerShell, a second or so).',
      linux:
        'Reads whether the focused window is full screen (xprop). X11 only: Wayland desktops do not tell other apps.',
    },
    macos:
      'macOS does not let WalkBreak see the camera, the microphone, Focus or other apps’ full-screen windows without extra permissions, so nothing here can work on a Mac. Before a call or a presentation, choose “In a meeting” in the menu bar.',
  },
  hours: {
    title: 'Working hours',
    label: 'Only remind me during working hours',
    hint: 'Sitting outside these hours is still counted in your history, but it never leads to a reminder. The first reminder of the day waits until you have sat for the full time after work starts.',
    overnight:
      'A range that ends before it starts runs past midnight, for example 22:00–02:00. No reminder comes in the last 5 minutes before a range ends: lunch or the end of the day is your break.',
    noReminders: 'No reminders',
    starts: '{{day}} range {{n}} starts',
    ends: '{{day}} range {{n}} ends',
    nextDay: 'next day',
    remove: 'Remove',
    removeLabel: 'Remove {{day}} range {{n}}',
    add: 'Add a range',
    addLabel: 'Add a range on {{day}}',
    copyWeekdays: 'Copy Monday to Tuesday–Friday',
    checkBelow: 'Check the working hours marked below.',
  },
  login: {
    label: 'Start WalkBreak when I log in',
    hint: 'WalkBreak waits quietly in the tray; it can only notice sitting while it runs.',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    hint: 'Work from any app. Click a field and press the keys, for example Ctrl+Alt+W. Backspace clears a shortcut (off), Escape cancels. You can also type one, such as CommandOrControl+Shift+W.',
    snooze: 'Snooze the reminder',
    startWalk: 'Start a walk',
    off: 'Off',
    clearSnooze: 'Clear the shortcut to snooze the reminder',
    clearStartWalk: 'Clear the shortcut to start a walk',
    clear: 'Clear',
    standing: 'I’m standing / sitting again',
    clearStanding: 'Clear the shortcut for I’m standing',
  },
  theme: {
    legend: 'Appearance',
    system: 'Same as system',
    light: 'Light',
    dark: 'Dark',
    hint: 'Light or dark windows, or the same as your system.',
  },
  language: {
    legend: 'Language',
    system: 'System language',
    hint: '“System language” uses your system’s language when WalkBreak speaks it, otherwise English.',
  },
  /** Validation and repair messages (core and the shared limits); main's and the form's own words. */
  problems: {
    sitThresholdMin: {
      notNumber: 'Sitting time before a reminder must be a number of minutes between {{min}} and {{max}}.',
      range: 'Sitting time before a reminder must be a whole number of minutes from {{min}} to {{max}}.',
    },
    awayThresholdMin: {
      notNumber: 'Away time must be a number of minutes between {{min}} and {{max}}.',
      range: 'Away time must be a whole number of minutes from {{min}} to {{max}}.',
    },
    breakSuggestedMin: {
      notNumber: 'The suggested break must be a number of minutes between {{min}} and {{max}}.',
      range: 'The suggested break must be a whole number of minutes from {{min}} to {{max}}.',
    },
    soundVolume: {
      notNumber: 'The sound volume must be a number of percent between {{min}} and {{max}}.',
      range: 'The sound volume must be a whole number of percent from {{min}} to {{max}}.',
    },
    snoozeMaxInRow: {
      notNumber: 'Snoozes in a row must be a number of snoozes between {{min}} and {{max}}.',
      range: 'Snoozes in a row must be a whole number of snoozes from {{min}} to {{max}}.',
    },
    movementGoalMin: {
      notNumber: 'The movement goal must be a number of minutes between {{min}} and {{max}}.',
      range: 'The movement goal must be a whole number of minutes from {{min}} to {{max}}.',
    },
    postureResets: 'Posture resets must be on or off.',
    movementGoalEnabled: 'The movement goal must be on or off.',
    snoozeMaxExtraMin: {
      notNumber: 'Extra time from snoozes must be a number of minutes between {{min}} and {{max}}.',
      range: 'Extra time from snoozes must be a whole number of minutes from {{min}} to {{max}}.',
    },
    snoozeOptions: 'Snooze lengths must be 1 to {{count}} different whole minutes from {{min}} to {{max}}.',
    holdSource: 'Each call and presentation signal must be on or off.',
    soundEnabled: 'Sound must be on or off.',
    remindersEnabled: 'Reminders must be on or off.',
    startAtLogin: 'Start at login must be on or off.',
    reminderStyle: 'The reminder style must be "notification" or "notification-and-window".',
    theme: 'The theme must be "system", "light" or "dark".',
    language: 'The language must be "system", "en" or "de".',
    shortcutsShape: 'Shortcuts must be set or off.',
    shortcutUnknown: 'Unknown shortcut.',
    shortcutNotText: 'Shortcuts must be text.',
    shortcutForm: 'Use one or more of Ctrl, Alt, Shift or Super with one key, for example Ctrl+Alt+W.',
    shortcutModifierTwice: 'Use each modifier once.',
    shortcutsSameStanding: 'I’m standing needs a shortcut of its own.',
    shortcutsSame: 'Snooze and Start a walk need different shortcuts.',
    hoursShape: 'Working hours must be on or off, with ranges per day.',
    hoursEnabled: 'Working hours must be on or off.',
    hoursDays: 'Working hours need ranges for each day of the week.',
    hoursUnknownDay: 'Working hours contain an unknown day.',
    hoursDayList: 'Working hours need a list of start and end times for each day.',
    tooManyRanges: 'Use at most {{max}} time ranges a day.',
    timeFormat: 'Enter times as hours and minutes, for example 09:00.',
    emptyRange: 'A time range must end at a different time than it starts.',
    overlap: 'Time ranges on the same day must not overlap.',
  },
  repair: {
    title: 'WalkBreak corrected some settings',
    body: '{{problems}} The nearest allowed value is used instead; everything else was kept. You can change it in Settings.',
  },
};
