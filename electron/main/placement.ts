// Where the reminder window appears: on the display the user is working on (the one with the pointer), in the
// corner the OS's own notifications do not use, so the notification never covers it (Windows toasts and KDE
// popups sit bottom-right, GNOME banners top-centre, macOS banners top-right). On Wayland a window cannot place
// itself or stay on top, so the reminder is an ordinary, centred window with a frame and a taskbar entry.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ElectronSlice } from './electron-slice';

/** Gap between the reminder window and the screen edge, in px. */
export const EDGE_PX = 16;

/** Which vertical edge of the work area the reminder keeps to, away from the OS notifications. */
export function reminderEdge(platform: NodeJS.Platform): 'top' | 'bottom' {
  return platform === 'darwin' ? 'bottom' : 'top';
}

export function reminderPlacement(
  screen: ElectronSlice['screen'],
  size: Pick<BrowserWindowConstructorOptions, 'width' | 'height'>,
  platform: NodeJS.Platform,
  wayland: boolean,
): BrowserWindowConstructorOptions {
  if (wayland)
    return { center: true, frame: true, alwaysOnTop: false, skipTaskbar: false, minimizable: true };
  const { workArea: a } = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const width = size.width ?? 0;
  const height = size.height ?? 0;
  const x = a.x + a.width - width - EDGE_PX;
  const y = reminderEdge(platform) === 'top' ? a.y + EDGE_PX : a.y + a.height - height - EDGE_PX;
  return { x: Math.round(x), y: Math.round(y) };
}
