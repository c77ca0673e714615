// Browser implementations of the core's ports for the harness: real Date.now()/performance.now() (faked by
// Playwright's page.clock in tests), setTimeout, a simulated idle counter, and in-memory stores.
import type { HistoryEvent } from '../../../electron/shared/history';
import type { Clock, EngineStore, IdleSample, IdleSource, Timer } from '../../../electron/core/ports';
import type { PersistedTracker } from '../../../electron/core/tracker-state';

/**
 * The machine: wall clock, monotonic clock and the engine's timer, with a simulated sleep. While suspended the
 * monotonic clock stands still and timer callbacks wait, as on a real suspended machine.
 */
export class SimulatedMachine implements Clock, Timer {
  private suspendedAt: number | null = null;
  private monoPausedMs = 0;
  private held: (() => void)[] = [];

  now(): number {
    return Date.now();
  }

  monotonic(): number {
    const raw = performance.now();
    return (this.suspendedAt ?? raw) - this.monoPausedMs;
  }

  after(delayMs: number, fire: () => void): () => void {
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      if (this.suspended) this.held.push(run);
      else fire();
    };
    const id = setTimeout(run, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(id);
    };
  }

  get suspended(): boolean {
    return this.suspendedAt !== null;
  }

  suspend(): void {
    if (this.suspendedAt === null) this.suspendedAt = performance.now();
  }

  /** Wakes up; returns the timer callbacks that came due while asleep (run them after the resume input). */
  resume(): (() => void)[] {
    if (this.suspendedAt !== null) this.monoPausedMs += performance.now() - this.suspendedAt;
    this.suspendedAt = null;
    const due = this.held;
    this.held = [];
    return due;
  }
}

/** The OS idle counter, driven by real input events in the harness page and by test controls. */
export class SimulatedIdle implements IdleSource {
  lastInputAt = Date.now();
  locked = false;
  /** While true the user types non-stop: every sample sees 0 idle seconds. */
  typingNonStop = false;

  sample(): IdleSample {
    const now = Date.now();
    if (this.typingNonStop) this.lastInputAt = now;
    return { idleSec: Math.max(0, Math.floor((now - this.lastInputAt) / 1000)), locked: this.locked };
  }

  /** A keyboard or mouse event happened now. */
  input(): void {
    this.lastInputAt = Date.now();
  }

  setIdleSeconds(seconds: number): void {
    this.typingNonStop = false;
    this.lastInputAt = Date.now() - seconds * 1000;
  }

  typing(on: boolean): void {
    this.typingNonStop = on;
    this.lastInputAt = Date.now();
  }
}

/** History and tracker state in memory; `events` is what tests assert on. */
export class MemoryEngineStore implements EngineStore {
  readonly events: HistoryEvent[] = [];
  private saved: PersistedTracker | null;

  constructor(seed: PersistedTracker | null = null) {
    this.saved = seed;
  }

  appendEvent(event: HistoryEvent): void {
    this.events.push(structuredClone(event));
  }

  loadTracker(): PersistedTracker | null {
    return this.saved ? structuredClone(this.saved) : null;
  }

  saveTracker(state: PersistedTracker): void {
    this.saved = structuredClone(state);
  }
}

/** One stored document in memory, copied in and out like a file (settings.json / programme.json in Electron). */
export class MemoryDocument<T> {
  private stored: T | undefined;

  load(): unknown {
    return this.stored === undefined ? undefined : structuredClone(this.stored);
  }

  save(value: T): void {
    this.stored = structuredClone(value);
  }
}
