// English messages, namespace "welcome": the first-run window (?view=welcome), shown once on the very first
// start: what WalkBreak does, where its tray icon is on this OS, working hours, start at login and the desk
// check. The source language. See docs/i18n.md.
export default {
  documentTitle: 'Welcome – WalkBreak',
  title: 'Welcome to WalkBreak',
  intro:
    'WalkBreak notices how long you have been sitting at the computer. After {{minutes}} minutes it asks you, at a pause in your typing, to get up for a short walk. Everything it learns stays on this computer.',
  tray: {
    title: 'Where to find it',
    windows:
      'WalkBreak lives in the notification area at the right end of the taskbar. Windows often tucks new icons away: click the ^ arrow there to see it.',
    windowsPin:
      'To keep it in view, drag its icon from there onto the taskbar, or turn WalkBreak on in the taskbar settings (right-click the taskbar, then Taskbar settings).',
    macos:
      'WalkBreak lives in the menu bar at the top right of the screen. It has no Dock icon: click the walker in the menu bar for its menu.',
    ubuntu: 'WalkBreak lives in the top bar, at the right. Click its icon for the menu.',
    gnome:
      'WalkBreak lives in the top bar, at the right, once GNOME shows tray icons. That needs the AppIndicator extension (“AppIndicator and KStatusNotifierItem Support” on extensions.gnome.org). Without it the icon stays hidden, but reminders still come.',
    kde: 'WalkBreak lives in the system tray at the right end of the panel. If it is not there, click the small arrow in the tray to show hidden icons.',
    other:
      'WalkBreak lives in the system tray of your desktop (the notification area of the panel). Click its icon for the menu.',
    icon: 'The icon turns amber as a reminder comes near, and red when it is time to move.',
  },
  hours: {
    title: 'Your working hours',
    intro:
      'Reminders come only during your working hours. Monday to Friday, 09:00 to 17:30 is set for you: change it here, or later in Settings.',
    off: 'Off: reminders at any time of day.',
    dayOff: 'no reminders',
    change: 'Change working hours',
  },
  desk: {
    title: 'Check your desk',
    body: 'Seven quick questions about your screen, chair and desk, about 2 minutes, with one cheap fix for anything worth changing.',
    start: 'Check my desk',
  },
  saved: 'Saved.',
  done: 'Get started',
  later: 'You can change all of this later in Settings. This window will not open again.',
};
