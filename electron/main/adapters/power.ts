// Forwards the OS power events (screen lock/unlock, suspend/resume) to the engine as tracker inputs.
import type { Engine } from '../../core/engine';
import type { PowerEvent, PowerMonitorSlice } from '../electron-slice';
import type { SessionBus } from './session-bus';

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

/**
 * The screen savers' ActiveChanged(b) signal on the session bus: true when the screen locks (or blanks), false when
 * it is back. Linux has no Electron `lock-screen`/`unlock-screen` (docs/api/power-monitor.md: macOS and Windows
 * only), so without this an unlock was only noticed at the next idle sample (up to 5 minutes). GNOME Shell sends it
 * as org.gnome.ScreenSaver; KDE Plasma, xfce4-screensaver and others as org.freedesktop.ScreenSaver; Cinnamon and
 * MATE under their own names. logind's Session.Lock/Unlock are not used: they live on the system bus and are
 * requests to the locker ("lock now"), not news that the screen did lock.
 */
export const SCREENSAVER_INTERFACES = [
  'org.gnome.ScreenSaver',
  'org.freedesktop.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.mate.ScreenSaver',
] as const;

export function watchScreenSaver(
  bus: Pick<SessionBus, 'onSignal'>,
  engine: Pick<Engine, 'dispatch'>,
  warn: (m: string) => void,
): void {
  // A desktop may send the same change under two names: only a change is passed on.
  let locked: boolean | null = null;
  for (const name of SCREENSAVER_INTERFACES) {
    bus.onSignal({ interface: name, member: 'ActiveChanged' }, ([active]) => {
      if (typeof active !== 'boolean' || active === locked) return;
      locked = active;
      try {
        engine.dispatch({ kind: active ? 'lock' : 'unlock' });
      } catch (error) {
        warn(`${name}.ActiveChanged could not be applied: ${String(error)}`);
      }
    });
  }
}
