// A reactive "now" for displays that count time. It reads Date.now() on each tick, so what is shown is always
// computed from timestamps; the timer only decides when to look again. Runs only while someone listens.
export class Ticker {
  /** Wall-clock ms at the last tick. */
  now = $state(Date.now());

  /**
   * Ticks whenever a whole `periodMs` has passed since `origin` (so a minute display flips on the minute of
   * the bout, not a minute after the window opened). Returns the stop function; use it as an `$effect` teardown.
   */
  run(periodMs: number, origin: number = Date.now()): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      const intoPeriod = (((Date.now() - origin) % periodMs) + periodMs) % periodMs;
      timer = setTimeout(() => {
        this.now = Date.now();
        arm();
      }, periodMs - intoPeriod);
    };
    arm();
    return () => clearTimeout(timer);
  }

  /** Reads the clock now (after an event that changed what is shown). */
  refresh(): void {
    this.now = Date.now();
  }
}

/** True while the document is visible; follows `visibilitychange`. */
export class PageVisibility {
  visible = $state(typeof document === 'undefined' || document.visibilityState !== 'hidden');

  /** Starts following the document; returns the stop function. */
  watch(): () => void {
    const update = () => {
      this.visible = document.visibilityState !== 'hidden';
    };
    document.addEventListener('visibilitychange', update);
    update();
    return () => document.removeEventListener('visibilitychange', update);
  }
}
