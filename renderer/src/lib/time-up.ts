// The end of a timed walk or of a stretch's holds: the reminder's chime at the user's volume (or none when sound is
// off), so someone who walked away from the desk hears that the time is up, and main is told what comes next (it
// shows a notification and brings the window forward gently when the window is not focused; main decides). The
// chime's code loads only then.
import type { TimeUpNext } from '../../../electron/shared/window-requests';
import { getSettings, signalTimeUp } from './bridge';

/** Plays the chime once at the user's volume, unless sound is off, and tells main. Never throws. */
export function timeUp(next: TimeUpNext): void {
  signalTimeUp(next);
  void getSettings().then(
    async ({ soundEnabled, soundVolume }) => {
      if (!soundEnabled) return;
      const { playChime } = await import('./chime');
      playChime(soundVolume);
    },
    () => {},
  );
}
