// The tracker snapshot as a window sees it: fetched once, then kept current by the pushed `tracker:snapshot`
// events and by the snapshots that actions return. Raw state: snapshots are replaced whole, never mutated.
import type { TrackerSnapshot } from '../../../electron/shared/tracker';
import { errorMessage, getSnapshot, onSnapshot } from './bridge';

export class LiveSnapshot {
  /** The newest snapshot, or null until the first one arrives. */
  current = $state.raw<TrackerSnapshot | null>(null);
  /** Why the first snapshot could not be read, if it could not. */
  error = $state<string | null>(null);

  /** Fetches and subscribes; returns the stop function (use as an `$effect` teardown). */
  connect(): () => void {
    let stopped = false;
    const unsubscribe = onSnapshot((snapshot) => this.accept(snapshot));
    getSnapshot().then(
      (snapshot) => {
        if (!stopped) this.accept(snapshot);
      },
      (error: unknown) => {
        if (!stopped) this.error = errorMessage(error);
      },
    );
    return () => {
      stopped = true;
      unsubscribe();
    };
  }

  /** Takes a snapshot unless a newer one is already shown (events and replies can cross). */
  accept(snapshot: TrackerSnapshot): void {
    if (this.current && snapshot.at < this.current.at) return;
    this.current = snapshot;
    this.error = null;
  }
}
