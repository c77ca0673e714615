// English messages, namespace "notices": what main tells the user by system notification (saved data that could not
// be read, saving that fails and recovers, a global shortcut that is taken).
// The source language. Whole sentences per key; the per-file variants name the file in the sentence. See
// docs/i18n.md.
export default {
  readFailed: {
    title: 'WalkBreak could not read some saved data',
    recovered: {
      settings: 'Your settings: the file was damaged; everything that could be read was kept.',
      tracker: 'The sitting timer: the file was damaged; everything that could be read was kept.',
      programme: 'Your walking programme: the file was damaged; everything that could be read was kept.',
      desk: 'Your desk check: the file was damaged; everything that could be read was kept.',
      welcome: 'The note that you have seen the welcome: the file was damaged; it will not be shown again.',
    },
    restarted: {
      settings: 'Your settings: the file could not be read, so this started again.',
      tracker: 'The sitting timer: the file could not be read, so this started again.',
      programme: 'Your walking programme: the file could not be read, so this started again.',
      desk: 'Your desk check: the file could not be read, so it will ask again.',
      welcome:
        'The note that you have seen the welcome: the file could not be read; it will not be shown again.',
    },
    newer: {
      settings:
        'Your settings were saved by a newer version of WalkBreak; this version uses the standard settings and does not save over them.',
      tracker:
        'The sitting timer was saved by a newer version of WalkBreak; this version starts it again and does not save over it.',
      programme:
        'Your walking programme was saved by a newer version of WalkBreak; this version does not change it. Update WalkBreak to continue it.',
      desk: 'Your desk check was saved by a newer version of WalkBreak; this version does not save over it.',
      welcome:
        'The note that you have seen the welcome was saved by a newer version of WalkBreak; this version does not save over it.',
    },
    unreadable: 'The file could not be opened, so changes are kept in memory only for now.',
    keptBeside: 'The damaged file was kept beside the new one.',
    memoryOnly: 'The damaged file could not be moved, so changes are kept in memory only for now.',
    details: 'Details are in logs/main.log.',
  },
  saveFailed: {
    title: 'WalkBreak cannot save right now',
    refused: 'WalkBreak is not allowed to write in its data folder, {{folder}}.',
    body: {
      settings:
        'Saving your settings failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
      tracker:
        'Saving the sitting timer failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
      programme:
        'Saving your walking programme failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
      desk: 'Saving your desk check failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your answers and tries again.',
      history:
        'Saving your history failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
      other:
        'Saving failed ({{code}}: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
    },
  },
  savingAgain: {
    title: 'WalkBreak is saving again',
    body: 'Everything waiting has been saved.',
  },
  /** The next-day check's morning notification (issue 14); a click opens Home, where the check is offered. */
  nextDay: {
    title: 'How is your back today?',
    body: 'Two quick questions about yesterday’s walk help WalkBreak plan your next one. Click to answer.',
    body48h:
      'Your back was worse after your walk two days ago. Two quick questions about how it is now. Click to answer.',
  },
  startFailed: {
    title: 'WalkBreak could not start',
    body: 'Something went wrong while starting: {{error}}. Please start WalkBreak again; if this keeps happening, reinstalling it usually helps.',
    bodyWithLog:
      'Something went wrong while starting: {{error}}. Please start WalkBreak again; if this keeps happening, reinstalling it usually helps. Details are in {{log}}.',
  },
  shortcut: {
    title: 'A WalkBreak shortcut is not available',
    /** {{problems}}: one or more of the `taken` sentences. */
    body: '{{problems}} You can choose another in Settings.',
    wayland: {
      snooze:
        '{{accelerator}} could not be set for Snooze: on Wayland the desktop decides about global shortcuts, and it did not allow this one (GNOME asks for your permission first; some desktops do not offer global shortcuts at all).',
      startWalk:
        '{{accelerator}} could not be set for Start a walk: on Wayland the desktop decides about global shortcuts, and it did not allow this one (GNOME asks for your permission first; some desktops do not offer global shortcuts at all).',
      standing:
        '{{accelerator}} could not be set for I’m standing: on Wayland the desktop decides about global shortcuts, and it did not allow this one (GNOME asks for your permission first; some desktops do not offer global shortcuts at all).',
    },
    taken: {
      snooze: '{{accelerator}} could not be set for Snooze: another app may already use it. Choose another.',
      startWalk:
        '{{accelerator}} could not be set for Start a walk: another app may already use it. Choose another.',
      standing:
        '{{accelerator}} could not be set for I’m standing: another app may already use it. Choose another.',
    },
  },
  /** The break window's timed walk or stretch ran out while the window was not focused (issue 20). */
  timeUp: {
    title: {
      move: 'Time’s up: next, the next move',
      walk: 'Time’s up: next, the walk',
      coolDown: 'Time’s up: next, the cool-down',
      questions: 'Time’s up: next, a few questions about your walk',
      finish: 'Time’s up: your short walk is done',
    },
    body: 'Click to go back to WalkBreak.',
  },
};
