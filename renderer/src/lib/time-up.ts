// The end of a timed walk or of a stretch's holds: the reminder's chime at the user's volume (or none when sound is
// off), so someone who walked away from the desk hears that the time is up. The chime's code loads only then.
import { getSettings } from './bridge';

/** Plays the chime once at the user's volume, unless sound is off. Never throws. */
export function timeUp(): void {
  void getSettings().then(
    async ({ soundEnabled, soundVolume }) => {
      if (!soundEnabled) return;
      const { playChime } = await import('./chime');
      playChime(soundVolume);
    },
    () => {},
  );
}
