// Where the app runs, as the first-run window needs it to say where the tray icon lives. Plain data only; main
// works it out (electron/main/desktop-info.ts), the browser harness from its query.

/** The desktop OS. */
export type DesktopOsName = 'windows' | 'macos' | 'linux';

/**
 * The Linux desktop, for where its tray is: GNOME shows tray icons only with an AppIndicator extension (Ubuntu's
 * GNOME ships one, switched on), KDE Plasma and most others have a system tray of their own. Null off Linux.
 */
export type LinuxDesktop = 'ubuntu' | 'gnome' | 'kde' | 'other';

export interface DesktopInfo {
  os: DesktopOsName;
  desktop: LinuxDesktop | null;
}
