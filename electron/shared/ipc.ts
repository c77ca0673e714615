// The one IPC contract: invoke channels (`area:verb-noun`, args → result), events (`area:noun`, payload),
// and the `WalkBreakApi` that `window.walkbreak` implements. Types only; schemas are in ipc-schemas.ts.
import type { DeskState, WorkstationAnswer, WorkstationItem } from './desk';
import type { EmergencyRegion } from './emergency';
import type { DesktopInfo } from './desktop';
import type { MovementGoal } from './goal';
import type { Settings, SettingsIssue } from './settings';
import type { PauseLength, TrackerSnapshot } from './tracker';
import type { SkipVia, WalkSource } from './history';
import type { BreakState, ClearanceArgs, NextDayArgs, OnboardingAnswers, WalkEndReason } from './break';
import type { PostWalkAnswers, PreWalkCheck } from './walk';
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
} from './history-view';
import type { TimeUpNext, TimeUpSignal } from './window-requests';

/** An empty argument object, for operations that take none. */
export type NoArgs = Record<string, never>;

/** Every invoke channel with its argument and result types. */
export interface InvokeContract {
  'tracker:get-snapshot': { args: NoArgs; result: TrackerSnapshot };
  'tracker:report-moved': { args: NoArgs; result: TrackerSnapshot };
  /** "I'm standing" (true) at a sit-stand desk, or sitting again (false). */
  'tracker:set-standing': { args: { standing: boolean }; result: TrackerSnapshot };
  'reminder:snooze': { args: { minutes: number }; result: TrackerSnapshot };
  'reminder:skip': { args: { via: Exclude<SkipVia, 'closed'> }; result: TrackerSnapshot };
  'walk:start': { args: { source: WalkSource }; result: TrackerSnapshot };
  'walk:end': { args: { completed: boolean; declined?: boolean }; result: TrackerSnapshot };
  'reminders:pause': { args: PauseLength; result: TrackerSnapshot };
  'reminders:resume': { args: NoArgs; result: TrackerSnapshot };
  'settings:get': { args: NoArgs; result: Settings };
  'settings:update': { args: Partial<Settings>; result: Settings };
  'break:get-state': { args: NoArgs; result: BreakState };
  'break:onboard': { args: OnboardingAnswers; result: BreakState };
  'break:check-in': { args: PreWalkCheck; result: BreakState };
  'break:start-timer': { args: NoArgs; result: BreakState };
  'break:pause': { args: NoArgs; result: BreakState };
  'break:resume': { args: NoArgs; result: BreakState };
  'break:end-timer': { args: { reason: WalkEndReason }; result: BreakState };
  'break:submit-answers': { args: PostWalkAnswers; result: BreakState };
  'break:submit-next-day': { args: NextDayArgs; result: BreakState };
  'programme:confirm-clearance': { args: ClearanceArgs; result: BreakState };
  'history:get-overview': { args: { range: HistoryRange }; result: HistoryOverview };
  /** Today's daily movement goal for Home, or null when the user turned it off. */
  'history:get-goal': { args: NoArgs; result: MovementGoal | null };
  'history:export': { args: { what: ExportWhat; format: ExportFormat }; result: SaveResult };
  'history:import': { args: { text: string }; result: ImportResult };
  /** Stops the running import at the end of its current slice; its `history:import` then answers `cancelled`. */
  'history:cancel-import': { args: NoArgs; result: CancelImportResult };
  'history:save-clinician-summary': { args: NoArgs; result: SaveResult };
  'history:delete-day': { args: { day: DayKey }; result: DeleteResult };
  'history:delete-all': { args: { confirm: true }; result: DeleteResult };
  'desk:get-state': { args: NoArgs; result: DeskState };
  'desk:save-check': { args: { answers: Record<WorkstationItem, WorkstationAnswer> }; result: DeskState };
  'desk:mark-fixed': { args: { item: WorkstationItem }; result: DeskState };
  /** Where the user is, as far as the emergency number goes (null: unknown, every number is shown). */
  'app:get-region': { args: NoArgs; result: { emergencyRegion: EmergencyRegion | null } };
  /** The OS and Linux desktop, for the first-run window's "where the tray icon is". */
  'app:get-desktop': { args: NoArgs; result: DesktopInfo };
  /** Home's posture-reset offer answered ("Turn on" also sets postureResets through settings:update). */
  'desk:answer-posture-offer': { args: { answer: 'accepted' | 'declined' }; result: DeskState };
  /** The break window's timed walk or stretch ran out; main signals it when the window is not focused (issue 20). */
  'window:time-up': { args: { next: TimeUpNext }; result: TimeUpSignal };
  /** The reminder's content is `height` CSS px tall: main sizes the reminder window to it (clamped). */
  'window:fit-reminder': { args: { height: number }; result: { height: number } };
}

/** Channels only one kind of window may call (any other sender is refused as `forbidden`). */
export const WINDOW_ONLY = {
  'window:time-up': 'main',
  'window:fit-reminder': 'reminder',
} as const satisfies Partial<Record<keyof InvokeContract, 'main' | 'reminder'>>;

/** Every event main pushes to windows, with its payload. */
export interface EventContract {
  'tracker:snapshot': TrackerSnapshot;
  'settings:changed': Settings;
  'break:state': BreakState;
  /** A running import's progress (one event per whole percent, at most one per slice). */
  'history:import-progress': ImportProgress;
}

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type ArgsOf<C extends InvokeChannel> = InvokeContract[C]['args'];
export type ResultOf<C extends InvokeChannel> = InvokeContract[C]['result'];

/** Why a call failed: bad arguments, a sender that is not ours, or an error while handling it. */
export type IpcErrorCode = 'invalid-args' | 'forbidden' | 'failed';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** Field-level problems, for settings updates. */
  issues?: SettingsIssue[];
}

/** Every invoke resolves to this; handlers never throw across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Operation name on `window.walkbreak` → invoke channel. One function per operation. */
export const API_METHODS = {
  getSnapshot: 'tracker:get-snapshot',
  reportMoved: 'tracker:report-moved',
  setStanding: 'tracker:set-standing',
  snooze: 'reminder:snooze',
  skip: 'reminder:skip',
  startWalk: 'walk:start',
  endWalk: 'walk:end',
  pauseReminders: 'reminders:pause',
  resumeReminders: 'reminders:resume',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getBreakState: 'break:get-state',
  completeOnboarding: 'break:onboard',
  checkIn: 'break:check-in',
  startWalkTimer: 'break:start-timer',
  pauseWalk: 'break:pause',
  resumeWalk: 'break:resume',
  endWalkTimer: 'break:end-timer',
  submitWalkAnswers: 'break:submit-answers',
  submitNextDay: 'break:submit-next-day',
  confirmClearance: 'programme:confirm-clearance',
  getHistory: 'history:get-overview',
  getMovementGoal: 'history:get-goal',
  exportHistory: 'history:export',
  importHistory: 'history:import',
  cancelImport: 'history:cancel-import',
  saveClinicianSummary: 'history:save-clinician-summary',
  deleteHistoryDay: 'history:delete-day',
  deleteAllHistory: 'history:delete-all',
  getDeskState: 'desk:get-state',
  saveWorkstationCheck: 'desk:save-check',
  markDeskItemFixed: 'desk:mark-fixed',
  getRegion: 'app:get-region',
  getDesktop: 'app:get-desktop',
  answerPostureOffer: 'desk:answer-posture-offer',
  signalTimeUp: 'window:time-up',
  fitReminder: 'window:fit-reminder',
} as const satisfies Record<string, InvokeChannel>;

/** Subscription name on `window.walkbreak` → event channel. */
export const API_EVENTS = {
  onSnapshot: 'tracker:snapshot',
  onSettingsChanged: 'settings:changed',
  onBreakState: 'break:state',
  onImportProgress: 'history:import-progress',
} as const satisfies Record<string, EventChannel>;

type Methods = typeof API_METHODS;
type Events = typeof API_EVENTS;

/** What `window.walkbreak` exposes to the renderer (preload in Electron, the harness in a browser). */
export type WalkBreakApi = {
  [M in keyof Methods]: (args: ArgsOf<Methods[M]>) => Promise<IpcResult<ResultOf<Methods[M]>>>;
} & {
  [E in keyof Events]: (listener: (payload: EventContract[Events[E]]) => void) => () => void;
};

/** A handler per invoke channel; main and the browser harness both serve this map. */
export type HandlerMap = {
  [C in InvokeChannel]: (args: ArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};
