// Ports through which the pure core reaches the outside world. Main implements them with Electron and Node;
// tests and the browser harness implement them with fakes or in-memory versions.
import type { PendingNextDay } from '../shared/break';
import type { DeskCue } from '../shared/desk-cue';
import type { HistoryEvent } from '../shared/history';
import type { HoldReason, ReminderView } from '../shared/tracker';
import type { PersistedTracker } from './tracker-state';

/** Wall clock (truth for what users see and history) plus a monotonic clock (to tell real time from clock changes). */
export interface Clock {
  /** Wall-clock milliseconds since the epoch (Date.now()). */
  now(): number;
  /** Monotonic milliseconds from an arbitrary origin (performance.now()); never jumps with clock changes. */
  monotonic(): number;
}

/** One-shot timer. The engine keeps at most one armed. */
export interface Timer {
  /** Calls `fire` once after about `delayMs` ms; returns a cancel function. */
  after(delayMs: number, fire: () => void): () => void;
}

/** One reading of the system's input-idle counter. */
export interface IdleSample {
  /** Seconds since the last keyboard/mouse input anywhere on the system (cumulative, like powerMonitor.getSystemIdleTime). */
  idleSec: number;
  /** True when the OS reports the session as locked; null when the platform cannot tell. */
  locked: boolean | null;
  /**
   * True while another application is fullscreen or presenting (a reminder is held until it ends); false when
   * the platform says not; null or absent where the platform cannot tell (see docs/tracker.md).
   */
  fullscreen?: boolean | null;
  /**
   * True while another application keeps the screen awake (a video player, a presentation, a reader): no input
   * then is not a break. Null or absent where the platform cannot tell.
   */
  screenInUse?: boolean | null;
  /** True when the idle counter looks broken (Wayland): breaks then come only from lock, sleep and the user. */
  idleUnreliable?: boolean;
}

export interface IdleSource {
  sample(): IdleSample;
}

/**
 * Whether the user is busy in a way a reminder must not interrupt: in a call, presenting, in do-not-disturb
 * (issue 16). Asked only while a reminder is due, never on an ordinary wake. Adapters run the OS's own tools or
 * D-Bus asynchronously; a source that fails, or answers nothing, counts as "not busy" (docs/tracker.md, "Calls,
 * presentations, do-not-disturb").
 */
export interface BusySource {
  /** False when every source is off in Settings or none can tell on this OS: the engine then never asks. */
  enabled(): boolean;
  /**
   * Starts one look and returns at once; `answer` is called once (later, or never when a source hangs) with the
   * reasons seen, an empty list when none. Must not throw; the engine treats a throw as "not busy".
   */
  check(answer: (reasons: HoldReason[]) => void): void;
}

/**
 * The next-day check's morning notification (electron/core/morning-check.ts decides when). Main shows a system
 * notification whose click opens Home; where it fails or is refused, Home's card and the tray line still offer it.
 */
export interface NextDayNotifier {
  showNextDayCheck(check: PendingNextDay): void;
}

/** Shows and hides the reminder and the break window. */
export interface ReminderPresenter {
  showReminder(view: ReminderView): void;
  hideReminder(): void;
  openBreak(): void;
  /** Gives a quiet cue: a notification where the system has them, never a window. */
  cue(cue: DeskCue): void;
}

/** Persistence the engine needs: an append-only history and a small tracker state. */
export interface EngineStore {
  appendEvent(event: HistoryEvent): void;
  /** The stored tracker as read from disk: unchecked data (the engine validates it), or null when none. */
  loadTracker(): unknown;
  saveTracker(state: PersistedTracker): void;
  /**
   * Marks the stored tracker as still true at `at` without rewriting it (main: the file's modification time): no
   * new file and no fsync. Without it the engine saves the whole state instead.
   */
  touchTracker?(at: number): void;
  /** When the stored tracker was last marked still true (wall ms), or null: read at start as its "last seen". */
  trackerTouchedAt?(): number | null;
}
