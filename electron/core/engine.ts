// The engine runs the pure tracker through its ports: one armed timer, effects executed in order,
// snapshots pushed to subscribers, state persisted when it matters. No Electron, no Node, no DOM.
import type { Settings } from '../shared/settings';
import type { HoldReason, PlanHalt, ReminderView, TrackerSnapshot } from '../shared/tracker';
import type { ProgrammeStatus } from '../shared/walk';
import type {
  BusySource,
  Clock,
  EngineStore,
  IdleSource,
  NextDayNotifier,
  ReminderPresenter,
  Timer,
} from './ports';
import { restoreTracker } from './restore';
import { nextWakeAt, snapshotOf } from './schedule';
import { MINUTE_MS } from './time';
import { BUSY_ANSWER_WAIT_MS, PRESENT_SAMPLE_MS } from './tracker-state';
import { postureDueAt, step, type BusyAnswer, type Effect, type TrackerInput } from './tracker';
import type { TrackerState } from './tracker-state';

export interface EnginePorts {
  clock: Clock;
  timer: Timer;
  idle: IdleSource;
  presenter: ReminderPresenter;
  store: EngineStore;
  /** Calls, presentations, do-not-disturb (issue 16): asked only while a reminder is due. Optional. */
  busy?: BusySource;
  /** The next-day check's morning notification (core/app.ts wires it; the engine itself never uses it). Optional. */
  nextDay?: NextDayNotifier;
  /** Told about recoverable problems (bad stored state, a failing port); main logs them. */
  warn?: (message: string) => void;
}

/**
 * While the user sits, the stored "last seen" mark is never more than this short of the next wake, and never more
 * than this ahead of the last one: a crash loses, or adds, at most this much sitting (issue 15: one minute;
 * docs/performance.md, "tracker.json writes").
 */
const CRASH_LOSS_MS = MINUTE_MS;
/** A look at the busy sources this recent answers interruptionHold() without a new one. */
const BUSY_FRESH_MS = MINUTE_MS;
/**
 * A posture reset and the next-day notification take the look started at the previous idle sample as fresh (they
 * never wake the engine themselves).
 */
export const POSTURE_HOLD_FRESH_MS = PRESENT_SAMPLE_MS + BUSY_ANSWER_WAIT_MS;
/** Never arm the timer closer than this, so a bug can never spin. */
const MIN_DELAY_MS = 250;

export class Engine {
  private state: TrackerState | null = null;
  private cancelTimer: (() => void) | null = null;
  private listeners = new Set<(snapshot: TrackerSnapshot) => void>();
  private lastPersistKey = '';
  private lastSeenAt = -Infinity;
  /** The latest answer of the busy sources, with the instant it was asked. */
  private busyAnswer: BusyAnswer | null = null;
  /** When an unanswered look at the busy sources was started, else null. */
  private askingSince: number | null = null;
  /** Timer wake-ups so far (for `npm run bench`). */
  wakeUps = 0;
  /** The walking plan's halt (health-evidence.md part 2 (c), "Pause and see a clinician"), or null while active. */
  private plan: PlanHalt | null = null;
  /** Whether a next-day check is due now (core/app.ts: the break service): the snapshot says so, for the tray. */
  private nextDayDue: () => boolean = () => false;
  /** The last idle sample saw another app full screen or presenting (a hold for every prompt). */
  private fullscreen = false;

  constructor(
    private readonly ports: EnginePorts,
    private settings: Settings,
  ) {}

  /** Restores the stored state (or starts fresh), takes a first idle sample and arms the timer. */
  start(): TrackerSnapshot {
    const { clock, store } = this.ports;
    const now = clock.now();
    let raw: unknown = null;
    try {
      raw = store.loadTracker();
    } catch (error) {
      this.warn(`could not read the tracker state: ${String(error)}`);
    }
    const restored = restoreTracker(lastSeen(raw, store), now, clock.monotonic(), this.settings);
    if (restored.problem)
      this.warn(`stored tracker state ignored (${restored.problem}); starting a new sitting bout`);
    this.state = restored.state;
    this.execute(restored.effects);
    return this.dispatch({ kind: 'wake' });
  }

  /** Cancels the timer and saves the state (on quit). */
  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.state) this.persist(this.state, this.ports.clock.now(), true, null);
  }

  /** Applies one input now and returns the resulting snapshot. */
  dispatch(input: TrackerInput): TrackerSnapshot {
    const prev = this.requireState();
    const { clock } = this.ports;
    const wall = clock.now();
    const settings = this.effectiveSettings();
    // The busy sources are asked for a posture reset only once it is due (never otherwise: issue 15's wake-ups). It
    // rides on the idle samples (at most PRESENT_SAMPLE_MS apart) and adds no wake-up: the look one sample starts
    // is the answer the next sample uses.
    const postureAt = postureDueAt(prev, settings);
    const sample = this.sampleIdle();
    if (sample) this.fullscreen = sample.fullscreen === true || sample.screenInUse === true;
    const result = step(prev, input, {
      wall,
      mono: clock.monotonic(),
      sample,
      settings,
      busy: this.busyEnabled() ? { answer: this.busyAnswer } : null,
      ...(postureAt !== null &&
        wall >= postureAt && { interruption: this.interruptionHold(POSTURE_HOLD_FRESH_MS) }),
    });
    this.state = result.state;
    this.execute(result.effects);
    const wakeAt = nextWakeAt(result.state, this.effectiveSettings());
    this.persist(result.state, wall, false, wakeAt);
    this.arm(result.state, wakeAt);
    const snapshot = this.decorate(snapshotOf(result.state, settings, wall));
    for (const listener of this.listeners) listener(snapshot);
    return snapshot;
  }

  /** The current picture, computed now, without changing anything (e.g. on tray hover). */
  snapshot(): TrackerSnapshot {
    return this.decorate(snapshotOf(this.requireState(), this.effectiveSettings(), this.ports.clock.now()));
  }

  /**
   * The walking plan's status (health-evidence.md part 2 (c)): while paused for a clinician, sitting reminders
   * continue but suggest standing and moving gently, never the plan's walk; while locked for urgent care no
   * sitting reminder is shown at all (one on screen is withdrawn) and the snapshot says so, for the tray and Home.
   */
  setPlanStatus(status: ProgrammeStatus | null): void {
    const plan = status === 'paused' || status === 'locked' ? status : null;
    if (plan === this.plan) return;
    this.plan = plan;
    if (this.state) this.dispatch({ kind: 'settings' });
  }

  /**
   * Where the snapshot learns whether a next-day check is due (read at each snapshot: it falls due at midnight
   * without any event); the tray offers the check while it is. Call `nextDayChanged()` when an answer changes it.
   */
  setNextDayDue(due: () => boolean): void {
    this.nextDayDue = due;
  }

  /** The next-day check was answered (or fell due): a new snapshot, so the tray follows at once. */
  nextDayChanged(): void {
    if (this.state) this.dispatch({ kind: 'settings' });
  }

  private nextDayDueNow(): boolean {
    try {
      return this.nextDayDue();
    } catch (error) {
      this.warn(`next-day check state failed: ${String(error)}`);
      return false;
    }
  }

  /** The settings the tracker runs on: the user's, with reminders held off while the plan is locked. */
  private effectiveSettings(): Settings {
    return this.plan === 'locked' ? { ...this.settings, remindersEnabled: false } : this.settings;
  }

  /** A reminder while the plan is paused says so (it suggests moving gently, not the plan's walk). */
  private reminderFor(view: ReminderView): ReminderView {
    return this.plan === 'paused' ? { ...view, planPaused: true } : view;
  }

  /** The snapshot as the user's settings say (reminders on or off) plus the plan's halt. */
  private decorate(snapshot: TrackerSnapshot): TrackerSnapshot {
    const reminder = snapshot.reminder && this.reminderFor(snapshot.reminder);
    const decorated = {
      ...snapshot,
      reminder,
      remindersEnabled: this.settings.remindersEnabled,
      ...(snapshot.presence !== 'walking' && this.nextDayDueNow() && { nextDayCheck: true as const }),
    };
    return this.plan === null ? decorated : { ...decorated, plan: this.plan };
  }

  /** New settings apply at once: the next reminder is re-planned without a restart. */
  setSettings(settings: Settings): TrackerSnapshot {
    this.settings = settings;
    return this.dispatch({ kind: 'settings' });
  }

  /**
   * The one hold every prompt obeys (issue 16): the posture reset, the next-day notification and anything else
   * WalkBreak puts in front of the user asks this first and shows nothing while it is not an empty list.
   * - [] : free (or no busy source is on): show it.
   * - reasons: a call, a presentation, do-not-disturb: wait (try again later, e.g. at the next snapshot).
   * - null: not known yet; a look was started now, ask again in a few seconds (a source that fails or does not
   *   answer counts as free then).
   * A reminder held right now answers with its reasons; otherwise an answer up to `freshMs` old (BUSY_FRESH_MS by
   * default) is used. Another app full screen or presenting at the last idle sample holds too ('presentation').
   */
  interruptionHold(freshMs: number = BUSY_FRESH_MS): HoldReason[] | null {
    if (this.fullscreen) return ['presentation'];
    if (!this.busyEnabled()) return [];
    const now = this.ports.clock.now();
    const held = snapshotOf(this.requireState(), this.settings, now).hold;
    if (held) return held.reasons;
    const answer = this.busyAnswer;
    if (answer && now - answer.askedAt <= freshMs) return answer.reasons;
    const asking = this.askingSince;
    if (asking !== null && now - asking >= BUSY_ANSWER_WAIT_MS) {
      this.askingSince = null;
      return [];
    }
    if (asking === null) this.checkBusy();
    return null;
  }

  getSettings(): Settings {
    return this.settings;
  }

  subscribe(listener: (snapshot: TrackerSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private requireState(): TrackerState {
    if (!this.state) throw new Error('Engine.start() must be called first');
    return this.state;
  }

  private sampleIdle() {
    try {
      return this.ports.idle.sample();
    } catch (error) {
      this.warn(`idle sample failed: ${String(error)}`);
      return null;
    }
  }

  private execute(effects: Effect[]): void {
    const { presenter, store } = this.ports;
    for (const effect of effects) {
      try {
        if (effect.type === 'record') store.appendEvent(effect.event);
        else if (effect.type === 'show-reminder') presenter.showReminder(this.reminderFor(effect.view));
        else if (effect.type === 'hide-reminder') presenter.hideReminder();
        else if (effect.type === 'cue') presenter.cue(effect.cue);
        else if (effect.type === 'check-busy') this.checkBusy();
        else presenter.openBreak();
      } catch (error) {
        this.warn(`${effect.type} failed: ${String(error)}`);
      }
    }
  }

  private busyEnabled(): boolean {
    try {
      return this.ports.busy?.enabled() === true;
    } catch (error) {
      this.warn(`busy sources failed: ${String(error)}`);
      return false;
    }
  }

  /**
   * Asks the busy sources without waiting: the answer is kept for the next step. A source that throws counts as
   * "not busy"; one that never answers, or answers later than BUSY_ANSWER_WAIT_MS, is treated the same.
   */
  private checkBusy(): void {
    const askedAt = this.ports.clock.now();
    this.askingSince ??= askedAt;
    const keep = (reasons: BusyAnswer['reasons']) => {
      if (this.askingSince !== null && this.askingSince <= askedAt) this.askingSince = null;
      // Too late: the tracker has already counted this look as "not busy"; a slow source never holds anything.
      if (this.ports.clock.now() - askedAt > BUSY_ANSWER_WAIT_MS) return;
      if (askedAt >= (this.busyAnswer?.askedAt ?? -Infinity)) this.busyAnswer = { askedAt, reasons };
    };
    try {
      this.ports.busy?.check(keep);
    } catch (error) {
      this.warn(`busy check failed: ${String(error)}`);
      keep([]);
    }
  }

  private arm(state: TrackerState, wakeAt: number): void {
    this.cancelTimer?.();
    const delay = Math.max(MIN_DELAY_MS, wakeAt - state.lastWall);
    this.cancelTimer = this.ports.timer.after(delay, () => {
      this.cancelTimer = null;
      this.wakeUps += 1;
      this.dispatch({ kind: 'wake' });
    });
  }

  /**
   * Writes tracker.json when what a restart needs changed (persistKey), with two exceptions that need no write:
   * - the user has just left a sitting bout for a walk, a lock or sleep, and nothing else changed: a restart from
   *   the stored (sitting) state, with "last seen" marked at the moment they left, ends the bout there, which is
   *   all a restart needs of the sitting (a walk's end, the return, is written);
   * - while the user sits, "last seen" is marked (EngineStore.touchTracker: the file's modification time, no
   *   rewrite) so that it is never more than CRASH_LOSS_MS short of the next wake.
   * `wakeAt` is the instant the timer is armed for (null on quit: the state is written).
   */
  private persist(state: TrackerState, savedAt: number, force: boolean, wakeAt: number | null): void {
    const key = persistKey(state);
    const { store } = this.ports;
    try {
      if (!force && key !== this.lastPersistKey && store.touchTracker) {
        const left = leftSitting(state);
        if (left && persistKey(left.sitting) === this.lastPersistKey) {
          if (this.lastSeenAt !== left.at) store.touchTracker(left.at);
          this.lastSeenAt = left.at;
          return;
        }
      }
      if (force || key !== this.lastPersistKey) {
        store.saveTracker({ version: 1, savedAt, state });
        this.lastPersistKey = key;
        // Writing the file sets its modification time: the mark is now the write.
        this.lastSeenAt = savedAt;
      }
      const sitting = state.presence === 'present' && state.boutStart !== null;
      if (!sitting || wakeAt === null) return;
      const mark = Math.max(savedAt, wakeAt - CRASH_LOSS_MS);
      if (this.lastSeenAt >= wakeAt - CRASH_LOSS_MS) return;
      if (store.touchTracker) store.touchTracker(mark);
      else store.saveTracker({ version: 1, savedAt: mark, state });
      this.lastSeenAt = mark;
    } catch (error) {
      this.warn(`could not save the tracker state: ${String(error)}`);
    }
  }

  private warn(message: string): void {
    this.ports.warn?.(message);
  }
}

/**
 * What a restart needs of the state (restoreTracker): presence, the bout, the pause and the reminder series. Clock
 * readings change on every step, and a reminder's phase (waiting for a typing pause, shown) is not restored (it is
 * planned again), so neither is worth a write of its own.
 */
function persistKey(state: TrackerState): string {
  const r = state.reminder;
  return JSON.stringify({
    ...state,
    lastWall: 0,
    lastMono: 0,
    lastSampleAt: 0,
    lastInputAt: 0,
    idleUnreliable: false,
    reminder: {
      ...r,
      phase: 'none',
      waitingSince: null,
      heldSince: null,
      heldFor: [],
      checkedAt: null,
      shownAt: null,
    },
  });
}

/**
 * A state in which the user has just left a sitting bout (a walk, a lock, sleep), with the sitting state it came
 * from and the moment they left; null otherwise.
 */
function leftSitting(state: TrackerState): { sitting: TrackerState; at: number } | null {
  const gone = state.presence === 'walking' || state.presence === 'locked' || state.presence === 'asleep';
  if (!gone || state.boutStart === null || state.absentSince === null) return null;
  const sitting = {
    ...state,
    presence: 'present' as const,
    absentSince: null,
    absentCause: null,
    walkSource: null,
  };
  return { sitting, at: state.absentSince };
}

/** The stored tracker with `savedAt` moved to the last "still true" mark when that is later (EngineStore.touchTracker). */
function lastSeen(raw: unknown, store: EngineStore): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const savedAt = (raw as { savedAt?: unknown }).savedAt;
  let touched: number | null = null;
  try {
    touched = store.trackerTouchedAt?.() ?? null;
  } catch {
    touched = null;
  }
  if (typeof savedAt !== 'number' || touched === null || !(touched > savedAt)) return raw;
  return { ...raw, savedAt: touched };
}
