// The guided break's screen logic. Main (core) owns the programme, the session and the walk's time; this keeps
// only what the window adds between calls (which stretch screen is showing, whether the user has seen an
// outcome) and picks the screen from both. `screenOf` is pure, so the order of screens is tested without a DOM.
import type { BreakState, PendingNextDay } from '../../../electron/shared/break';
import type { WalkEvaluation } from '../../../electron/shared/walk';
import '../i18n/break';
import { getBreakState, onBreakState } from './bridge';
import { t } from './i18n.svelte';
import { OneCall } from './one-call.svelte';

/** What the window adds to main's state. */
export interface LocalFlow {
  /** The user saw this window's walk reach its outcome, so a finished session shows that outcome. */
  seenOutcome: boolean;
  /** After the timed walk: the cool-down stretches first, then the symptom check. */
  afterWalk: 'cool-down' | 'symptoms';
  /**
   * Which walk the user chose for this break: the plan's walk (check-in, stretches, symptom check) or a short
   * walk of the suggested break length with no questions (a sitting break). Null until chosen.
   */
  mode: 'plan' | 'short' | null;
}

export type Screen =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'short-walk' }
  | { kind: 'onboarding' }
  | { kind: 'advisory' }
  | { kind: 'next-day'; pending: PendingNextDay }
  | { kind: 'rest-day' }
  | { kind: 'check-in' }
  | { kind: 'warm-up' }
  | { kind: 'walk' }
  | { kind: 'cool-down' }
  | { kind: 'symptoms' }
  | { kind: 'outcome'; evaluation: WalkEvaluation }
  | { kind: 'paused' }
  | { kind: 'locked' };

export type ScreenKind = Screen['kind'];

export const INITIAL_LOCAL: LocalFlow = { seenOutcome: false, afterWalk: 'cool-down', mode: null };

/**
 * The screen for main's state plus the window's own steps. A plan walk in progress always wins, so reopening the
 * window mid-walk lands on the walk; a finished session's outcome shows only to the window that saw it finish
 * (a later break starts afresh, or at the paused/locked screen the outcome led to). A locked or paused plan, and
 * a due next-day check, come before the choice of walk; the first-run questions come once the plan is chosen.
 */
export function screenOf(state: BreakState | null, local: LocalFlow): Screen {
  if (state === null) return { kind: 'loading' };
  const session = state.session;
  if (session?.step === 'done' && session.evaluation && local.seenOutcome)
    return { kind: 'outcome', evaluation: session.evaluation };
  if (session?.step === 'walking') return { kind: 'walk' };
  if (session?.step === 'answering') return { kind: local.afterWalk };
  if (session?.step === 'ready') return { kind: 'warm-up' };
  if (state.onboardingNeeded && local.mode === 'plan') return { kind: 'onboarding' };
  const status = state.programme?.status ?? 'active';
  if (status === 'locked') return { kind: 'locked' };
  if (status === 'paused') return { kind: 'paused' };
  if (state.pendingNextDay) return { kind: 'next-day', pending: state.pendingNextDay };
  if (local.mode === 'short') return { kind: 'short-walk' };
  if (local.mode === null) return { kind: 'choose' };
  if (state.advisoryDue) return { kind: 'advisory' };
  if (state.restDay) return { kind: 'rest-day' };
  return { kind: 'check-in' };
}

/** The five steps of a plan walk, in order, with their names' message keys. */
const STEPS = [
  ['check-in', 'checkIn'],
  ['warm-up', 'warmUp'],
  ['walk', 'walk'],
  ['cool-down', 'coolDown'],
  ['symptoms', 'symptoms'],
] as const satisfies readonly (readonly [ScreenKind, string])[];

/**
 * Where the user is in the break, for the "Step n of 5" line (null on screens outside the walk's steps); `name`
 * is in the current language.
 */
export function stepOf(kind: ScreenKind): { index: number; of: number; name: string } | null {
  const index = STEPS.findIndex(([k]) => k === kind);
  const step = STEPS[index];
  return step ? { index: index + 1, of: STEPS.length, name: t(`break:steps.names.${step[1]}`) } : null;
}

/**
 * The live break: main's latest state (fetched, then pushed), re-read whenever the walk screen is due to change
 * by itself and when the window becomes visible again (after sleep, time is recomputed in main).
 */
export class BreakFlow {
  state = $state<BreakState | null>(null);
  local = $state<LocalFlow>({ ...INITIAL_LOCAL });
  readonly call = new OneCall();
  /**
   * Pain right now, as answered on this window's first-run form or next-day check: the check-in that follows a
   * moment later starts from it instead of asking the same question again.
   */
  recentPain = $state<number | null>(null);
  readonly screen = $derived(screenOf(this.state, this.local));

  /** Starts following main; returns the stop function (an `$effect` teardown). */
  connect(): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      void getBreakState().then(
        (state) => !stopped && this.accept(state),
        () => {},
      );
    };
    const unsubscribe = onBreakState((state) => this.accept(state));
    const onVisible = () => {
      if (document.visibilityState === 'visible') reread();
    };
    document.addEventListener('visibilitychange', onVisible);
    void this.call.run(async () => {
      const state = await getBreakState();
      if (!stopped) this.accept(state);
    });
    // Re-read when main says the walk screen changes by itself (phase or cue, end of the walk).
    const stopTimer = $effect.root(() => {
      $effect(() => {
        const at = this.state?.session?.nextChangeAt ?? null;
        clearTimeout(timer);
        if (at === null) return;
        timer = setTimeout(reread, Math.max(0, at - Date.now()));
      });
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopTimer();
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }

  /** Takes a state from main unless a newer one is already here (pushes and replies may cross). */
  accept(state: BreakState): void {
    if (this.state && state.at < this.state.at) return;
    this.state = state;
  }

  /**
   * Runs one break operation; its reply becomes the state. `decides` marks the operations that can finish a walk
   * (check-in, the symptom answers): their outcome is then shown. Other replies may still carry an earlier walk's
   * finished session, which must not reappear.
   */
  act(action: () => Promise<BreakState>, local: Partial<LocalFlow> = {}, decides = false): Promise<void> {
    return this.call.run(async () => {
      const next = await action();
      this.accept(next);
      this.local = {
        ...this.local,
        ...local,
        ...(decides && { seenOutcome: next.session?.step === 'done' }),
      };
    });
  }

  /** Changes only the window's own step (no call to main). */
  go(local: Partial<LocalFlow>): void {
    this.call.error = null;
    this.local = { ...this.local, ...local };
  }
}
