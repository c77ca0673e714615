// IdleSource port: the OS input-idle counter and lock state from Electron's powerMonitor, plus what the desktop
// says about other apps (fullscreen, screen in use) where it says anything (desktop-signals.ts). On Wayland,
// Electron's idle counter may stay at 0 (electron#27912): a counter that never passes 2 s in 30 minutes of
// samples is reported as unreliable (no person types for 30 minutes without a pause), once it grows it is trusted.
import type { IdleSample, IdleSource } from '../../core/ports';
import type { PowerMonitorSlice } from '../electron-slice';
import type { DesktopSignalSource } from './desktop-signals';

/** Samples must span this long, with the counter never above QUIET_SEC, before it is called unreliable. */
export const UNRELIABLE_AFTER_MS = 30 * 60_000;
const QUIET_SEC = 2;

export interface IdleOptions {
  desktop?: DesktopSignalSource;
  /** True in a Wayland session (XDG_SESSION_TYPE=wayland), where the counter may not work. */
  wayland?: boolean;
  /** Wall-clock ms (Date.now in main). */
  now?: () => number;
}

export function powerMonitorIdle(powerMonitor: PowerMonitorSlice, o: IdleOptions = {}): IdleSource {
  const now = o.now ?? Date.now;
  let firstQuiet: number | null = null;
  let proven = !o.wayland;
  return {
    sample(): IdleSample {
      const idleSec = powerMonitor.getSystemIdleTime();
      // With a 1 s threshold the state is 'locked', 'idle' or 'active'; only 'unknown' means "cannot tell".
      const state = powerMonitor.getSystemIdleState(1);
      const locked = state === 'unknown' ? null : state === 'locked';
      if (idleSec > QUIET_SEC) proven = true;
      else if (!proven && !locked) firstQuiet ??= now();
      const unreliable = !proven && firstQuiet !== null && now() - firstQuiet >= UNRELIABLE_AFTER_MS;
      return { idleSec, locked, ...o.desktop?.read(), ...(unreliable && { idleUnreliable: true }) };
    },
  };
}
