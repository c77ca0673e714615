// The test and demo control surface the harness host exposes as `window.__harness` (Playwright drives it).
// DOM-free on purpose: tests/e2e (a Node tsconfig) imports these types too.
import type { BreakState } from '../../../electron/shared/break';
import type { HistoryEvent } from '../../../electron/shared/history';
import type { Settings } from '../../../electron/shared/settings';
import type { TrackerSnapshot } from '../../../electron/shared/tracker';

/** Views a window can show; the main window shows one of main/settings/break at a time. */
export type HarnessView =
  'main' | 'settings' | 'break' | 'history' | 'desk' | 'help' | 'welcome' | 'reminder';

export interface HarnessApi {
  /** True once the core has started and the tray is drawn. */
  readonly ready: boolean;
  /** Simulated OS idle counter: the last keyboard/mouse input was `seconds` ago. Stops continuous typing. */
  setIdleSeconds(seconds: number): void;
  /** Continuous typing on (idle stays 0) or off (a typing pause starts now). */
  typing(on?: boolean): void;
  /** Session lock and unlock (unlock also counts as input: the user typed a password). */
  lock(): void;
  unlock(): void;
  /** System sleep: the engine's timer is held and the monotonic clock stops until resume(). */
  suspend(): void;
  resume(): void;
  /** Every history event the engine recorded (a copy). */
  events(): HistoryEvent[];
  snapshot(): TrackerSnapshot;
  /** The guided break as the break window sees it (programme, session, next-day check). */
  breakState(): BreakState;
  settings(): Settings;
  /** Changes settings as the Settings window would (every window hears settings:changed). */
  updateSettings(patch: Partial<Settings>): Settings;
  /** Opens the main window on a view, as the tray menu or the core would. */
  open(view: Exclude<HarnessView, 'reminder'>): void;
  /** Resizes the main window's content (now and for the views it opens later), as the user dragging its edge. */
  resizeMain(width: number, height: number): void;
  /** Names (views) of the window frames currently open. */
  openWindows(): HarnessView[];
  /** What the break window said came next each time its time ran out (window:time-up), in order. */
  timeUps(): string[];
  /** The user turns to another app: no WalkBreak window has the keyboard any more. */
  workElsewhere(): void;
  /** Engine timer wake-ups so far. */
  wakeUps(): number;
  /**
   * Holds every import at its next slice boundary (on) until released one slice at a time, or lets them run (off,
   * releasing whatever waits): a test can see the progress and press Cancel before the import ends.
   */
  holdImports(on: boolean): void;
  /** Imports waiting at a slice boundary while held. */
  importsWaiting(): number;
  /** Lets the first waiting import go on to its next slice boundary; false when none waits. */
  releaseImportSlice(): boolean;
}
