// One bridge call at a time for a view's buttons. While a call is in flight further clicks are ignored (the
// buttons stay enabled so focus is never lost); a failure's message is kept in `error` for the view to show.
import { errorMessage } from './bridge';

export class OneCall {
  /** Why the last call failed, or null. */
  error = $state<string | null>(null);
  #busy = false;

  /** Runs `action` unless a call is already in flight; clears `error` first and sets it on failure. */
  async run(action: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.error = null;
    try {
      await action();
    } catch (failure) {
      this.error = errorMessage(failure);
    } finally {
      this.#busy = false;
    }
  }
}
