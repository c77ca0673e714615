// Forwards the OS power events (screen lock/unlock, suspend/resume) to the engine as tracker inputs.
import type { Engine } from '../../core/engine';
import type { PowerEvent, PowerMonitorSlice } from '../electron-slice';

const INPUTS = {
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  suspend: 'suspend',
  resume: 'resume',
} as const satisfies Record<PowerEvent, string>;

export function watchPowerEvents(
  powerMonitor: PowerMonitorSlice,
  engine: Engine,
  warn: (m: string) => void,
): void {
  for (const [event, kind] of Object.entries(INPUTS) as [PowerEvent, (typeof INPUTS)[PowerEvent]][]) {
    powerMonitor.on(event, () => {
      try {
        engine.dispatch({ kind });
      } catch (error) {
        warn(`${event} could not be applied: ${String(error)}`);
      }
    });
  }
}
