// English messages, namespace "common": the app's name, words every window uses, and the errors any window can
// show. The source language. See docs/i18n.md.
export default {
  appName: 'WalkBreak',
  /** The footer link to Help on every window view (HelpLink, the break window). */
  help: 'Help and warning signs',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  minutesShort: '{{count}} min',
  /**
   * Where each emergency number applies, for a user whose region WalkBreak does not know (electron/shared/
   * emergency.ts lists them after "your local emergency number"; a known region shows its number alone).
   */
  emergency: {
    where: { uk: '999 in the UK', eu: '112 in the EU', na: '911 in the US and Canada' },
    short: { uk: '999 UK', eu: '112 EU', na: '911 US/Canada' },
  },
  actions: {
    close: 'Close',
    back: 'Back',
    next: 'Next',
    cancel: 'Cancel',
    save: 'Save',
    tryAgain: 'Try again',
  },
  loadFailed: {
    title: 'WalkBreak could not open this window',
    body: 'Part of the app is missing or damaged ({{detail}}). Close this window and open it again from the tray; if it keeps happening, reinstall WalkBreak. Your data is not affected.',
  },
  errors: {
    unavailable: 'WalkBreak could not reach the app. Close this window and open it again from the tray.',
    notUnderstood: 'The app sent an answer this window does not understand.',
    generic: 'Something went wrong. Please try again.',
    forbidden: 'This window may not use WalkBreak.',
    invalidArgs: 'WalkBreak could not use what this window sent. Please try again.',
    failed: 'Something went wrong; it has been logged.',
  },
};
