// The renderer's only door to main: reads `window.walkbreak` (preload in Electron, the harness in a browser),
// unwraps every IpcResult into its value or a typed BridgeError, and wraps the event subscriptions.
import type { DeskState, WorkstationAnswer, WorkstationItem } from '../../../electron/shared/desk';
import type { DesktopInfo } from '../../../electron/shared/desktop';
import type { MovementGoal } from '../../../electron/shared/goal';
import type {
  API_EVENTS,
  API_METHODS,
  ArgsOf,
  EventContract,
  IpcErrorCode,
  ResultOf,
  WalkBreakApi,
} from '../../../electron/shared/ipc';
import type {
  BreakState,
  ClearanceArgs,
  NextDayArgs,
  OnboardingAnswers,
  WalkEndReason,
} from '../../../electron/shared/break';
import type { WalkSource } from '../../../electron/shared/history';
import type {
  DayKey,
  DeleteResult,
  ExportFormat,
  ExportWhat,
  HistoryOverview,
  HistoryRange,
  CancelImportResult,
  ImportProgress,
  ImportResult,
  SaveResult,
} from '../../../electron/shared/history-view';
import type { Settings, SettingsIssue } from '../../../electron/shared/settings';
import type { PauseLength, TrackerSnapshot } from '../../../electron/shared/tracker';
import type { PostWalkAnswers, PreWalkCheck } from '../../../electron/shared/walk';
import type { TimeUpNext } from '../../../electron/shared/window-requests';
import '../i18n/common';
import { t } from './i18n.svelte';

declare global {
  interface Window {
    /** Set by the preload script (Electron) or by the browser harness; absent anywhere else. */
    walkbreak?: WalkBreakApi;
  }
}

type MethodName = keyof typeof API_METHODS;
type EventName = keyof typeof API_EVENTS;
type ArgsOfMethod<M extends MethodName> = Parameters<WalkBreakApi[M]>[0];
type ValueOfMethod<M extends MethodName> = ResultOf<(typeof API_METHODS)[M]>;

/** Why a bridge call failed: the IPC error code from main, or `unavailable` when there is no bridge at all. */
export type BridgeErrorCode = IpcErrorCode | 'unavailable';

/** A failed call. `message` is safe to show; `issues` holds field problems for settings updates. */
export class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    readonly issues: SettingsIssue[] = [],
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

function api(): WalkBreakApi {
  const bridge = typeof window === 'undefined' ? undefined : window.walkbreak;
  if (!bridge) throw new BridgeError('unavailable', t('common:errors.unavailable'));
  return bridge;
}

/** Calls one operation and returns its value; throws BridgeError when main refused it or could not be reached. */
export async function invoke<M extends MethodName>(
  method: M,
  args: ArgsOfMethod<M>,
): Promise<ValueOfMethod<M>> {
  const bridge = api();
  const call = bridge[method] as (args: ArgsOfMethod<M>) => Promise<unknown>;
  let result: unknown;
  try {
    result = await call.call(bridge, args);
  } catch {
    throw new BridgeError('unavailable', t('common:errors.unavailable'));
  }
  if (result === null || typeof result !== 'object' || !('ok' in result)) {
    throw new BridgeError('failed', t('common:errors.notUnderstood'));
  }
  const typed = result as
    | { ok: true; value: ValueOfMethod<M> }
    | { ok: false; error: { code: IpcErrorCode; message: string; issues?: SettingsIssue[] } };
  if (typed.ok) return typed.value;
  throw new BridgeError(
    typed.error.code,
    refusalText(typed.error.code, typed.error.message),
    typed.error.issues ?? [],
  );
}

/** Subscribes to one event; returns the unsubscribe function. A missing bridge subscribes to nothing. */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventContract[(typeof API_EVENTS)[E]]) => void,
): () => void {
  const bridge = typeof window === 'undefined' ? undefined : window.walkbreak;
  if (!bridge) return () => {};
  const on = bridge[event] as (
    listener: (payload: EventContract[(typeof API_EVENTS)[E]]) => void,
  ) => () => void;
  return on.call(bridge, listener);
}

/** The message to show for any error thrown by a bridge call. */
export function errorMessage(error: unknown): string {
  return error instanceof BridgeError ? error.message : t('common:errors.generic');
}

/**
 * What to show for main's refusal: main words refusals of the user's own input (settings, imports, the break) in
 * the user's language; a refused window or a logged failure is said in this window's words.
 */
function refusalText(code: IpcErrorCode, message: string): string {
  if (code === 'forbidden') return t('common:errors.forbidden');
  if (code === 'failed') return t('common:errors.failed');
  return message;
}

export const getSnapshot = (): Promise<TrackerSnapshot> => invoke('getSnapshot', {});
export const reportMoved = (): Promise<TrackerSnapshot> => invoke('reportMoved', {});
/** "I'm standing" (true) at a sit-stand desk, or sitting again (false). */
export const setStanding = (standing: boolean): Promise<TrackerSnapshot> =>
  invoke('setStanding', { standing });
export const snooze = (minutes: number): Promise<TrackerSnapshot> => invoke('snooze', { minutes });
export const skip = (via: ArgsOf<'reminder:skip'>['via']): Promise<TrackerSnapshot> =>
  invoke('skip', { via });
export const startWalk = (source: WalkSource): Promise<TrackerSnapshot> => invoke('startWalk', { source });
/** `declined`: the user leaves before walking ("Not now", Close), so the walk can never count as a break. */
export const endWalk = (completed: boolean, declined = false): Promise<TrackerSnapshot> =>
  invoke('endWalk', declined ? { completed, declined } : { completed });
export const pauseReminders = (length: PauseLength): Promise<TrackerSnapshot> =>
  invoke('pauseReminders', length);
export const resumeReminders = (): Promise<TrackerSnapshot> => invoke('resumeReminders', {});
export const getSettings = (): Promise<Settings> => invoke('getSettings', {});
export const updateSettings = (patch: Partial<Settings>): Promise<Settings> =>
  invoke('updateSettings', patch);

export const onSnapshot = (listener: (snapshot: TrackerSnapshot) => void): (() => void) =>
  subscribe('onSnapshot', listener);
export const onSettingsChanged = (listener: (settings: Settings) => void): (() => void) =>
  subscribe('onSettingsChanged', listener);

/** Closes this window (Electron closes the BrowserWindow; the harness removes the frame). */
export function closeWindow(): void {
  window.close();
}

export const getBreakState = (): Promise<BreakState> => invoke('getBreakState', {});
export const completeOnboarding = (answers: OnboardingAnswers): Promise<BreakState> =>
  invoke('completeOnboarding', answers);
export const checkIn = (pre: PreWalkCheck): Promise<BreakState> => invoke('checkIn', pre);
export const startWalkTimer = (): Promise<BreakState> => invoke('startWalkTimer', {});
export const pauseWalk = (): Promise<BreakState> => invoke('pauseWalk', {});
export const resumeWalk = (): Promise<BreakState> => invoke('resumeWalk', {});
export const endWalkTimer = (reason: WalkEndReason): Promise<BreakState> =>
  invoke('endWalkTimer', { reason });
export const submitWalkAnswers = (answers: PostWalkAnswers): Promise<BreakState> =>
  invoke('submitWalkAnswers', answers);
export const submitNextDay = (args: NextDayArgs): Promise<BreakState> => invoke('submitNextDay', args);
export const confirmClearance = (args: ClearanceArgs): Promise<BreakState> =>
  invoke('confirmClearance', args);

export const onBreakState = (listener: (state: BreakState) => void): (() => void) =>
  subscribe('onBreakState', listener);

export const getHistory = (range: HistoryRange): Promise<HistoryOverview> => invoke('getHistory', { range });
/** Today's daily movement goal, or null when the user turned it off. */
export const getMovementGoal = (): Promise<MovementGoal | null> => invoke('getMovementGoal', {});
export const exportHistory = (what: ExportWhat, format: ExportFormat): Promise<SaveResult> =>
  invoke('exportHistory', { what, format });
export const importHistory = (text: string): Promise<ImportResult> => invoke('importHistory', { text });
/** Stops the running import at the end of its current slice (its importHistory call then answers `cancelled`). */
export const cancelImport = (): Promise<CancelImportResult> => invoke('cancelImport', {});
export const onImportProgress = (listener: (progress: ImportProgress) => void): (() => void) =>
  subscribe('onImportProgress', listener);
export const saveClinicianSummary = (): Promise<SaveResult> => invoke('saveClinicianSummary', {});
export const deleteHistoryDay = (day: DayKey): Promise<DeleteResult> => invoke('deleteHistoryDay', { day });
export const deleteAllHistory = (): Promise<DeleteResult> => invoke('deleteAllHistory', { confirm: true });

export const getDeskState = (): Promise<DeskState> => invoke('getDeskState', {});
export const saveWorkstationCheck = (
  answers: Record<WorkstationItem, WorkstationAnswer>,
): Promise<DeskState> => invoke('saveWorkstationCheck', { answers });
export const markDeskItemFixed = (item: WorkstationItem): Promise<DeskState> =>
  invoke('markDeskItemFixed', { item });

/** Where the user is, as far as the emergency number goes (null: unknown). */
export const getRegion = (): Promise<ResultOf<'app:get-region'>> => invoke('getRegion', {});
/** The OS and Linux desktop this window runs on (where the tray icon is). */
export const getDesktop = (): Promise<DesktopInfo> => invoke('getDesktop', {});
/** Home's posture-reset offer answered; "Turn on" first sets postureResets with updateSettings. */
export const answerPostureOffer = (answer: 'accepted' | 'declined'): Promise<DeskState> =>
  invoke('answerPostureOffer', { answer });

/** The break window's walk or stretch ran out: main signals it when the window is not focused. Never throws. */
export function signalTimeUp(next: TimeUpNext): void {
  invoke('signalTimeUp', { next }).catch(() => {});
}
/** The reminder's content height (CSS px): main sizes the reminder window to it. Never throws. */
export function fitReminder(height: number): void {
  invoke('fitReminder', { height }).catch(() => {});
}
