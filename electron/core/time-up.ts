// What main does when the break window's timed walk or stretch runs out (issue 20): a pure decision from whether the
// window has the keyboard, the interruption hold (a call, a presentation, do-not-disturb) and the desktop.
import type { DesktopOsName } from '../shared/desktop';
import type { HoldReason } from '../shared/tracker';

export interface TimeUpPlan {
  /** A system notification "Time's up: next, …" (clicking it brings the window forward with focus). */
  notify: boolean;
  /** Show the window without taking the keyboard (Windows, X11, macOS; Wayland has no showInactive). */
  showInactive: boolean;
  /** Flash the taskbar entry until the window is focused (Windows, Linux). */
  flash: boolean;
  /** macOS: ask to become the active app without stealing from the app in front (`app.focus({ steal: false })`). */
  activateGently: boolean;
}

const NOTHING: TimeUpPlan = { notify: false, showInactive: false, flash: false, activateGently: false };

/**
 * - The window has the keyboard: the user sees the screen change; nothing more (the chime is the renderer's).
 * - A hold (or not known yet, `null`): nothing that interrupts: no notification and no window brought up; only
 *   the taskbar entry flashes, which waits quietly until the user looks.
 * - Otherwise: the notification, the taskbar flash, and the window shown without focus (not on Wayland, where
 *   showing would take the keyboard), on macOS the gentle activation instead of a Dock bounce (no Dock icon).
 */
export function timeUpPlan(o: {
  focused: boolean;
  hold: readonly HoldReason[] | null;
  os: DesktopOsName;
  wayland: boolean;
}): TimeUpPlan {
  if (o.focused) return NOTHING;
  const mac = o.os === 'macos';
  if (o.hold === null || o.hold.length > 0) return { ...NOTHING, flash: !mac };
  return { notify: true, showInactive: !o.wayland, flash: !mac, activateGently: mac };
}
