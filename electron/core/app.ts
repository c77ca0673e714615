// Wires the core once for every host (Electron main, the browser harness, tests): settings → engine → break
// service → handlers.
import { emergencyRegion, type EmergencyRegion, type RegionHints } from '../shared/emergency';
import type { DesktopInfo } from '../shared/desktop';
import type { Translator } from '../shared/i18n';
import type { HandlerMap } from '../shared/ipc';
import { BreakService } from './break-service';
import type { ProgrammeStore } from './break-session';
import { DeskService, type DeskStore } from './desk-service';
import { Engine, POSTURE_HOLD_FRESH_MS, type EnginePorts } from './engine';
import { createHandlers } from './handlers';
import { coreTranslator } from './i18n';
import { HistoryLog } from './history-log';
import { memoryHistoryFiles } from './history-memory';
import { watchMorningCheck } from './morning-check';
import { HistoryService, type HistoryDocuments } from './history-service';
import type { Pause } from './history-transfer';
import { SettingsService, type SettingsStorePort } from './settings-service';

export interface CoreApp {
  engine: Engine;
  settings: SettingsService;
  breaks: BreakService;
  history: HistoryService;
  desk: DeskService;
  handlers: HandlerMap;
  /** The translator for the current language setting: tray, notifications and main's messages use it. */
  i18n: () => Translator;
  /** The user's emergency region (electron/shared/emergency.ts), or null when unknown: every number is shown. */
  emergencyRegion: () => EmergencyRegion | null;
}

const NO_DOCUMENTS: HistoryDocuments = {
  saveFile: () => Promise.resolve({ saved: false }),
  saveClinicianSummary: () => Promise.resolve({ saved: false }),
};

/** Builds the core; call `engine.start()` once the host is ready to show reminders. */
export function createCoreApp(
  ports: EnginePorts,
  settingsStore: SettingsStorePort,
  programmeStore: ProgrammeStore,
  /**
   * The history store (the host sends `ports.store.appendEvent` to it) and how files reach the user. Without it,
   * recorded events are also kept in an in-memory history, and nothing can be saved.
   */
  historyHost?: { log: HistoryLog; documents: HistoryDocuments; pause?: Pause },
  /** The system's preferred languages, most preferred first (Electron: app.getPreferredSystemLanguages()). */
  preferredLanguages: () => readonly string[] = () => ['en'],
  /** The desk document (desk.json in main); kept in memory when the host gives none. */
  deskStore: DeskStore = memoryDeskStore(),
  /** What the system says about where the user is (Electron: country code, regional format, languages). */
  regionHints: () => RegionHints = () => ({}),
  /** Where the app runs (main: desktop-info.ts), for the first-run window; a Linux desktop of no known kind without. */
  desktop: DesktopInfo = { os: 'linux', desktop: 'other' },
): CoreApp {
  if (!historyHost) {
    const log = new HistoryLog(memoryHistoryFiles());
    const store = ports.store;
    historyHost = { log, documents: NO_DOCUMENTS };
    ports = {
      ...ports,
      store: {
        appendEvent: (event) => {
          store.appendEvent(event);
          log.append(event);
        },
        loadTracker: () => store.loadTracker(),
        saveTracker: (state) => store.saveTracker(state),
        ...(store.touchTracker && { touchTracker: (at: number) => store.touchTracker?.(at) }),
        ...(store.trackerTouchedAt && { trackerTouchedAt: () => store.trackerTouchedAt?.() ?? null }),
      },
    };
  }
  const host = historyHost;
  // `i18n` is defined just below; SettingsService calls it only when it words a message, never while constructing.
  const settings = new SettingsService(settingsStore, () => i18n());
  // Services that word messages for the user take `i18n` and call it when they speak (never keep a translator).
  const i18n = coreTranslator(() => settings.get().language, preferredLanguages);
  // The log names the fields only: it stays English whatever the user's language, and holds no values.
  const repaired = settings.repairedOnLoad.map((issue) => issue.field);
  if (repaired.length) ports.warn?.(`settings repaired on load: ${repaired.join(', ')}`);
  const engine = new Engine(ports, settings.get());
  settings.subscribe((next) => engine.setSettings(next));
  const breaks = new BreakService({
    clock: ports.clock,
    store: programmeStore,
    record: (event) => ports.store.appendEvent(event),
    // The guided walk drives the tracker's own walk inputs; a walk already running (started from a reminder or
    // the tray) is not started twice.
    tracker: (input) => {
      if (input.kind === 'end-walk') engine.dispatch(input);
      else if (engine.snapshot().presence !== 'walking')
        engine.dispatch({ kind: 'start-walk', source: 'window' });
    },
    shortWalkMin: () => settings.get().breakSuggestedMin,
    i18n,
    ...(ports.warn && { warn: ports.warn }),
  });
  // Reminders follow the walking plan's status: paused → gentle moving, locked → none (engine.setPlanStatus).
  const planStatus = (state: ReturnType<BreakService['getState']>) =>
    engine.setPlanStatus(state.programme?.status ?? null);
  planStatus(breaks.getState());
  breaks.subscribe(planStatus);
  // The next-day check (issue 14): the tray offers it while it is due, and a morning notification comes once per
  // check, decided at each tracker snapshot (electron/core/morning-check.ts).
  engine.setNextDayDue(() => breaks.pendingNextDay() !== null);
  // What the last snapshot said (the check also falls due by time alone); an answer takes the tray line away at once.
  let nextDayShown = false;
  engine.subscribe((snapshot) => (nextDayShown = snapshot.nextDayCheck === true));
  breaks.subscribe((state) => {
    if (nextDayShown && state.pendingNextDay === null) engine.nextDayChanged();
  });
  if (ports.nextDay)
    engine.subscribe(
      watchMorningCheck(
        {
          now: () => ports.clock.now(),
          workingHours: () => settings.get().workingHours,
          pending: () => breaks.pendingNextDay(),
          shown: () => breaks.morningShown(),
          markShown: (check) => breaks.markMorningShown(check),
          // Asked at idle samples only: the look the previous sample started is fresh enough (no wake-up of its own).
          interruptionHold: () => engine.interruptionHold(POSTURE_HOLD_FRESH_MS),
        },
        ports.nextDay,
        ports.warn,
      ),
    );
  const history = new HistoryService({
    ...host,
    now: () => ports.clock.now(),
    breakState: () => breaks.getState(),
    i18n,
    movementGoalMin: () => {
      const { movementGoalEnabled, movementGoalMin } = settings.get();
      return movementGoalEnabled ? movementGoalMin : null;
    },
    standingSince: () => engine.snapshot().standingSince,
  });
  const desk = new DeskService(deskStore, () => ports.clock.now(), ports.warn, {
    firstUseAt: () => history.firstRecordedAt(),
    postureResets: () => settings.get().postureResets,
  });
  const region = (): EmergencyRegion | null => emergencyRegion(regionHints());
  const handlers = createHandlers(
    engine,
    settings,
    breaks,
    () => ports.clock.now(),
    history,
    desk,
    region,
    desktop,
  );
  return { engine, settings, breaks, history, desk, handlers, i18n, emergencyRegion: region };
}

/**
 * The user closed the main window. A walk started from a reminder, the tray or Home that never reached the plan's
 * timed walk ends there (not completed), so the tracker does not stay "walking" (no reminders) for hours while the
 * user sits again. A running walk timer keeps going: the walk screen says the window may be left.
 */
export function mainWindowClosed(core: CoreApp): void {
  if (core.engine.snapshot().presence !== 'walking') return;
  if (core.breaks.getState().session?.step === 'walking') return;
  core.engine.dispatch({ kind: 'end-walk', completed: false, declined: true });
}

/** A desk document kept in memory (the harness, tests). */
export function memoryDeskStore(): DeskStore {
  let doc: unknown = null;
  return { load: () => doc, save: (next) => (doc = JSON.parse(JSON.stringify(next)) as unknown) };
}
