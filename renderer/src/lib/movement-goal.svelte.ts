// Today's daily movement goal for Home, read from core (history:get-goal): loaded when asked (a new snapshot, a
// settings change) and again just after each local midnight, when the day's count and step start afresh.
import type { MovementGoal } from '../../../electron/shared/goal';
import { getMovementGoal } from './bridge';

export class GoalFeed {
  /** Today's goal, or null while loading, when it is off, or when it could not be read (Home shows no ring). */
  current = $state.raw<MovementGoal | null>(null);

  load(): void {
    getMovementGoal().then(
      (goal) => (this.current = goal),
      () => {}, // Home's own calls report an unreachable app; the ring just stays away
    );
  }

  /** Loads again a second after each local midnight; returns the stop function (an `$effect` teardown). */
  followDays(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      const now = Date.now();
      const midnight = nextMidnight(now);
      timer = setTimeout(
        () => {
          this.load();
          arm();
        },
        midnight - now + 1_000,
      );
    };
    arm();
    return () => clearTimeout(timer);
  }
}

/** Wall ms of the next local midnight after `now` (a plain computation; nothing reactive). */
function nextMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
