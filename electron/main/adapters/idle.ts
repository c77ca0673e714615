// IdleSource port: the OS input-idle counter and lock state from Electron's powerMonitor.
import type { IdleSample, IdleSource } from '../../core/ports';
import type { PowerMonitorSlice } from '../electron-slice';

export function powerMonitorIdle(powerMonitor: PowerMonitorSlice): IdleSource {
  return {
    sample(): IdleSample {
      const idleSec = powerMonitor.getSystemIdleTime();
      // With a 1 s threshold the state is 'locked', 'idle' or 'active'; only 'unknown' means "cannot tell".
      const state = powerMonitor.getSystemIdleState(1);
      return { idleSec, locked: state === 'unknown' ? null : state === 'locked' };
    },
  };
}
