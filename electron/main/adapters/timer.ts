// Timer port for the engine: one setTimeout per arm, cancelled with clearTimeout.
import type { Timer } from '../../core/ports';

/** setTimeout fires at once for delays above 2^31-1 ms (about 24.8 days), so longer ones are capped. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function systemTimer(): Timer {
  return {
    after(delayMs, fire) {
      const handle = setTimeout(fire, Math.min(Math.max(0, delayMs), MAX_DELAY_MS));
      return () => clearTimeout(handle);
    },
  };
}
