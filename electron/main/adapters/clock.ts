// Clock port for the engine: the wall clock (Date.now) and a monotonic clock (performance.now).
import type { Clock } from '../../core/ports';

export function systemClock(): Clock {
  return {
    now: () => Date.now(),
    monotonic: () => performance.now(),
  };
}
