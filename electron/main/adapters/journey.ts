// The test-only time switch of the Electron smoke journey (tests/e2e/electron-smoke.spec.ts): time runs `scale`
// times faster for the engine (the wall and monotonic clocks it reads and the timer it arms), and the idle counter
// reads as a user at the computer, reading (the last input 10 seconds ago), so a reminder comes after the
// threshold in seconds on a CI runner nobody has touched. index.ts turns it on only in an unpackaged build and only
// with WALKBREAK_TEST_TIME_SCALE set; an installed WalkBreak never reads it.
import type { Clock, IdleSource, Timer } from '../../core/ports';

/** The scale asked for by `value` (WALKBREAK_TEST_TIME_SCALE): a number from 2 to 1000, else null (off). */
export function journeyScale(value: string | undefined, packaged: boolean): number | null {
  if (packaged || value === undefined) return null;
  const scale = Number(value);
  return Number.isFinite(scale) && scale >= 2 && scale <= 1000 ? scale : null;
}

/** Clocks that run `scale` times faster from the moment this is called. */
export function scaledClock(real: Clock, scale: number): Clock {
  const wall0 = real.now();
  const mono0 = real.monotonic();
  return {
    now: () => Math.round(wall0 + (real.now() - wall0) * scale),
    monotonic: () => mono0 + (real.monotonic() - mono0) * scale,
  };
}

/** A timer whose delays are in the fast time: `delayMs / scale` real milliseconds. */
export function scaledTimer(real: Timer, scale: number): Timer {
  return { after: (delayMs, fire) => real.after(delayMs / scale, fire) };
}

/** A user reading at an unlocked computer: the last input always 10 seconds ago. */
export function readingUser(): IdleSource {
  return { sample: () => ({ idleSec: 10, locked: false, fullscreen: false, screenInUse: false }) };
}
