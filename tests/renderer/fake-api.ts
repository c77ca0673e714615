// A fake window.walkbreak for component tests: every method is a vi.fn answering with IpcResult values, and
// emit() pushes events to whatever the view subscribed.
import { memoryDeskStore } from '../../electron/core/app';
import { DeskService } from '../../electron/core/desk-service';
import { vi, type Mock } from 'vitest';
import type { DesktopInfo } from '../../electron/shared/desktop';
import type { EventContract, IpcResult, WalkBreakApi } from '../../electron/shared/ipc';
import type { BreakState, SessionView } from '../../electron/shared/break';
import type { WalkEvaluation } from '../../electron/shared/walk';
import type { ImportProgress } from '../../electron/shared/history-view';
import type { Settings } from '../../electron/shared/settings';
import { DEFAULT_SETTINGS, copySettings } from '../../electron/core/settings';
import { overviewFor } from './history-fixtures';
import type { ReminderView, TrackerSnapshot } from '../../electron/shared/tracker';

export const NOW = new Date('2026-03-02T09:30:00Z').getTime();

export const SETTINGS: Settings = copySettings(DEFAULT_SETTINGS);

export function reminderView(overrides: Partial<ReminderView> = {}): ReminderView {
  return {
    sittingMin: 30,
    firm: false,
    snoozeOptionsMin: [5, 10, 15],
    shownAt: NOW,
    breakMin: 3,
    ...overrides,
  };
}

export function snapshot(overrides: Partial<TrackerSnapshot> = {}): TrackerSnapshot {
  return {
    at: NOW,
    presence: 'present',
    sittingMs: 30 * 60_000,
    sittingSince: NOW - 30 * 60_000,
    standingSince: null,
    standingMs: 0,
    trayState: 'overdue',
    reminder: null,
    nextReminderAt: NOW,
    pausedUntil: null,
    pause: null,
    remindersEnabled: true,
    outsideWorkingHours: false,
    idleUnreliable: false,
    snoozeCount: 0,
    hold: null,
    ...overrides,
  };
}

/** A break state after onboarding at L2 (7 min), with no walk in progress. */
export function breakState(overrides: Partial<BreakState> = {}): BreakState {
  return {
    at: NOW,
    onboardingNeeded: false,
    advisory: [],
    advisoryDue: false,
    programme: { level: 2, minutes: 7, status: 'active', statusReasons: [], clearance: null },
    nextWalkMin: 7,
    restDay: false,
    planWalksToday: 0,
    shortWalkMin: 3,
    session: null,
    lastEvaluation: null,
    lastOutcome: null,
    pendingNextDay: null,
    ...overrides,
  };
}

/** A walk session at `step` (level 2, 7 minutes, pain 2 before, no emergency). */
export function sessionView(step: SessionView['step'], overrides: Partial<SessionView> = {}): SessionView {
  return {
    step,
    pre: { pain: 2, emergency: [] },
    level: 2,
    plannedMin: 7,
    walk: null,
    nextChangeAt: null,
    endReason: null,
    evaluation: null,
    ...overrides,
  };
}

/** A comfortable (green) walk's evaluation, changed by `overrides`. */
export function walkEvaluation(overrides: Partial<WalkEvaluation> = {}): WalkEvaluation {
  return {
    outcome: 'continue',
    zone: 'green',
    reasons: ['comfortable'],
    fired: ['comfortable'],
    urgentGp: false,
    suggestSlowerPace: false,
    baseline: 2,
    delta: 1,
    painBefore: 2,
    painAfter: 2,
    ...overrides,
  };
}

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

type Methods = { [K in keyof WalkBreakApi as K extends `on${string}` ? never : K]: WalkBreakApi[K] };
type MockedMethods = { [K in keyof Methods]: Mock<Methods[K]> };

export interface FakeApi extends MockedMethods {
  onSnapshot: WalkBreakApi['onSnapshot'];
  onSettingsChanged: WalkBreakApi['onSettingsChanged'];
  onBreakState: WalkBreakApi['onBreakState'];
  onImportProgress: WalkBreakApi['onImportProgress'];
  emit<E extends 'tracker:snapshot' | 'settings:changed' | 'break:state' | 'history:import-progress'>(
    channel: E,
    payload: EventContract[E],
  ): void;
}

/** Installs a fake bridge on window.walkbreak, answering with `snap` and `settings` unless told otherwise. */
export function installFakeApi(
  snap: TrackerSnapshot = snapshot(),
  settings: Settings = SETTINGS,
  breaks: BreakState = breakState(),
  /** Where the window runs (the first-run window says where the tray icon is). */
  desktop: DesktopInfo = { os: 'windows', desktop: null },
  /** The first day history recorded (the posture-reset offer's first week counts from it); null: no history. */
  firstUseAt: number | null = null,
): FakeApi {
  const listeners = {
    'tracker:snapshot': new Set<(s: TrackerSnapshot) => void>(),
    'settings:changed': new Set<(s: Settings) => void>(),
    'break:state': new Set<(s: BreakState) => void>(),
    'history:import-progress': new Set<(p: ImportProgress) => void>(),
  };
  const snapshotResult = () => Promise.resolve(ok(structuredClone(snap)));
  const breakResult = () => Promise.resolve(ok(structuredClone(breaks)));
  // The desk is core's own service over memory: answers saved by a view come back as Home would read them.
  const desk = new DeskService(memoryDeskStore(), () => Date.now(), undefined, {
    firstUseAt: () => firstUseAt,
    postureResets: () => settings.postureResets,
  });
  const api: FakeApi = {
    getSnapshot: vi.fn(snapshotResult),
    reportMoved: vi.fn(snapshotResult),
    setStanding: vi.fn(snapshotResult),
    snooze: vi.fn(snapshotResult),
    skip: vi.fn(snapshotResult),
    startWalk: vi.fn(snapshotResult),
    endWalk: vi.fn(snapshotResult),
    pauseReminders: vi.fn(snapshotResult),
    resumeReminders: vi.fn(snapshotResult),
    getSettings: vi.fn(() => Promise.resolve(ok(structuredClone(settings)))),
    // Main keeps what was saved: the next read or save starts from it (core/settings.ts SettingsService.update).
    updateSettings: vi.fn((patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(ok(structuredClone(settings)));
    }),
    getBreakState: vi.fn(breakResult),
    completeOnboarding: vi.fn(breakResult),
    checkIn: vi.fn(breakResult),
    startWalkTimer: vi.fn(breakResult),
    pauseWalk: vi.fn(breakResult),
    resumeWalk: vi.fn(breakResult),
    endWalkTimer: vi.fn(breakResult),
    submitWalkAnswers: vi.fn(breakResult),
    submitNextDay: vi.fn(breakResult),
    confirmClearance: vi.fn(breakResult),
    getHistory: vi.fn(() => Promise.resolve(ok(overviewFor([], NOW)))),
    // Off unless a test gives today's goal (the movement goal's ring on Home).
    getMovementGoal: vi.fn(() => Promise.resolve(ok(null))),
    exportHistory: vi.fn(() => Promise.resolve(ok({ saved: false as const }))),
    importHistory: vi.fn(() =>
      Promise.resolve(ok({ added: 0, duplicates: 0, cancelled: false, remaining: 0 })),
    ),
    cancelImport: vi.fn(() => Promise.resolve(ok({ cancelling: false }))),
    saveClinicianSummary: vi.fn(() => Promise.resolve(ok({ saved: false as const }))),
    deleteHistoryDay: vi.fn(() => Promise.resolve(ok({ removed: 0 }))),
    deleteAllHistory: vi.fn(() => Promise.resolve(ok({ removed: 0 }))),
    getDeskState: vi.fn(() => Promise.resolve(ok(desk.getState()))),
    saveWorkstationCheck: vi.fn(({ answers }) => Promise.resolve(ok(desk.saveCheck(answers)))),
    markDeskItemFixed: vi.fn(({ item }) => Promise.resolve(ok(desk.markFixed(item)))),
    getRegion: vi.fn(() => Promise.resolve(ok({ emergencyRegion: null }))),
    getDesktop: vi.fn(() => Promise.resolve(ok({ ...desktop }))),
    answerPostureOffer: vi.fn(({ answer }) => Promise.resolve(ok(desk.answerPostureOffer(answer)))),
    signalTimeUp: vi.fn(() => Promise.resolve(ok({ notification: false, window: 'none' as const }))),
    fitReminder: vi.fn(({ height }: { height: number }) => Promise.resolve(ok({ height }))),
    onSnapshot: (listener) => {
      listeners['tracker:snapshot'].add(listener);
      return () => listeners['tracker:snapshot'].delete(listener);
    },
    onSettingsChanged: (listener) => {
      listeners['settings:changed'].add(listener);
      return () => listeners['settings:changed'].delete(listener);
    },
    onBreakState: (listener) => {
      listeners['break:state'].add(listener);
      return () => listeners['break:state'].delete(listener);
    },
    onImportProgress: (listener) => {
      listeners['history:import-progress'].add(listener);
      return () => listeners['history:import-progress'].delete(listener);
    },
    emit(channel, payload) {
      for (const listener of listeners[channel]) (listener as (p: typeof payload) => void)(payload);
    },
  };
  window.walkbreak = api;
  return api;
}
