// A deterministic simulator for the core engine: fake wall and monotonic clocks, one fake timer queue,
// a scripted input-idle source, and recording presenter/store. Used by core tests and `npm run bench`.
import { createCoreApp, type CoreApp } from '../../electron/core/app';
import type { EngineStore, IdleSample, ReminderPresenter } from '../../electron/core/ports';
import type { PersistedTracker } from '../../electron/core/tracker-state';
import type { PendingNextDay } from '../../electron/shared/break';
import type { DeskCue } from '../../electron/shared/desk-cue';
import type { HistoryEvent } from '../../electron/shared/history';
import { DEFAULT_WORKING_HOURS } from '../../electron/core/working-hours';
import type { Settings } from '../../electron/shared/settings';
import type { HoldReason, ReminderView, TrackerSnapshot } from '../../electron/shared/tracker';

export const SEC = 1_000;
export const MIN = 60_000;
export const HOUR = 3_600_000;

/** How the user uses the keyboard and mouse while time passes. */
export type Activity =
  /** Input every moment; idle is always 0. */
  | 'typing'
  /** Bursts of typing with a short pause in every 23 seconds (idle 1–6 s in the last 6 s of each 23). */
  | 'typing-with-pauses'
  /** At the computer, reading: a scroll or click every so often (idle about 10 s). */
  | 'reading'
  /** No input: the idle counter grows. */
  | 'idle';

/**
 * Working hours off: reminders at any hour of any day. For tests about clocks, sleep, DST and long runs, which
 * cross nights and weekends; working hours are on by default (09:00–17:30, weekdays) and have tests of their own.
 */
export const ALL_HOURS: Partial<Settings> = Object.freeze({
  workingHours: { ...DEFAULT_WORKING_HOURS, enabled: false },
});

export interface SimOptions {
  start?: number;
  /** The stored settings (settings.json) as read at start; none: the defaults. */
  settings?: Partial<Settings>;
  persisted?: PersistedTracker | null;
  /** The stored tracker's last "still true" mark, as read at start. */
  touchedAt?: number | null;
  locked?: boolean | null;
  /** The stored programme document (programme.json), as read at start. */
  programme?: unknown;
  /** The history store as a host wires it (default: core's in-memory history, which keeps every event). */
  history?: Parameters<typeof createCoreApp>[3];
}

export class Sim {
  wall: number;
  mono = 1_000_000;
  activity: Activity = 'typing-with-pauses';
  lastInputWall: number;
  lockedReported: boolean | null = false;
  /** What the platform reports about other apps: fullscreen or presenting, keeping the screen in use. */
  fullscreen: boolean | null = null;
  screenInUse: boolean | null = null;
  /**
   * The busy sources (calls, presentations, do-not-disturb; issue 16): null = every source off (the engine never
   * asks); a list = what they see now, answered `busyDelayMs` after being asked; 'fail' = the check throws;
   * 'hang' = it never answers (a source stuck past its deadline).
   */
  busy: HoldReason[] | 'fail' | 'hang' | null = null;
  busyDelayMs = 0;
  /** Looks at the busy sources so far (each one a D-Bus question or a command run in main). */
  busyChecks = 0;
  private busyAnswers: { dueMono: number; deliver: () => void }[] = [];
  events: HistoryEvent[] = [];
  shown: { at: number; view: ReminderView; snapshot: TrackerSnapshot }[] = [];
  hidden: number[] = [];
  breaksOpened: number[] = [];
  cues: { at: number; cue: DeskCue }[] = [];
  /** Next-day check notifications (issue 14), as main would show them. */
  nextDayNotices: { at: number; check: PendingNextDay }[] = [];
  warnings: string[] = [];
  persisted: PersistedTracker | null;
  /** The programme document as last saved (undefined before the first save unless seeded). */
  programme: unknown;
  core: CoreApp;
  private timer: { dueMono: number; fire: () => void } | null = null;
  /** Idle samples taken, and timer wake-ups that found the user present (cost measures for the bench). */
  samples = 0;
  wakesWhilePresent = 0;
  /** tracker.json writes (saveTracker calls): a cost measure for the bench and the write-policy tests. */
  saves = 0;
  /** "Still true at" marks (touchTracker: the file's modification time in main, no rewrite). */
  touches = 0;
  /** The last "still true" mark (main: tracker.json's modification time), or null. */
  touchedAt: number | null;

  constructor(opts: SimOptions = {}) {
    this.wall = opts.start ?? Date.UTC(2026, 10, 2, 9, 0, 0); // Monday 2 Nov 2026, 09:00 UTC
    this.lastInputWall = this.wall;
    this.persisted = opts.persisted ?? null;
    this.touchedAt = opts.touchedAt ?? null;
    this.programme = opts.programme;
    if (opts.locked !== undefined) this.lockedReported = opts.locked;
    const store: EngineStore = {
      appendEvent: (e) => this.events.push(e),
      loadTracker: () => this.persisted,
      saveTracker: (s) => {
        this.saves += 1;
        this.persisted = JSON.parse(JSON.stringify(s)) as PersistedTracker;
        // Writing a file sets its modification time to the time of the write (POSIX write(2): "Upon successful
        // completion ... mark for update the last data modification ... timestamps of the file").
        this.touchedAt = s.savedAt;
      },
      // Like main's store: the file's modification time, read back at the next start as its "last seen".
      touchTracker: (at) => {
        this.touches += 1;
        this.touchedAt = at;
      },
      trackerTouchedAt: () => this.touchedAt,
    };
    const presenter: ReminderPresenter = {
      showReminder: (view) => this.shown.push({ at: this.wall, view, snapshot: this.engine.snapshot() }),
      hideReminder: () => this.hidden.push(this.wall),
      openBreak: () => this.breaksOpened.push(this.wall),
      cue: (cue) => this.cues.push({ at: this.wall, cue }),
    };
    let stored: unknown = opts.settings ?? undefined;
    this.core = createCoreApp(
      {
        clock: { now: () => this.wall, monotonic: () => this.mono },
        timer: {
          after: (delayMs, fire) => {
            const entry = { dueMono: this.mono + delayMs, fire };
            this.timer = entry;
            return () => {
              if (this.timer === entry) this.timer = null;
            };
          },
        },
        idle: { sample: () => this.sample() },
        busy: {
          enabled: () => this.busy !== null,
          check: (answer) => {
            this.busyChecks += 1;
            const seen = this.busy;
            if (seen === 'fail') throw new Error('camera check failed');
            if (seen === 'hang' || seen === null) return;
            const deliver = () => answer([...seen]);
            if (this.busyDelayMs === 0) deliver();
            else this.busyAnswers.push({ dueMono: this.mono + this.busyDelayMs, deliver });
          },
        },
        presenter,
        nextDay: { showNextDayCheck: (check) => this.nextDayNotices.push({ at: this.wall, check }) },
        store,
        warn: (m) => this.warnings.push(m),
      },
      { load: () => stored, save: (s) => (stored = s) },
      {
        load: () => this.programme,
        save: (doc) => {
          this.programme = JSON.parse(JSON.stringify(doc)) as unknown;
        },
      },
      opts.history,
    );
  }

  get engine() {
    return this.core.engine;
  }

  start(): this {
    this.engine.start();
    return this;
  }

  sample(): IdleSample {
    this.samples += 1;
    return {
      idleSec: this.idleSec(),
      locked: this.lockedReported,
      fullscreen: this.fullscreen,
      screenInUse: this.screenInUse,
    };
  }

  idleSec(): number {
    if (this.activity === 'typing') return 0;
    if (this.activity === 'reading') return 10;
    if (this.activity === 'typing-with-pauses') {
      const second = Math.floor(this.wall / SEC) % 23;
      return second >= 17 ? second - 16 : 0;
    }
    return Math.max(0, Math.floor((this.wall - this.lastInputWall) / SEC));
  }

  /** Lets real time pass (wall and monotonic together), firing the engine's timer whenever it is due. */
  advance(ms: number, activity?: Activity): this {
    if (activity) this.setActivity(activity);
    const endMono = this.mono + ms;
    for (;;) {
      // A busy source's answer arrives when it is ready, between wake-ups (an async callback in main), not at the
      // engine's next wake-up.
      const answerAt = Math.min(Infinity, ...this.busyAnswers.map((a) => a.dueMono));
      if (answerAt <= endMono && answerAt < (this.timer?.dueMono ?? Infinity)) {
        this.moveTo(Math.max(answerAt, this.mono));
        continue;
      }
      if (!this.timer || this.timer.dueMono > endMono) break;
      const { dueMono, fire } = this.timer;
      this.moveTo(Math.max(dueMono, this.mono));
      this.timer = null;
      if (this.engine.snapshot().presence === 'present') this.wakesWhilePresent += 1;
      fire();
    }
    this.moveTo(endMono);
    return this;
  }

  private moveTo(mono: number): void {
    const delta = mono - this.mono;
    this.mono = mono;
    this.wall += delta;
    if (this.activity !== 'idle') this.lastInputWall = this.wall;
    const arrived = this.busyAnswers.filter((a) => a.dueMono <= mono);
    this.busyAnswers = this.busyAnswers.filter((a) => a.dueMono > mono);
    for (const a of arrived) a.deliver();
  }

  setActivity(activity: Activity): this {
    if (this.activity !== 'idle') this.lastInputWall = this.wall;
    this.activity = activity;
    return this;
  }

  /** The wall clock is set by `byMs` (NTP, manual change); monotonic time does not move. */
  jumpClock(byMs: number): this {
    this.wall += byMs;
    if (this.activity !== 'idle') this.lastInputWall = this.wall;
    return this;
  }

  /** The machine sleeps for `ms`: suspend event, wall moves, monotonic and timers stand still, resume event. */
  sleep(ms: number, opts: { events?: boolean } = {}): this {
    const events = opts.events ?? true;
    if (events) this.engine.dispatch({ kind: 'suspend' });
    this.wall += ms;
    if (events) this.engine.dispatch({ kind: 'resume' });
    return this;
  }

  lock(): this {
    this.lockedReported = true;
    this.engine.dispatch({ kind: 'lock' });
    return this;
  }

  unlock(): this {
    this.lockedReported = false;
    this.lastInputWall = this.wall;
    this.engine.dispatch({ kind: 'unlock' });
    return this;
  }

  snapshot(): TrackerSnapshot {
    return this.engine.snapshot();
  }

  /** Minutes since `from` at which reminders were shown. */
  shownMinutes(from: number): number[] {
    return this.shown.map((s) => (s.at - from) / MIN);
  }

  ofType<T extends HistoryEvent['type']>(type: T): Extract<HistoryEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<HistoryEvent, { type: T }> => e.type === type);
  }

  /** Milliseconds until the engine's timer fires, or null. */
  timerDueIn(): number | null {
    return this.timer ? this.timer.dueMono - this.mono : null;
  }
}
