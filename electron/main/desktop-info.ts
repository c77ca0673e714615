// Which OS and (on Linux) which desktop WalkBreak runs on, for the first-run window's "where the tray icon is".
// The desktop comes from XDG_CURRENT_DESKTOP, the colon-separated list the session sets (freedesktop.org Desktop
// Entry spec, "OnlyShowIn"/XDG_CURRENT_DESKTOP): "ubuntu:GNOME", "GNOME", "KDE", "X-Cinnamon", "XFCE", …
import type { DesktopInfo, LinuxDesktop } from '../shared/desktop';

/** The Linux desktop named by XDG_CURRENT_DESKTOP (case-insensitive); 'other' when unset or unknown. */
export function linuxDesktop(current: string | undefined): LinuxDesktop {
  const names = (current ?? '')
    .split(':')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  // Ubuntu's GNOME ships the AppIndicator extension switched on: its tray icons show in the top bar as they are.
  if (names.includes('ubuntu')) return 'ubuntu';
  if (names.includes('kde')) return 'kde';
  // GNOME Flashback has a classic panel with a notification area of its own.
  if (names.includes('gnome') && !names.includes('gnome-flashback')) return 'gnome';
  return 'other';
}

export function desktopInfo(platform: NodeJS.Platform, env: NodeJS.ProcessEnv = process.env): DesktopInfo {
  if (platform === 'win32') return { os: 'windows', desktop: null };
  if (platform === 'darwin') return { os: 'macos', desktop: null };
  return { os: 'linux', desktop: linuxDesktop(env['XDG_CURRENT_DESKTOP']) };
}
