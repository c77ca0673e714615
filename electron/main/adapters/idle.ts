// IdleSource port: the OS input-idle counter and lock state from Electron's powerMonitor, plus what the desktop
// says about other apps (fullscreen, screen in use) where it says anything (desktop-signals.ts).
import type { IdleSample, IdleSource } from '../../core/ports';
import type { PowerMonitorSlice } from '../electron-slice';
import type { DesktopSignalSource } from './desktop-signals';

export function powerMonitorIdle(powerMonitor: PowerMonitorSlice, desktop?: DesktopSignalSource): IdleSource {
  return {
    sample(): IdleSample {
      const idleSec = powerMonitor.getSystemIdleTime();
      // With a 1 s threshold the state is 'locked', 'idle' or 'active'; only 'unknown' means "cannot tell".
      const state = powerMonitor.getSystemIdleState(1);
      return { idleSec, locked: state === 'unknown' ? null : state === 'locked', ...desktop?.read() };
    },
  };
}
