// Composition root: builds the adapters on the Electron slice it is given (the real module, or the test fake),
// wires them to the core, serves IPC and the tray, and starts the engine. Call once, after app `ready`.
import { join } from 'node:path';
import { createCoreApp, mainWindowClosed, type CoreApp } from '../core/app';
import { FirstRun } from '../core/first-run';
import { HistoryLog } from '../core/history-log';
import { repairNotice } from '../core/settings';
import type { DesktopInfo } from '../shared/desktop';
import { createTranslator, resolveLanguage, type Translator } from '../shared/i18n';
import { RESOURCES } from '../shared/i18n/resources';
import { runTrayCommand, type HostCommand } from '../core/tray-commands';
import type { TrayCommand } from '../core/tray-model';
import { systemClock } from './adapters/clock';
import { historyDocuments } from './adapters/history-documents';
import { nodeFs, relativeErrors, type FsPort } from './adapters/durable-fs';
import { historyFiles } from './adapters/history-file';
import { retryEvery } from './adapters/durable-document';
import { busySources, probesFor, SYSTEM_TOOLS, type Probe } from './adapters/busy-sources';
import { desktopSignals } from './adapters/desktop-signals';
import { powerMonitorIdle } from './adapters/idle';
import { readingUser, scaledClock, scaledTimer } from './adapters/journey';
import { sessionBus, type SessionBus } from './adapters/session-bus';
import { watchPowerEvents, watchScreenSaver } from './adapters/power';
import { nextDayNotifier } from './adapters/next-day-notice';
import { createPresenter } from './adapters/presenter';
import { openStores } from './adapters/stores';
import { systemTimer } from './adapters/timer';
import { createTray, type TrayView } from './adapters/tray';
import type { ElectronSlice } from './electron-slice';
import { registerIpc } from './ipc';
import { desktopInfo } from './desktop-info';
import { integrateDesktop } from './desktop-integration';
import { createLogger, type Logger } from './logger';
import { combineNotices, keptAsideNotice, showNotice, writeTroubleNotices } from './notices';
import { rendererLocation, type RendererSource } from './renderer-location';
import { hardenSession } from './security';
import { windowRequestHandlers } from './window-requests';
import { createWindows, type Windows } from './windows';

export interface BootstrapOptions {
  /** Absolute; settings.json, tracker.json, programme.json, history/ and logs/ live here. */
  userDataDir: string;
  /** Folder holding tray-<state>.png (and the macOS Template variants). */
  resourcesDir: string;
  /** Built preload, out/preload/index.cjs. */
  preloadPath: string;
  renderer: RendererSource;
  platform: NodeJS.Platform;
  /** App version, written into each document's `__internal__.migrations.version` (a newer one is kept aside). */
  version: string;
  devTools?: boolean;
  /** Also log to the console (default true). */
  logToConsole?: boolean;
  /** Linux: where the start-at-login entry goes (default $XDG_CONFIG_HOME/autostart or ~/.config/autostart). */
  autostartDir?: string;
  /**
   * Linux: the D-Bus session bus (one long-lived connection, opened at the first question); default: the bus
   * named by DBUS_SESSION_BUS_ADDRESS, none elsewhere. Tests pass a fake or null.
   */
  sessionBus?: SessionBus | null;
  /** A Linux Wayland session (default: XDG_SESSION_TYPE=wayland). */
  wayland?: boolean;
  /** The file system for settings, tracker, programme and history (default node:fs; tests inject faults). */
  fs?: FsPort;
  /** The call/presentation/do-not-disturb probes (default: this OS's, busy-sources.ts). Tests pass fakes or []. */
  busyProbes?: Probe[];
  /** The OS and Linux desktop, for the first-run window (default: this platform, XDG_CURRENT_DESKTOP on Linux). */
  desktop?: DesktopInfo;
  /**
   * Started by the login item (`--hidden`, or macOS's wasOpenedAtLogin): nothing opens at start unless the
   * first-run window is still to be seen. A manual start opens Home. Read by launch(), not by bootstrap().
   */
  hidden?: boolean;
  /**
   * Test only (the Electron smoke journey; index.ts sets it only in an unpackaged build with
   * WALKBREAK_TEST_TIME_SCALE): the engine's time runs this many times faster and the idle counter reads as a
   * user reading at the computer (adapters/journey.ts).
   */
  timeScale?: number;
}

export interface Running {
  core: CoreApp;
  windows: Windows;
  tray: TrayView;
  log: Logger;
  /** Whether the first-run window is still to be shown (until the user has left it once). */
  firstRun: FirstRun;
  /**
   * Writes everything still waiting (settings, tracker, programme, history) now; true when nothing is left
   * unwritten. Synchronous and bounded by a handful of small writes: safe in before-quit, session-end, shutdown.
   */
  flush(): boolean;
  /**
   * The final save, once: the app is quitting (before-quit), the Windows session ends (a window's session-end,
   * where no before-quit comes) or the system shuts down (powerMonitor shutdown, macOS and Linux). Window
   * callbacks are inert from here on, the engine stops and everything pending is written.
   */
  stop(): void;
  /** stop(), plus the IPC handlers and the tray removed (for tests; power and app listeners stay). */
  dispose(): void;
}

export function bootstrap(e: ElectronSlice, o: BootstrapOptions): Running {
  const log = createLogger(join(o.userDataDir, 'logs', 'main.log'), { console: o.logToConsole !== false });
  log.info(`WalkBreak ${o.version} starting on ${o.platform}`);
  if (o.timeScale) log.warn(`test time switch: the engine's time runs ${o.timeScale} times faster`);
  hardenSession(e.session.defaultSession);

  // Main's notices speak the user's language: the system's until core has read the language setting, then core's.
  let early: Translator | null = null;
  const speak: { i18n: () => Translator } = {
    i18n: () =>
      (early ??= createTranslator(resolveLanguage('system', e.app.getPreferredSystemLanguages()), RESOURCES)),
  };
  // One "cannot save" / "saving again" notice for every kind of file, history included.
  const trouble = writeTroubleNotices(e, log, () => speak.i18n(), o.userDataDir);
  // File errors name paths relative to userData in logs and messages (never the user's home folder).
  const fs = relativeErrors(o.fs ?? nodeFs, o.userDataDir);
  const stores = openStores(o.userDataDir, o.version, { trouble, fs });
  // History waiting to be written is retried on the same schedule as the other files (15 s doubling to 5 min).
  const historyRetry = retryEvery(() => history.flush() === 0);
  const history = new HistoryLog(
    historyFiles(join(o.userDataDir, 'history'), fs),
    log.warn,
    {
      failing: (code) => {
        trouble.failing('history', code);
        historyRetry.start();
      },
      recovered: () => trouble.recovered('history'),
    },
    () => Date.now(),
  );
  // Written at the very first start, completed when the user leaves the first-run window.
  const firstRun = new FirstRun(stores.welcome, stores.storedBefore, () => Date.now());
  const renderer = rendererLocation(o.renderer);
  const bus =
    o.sessionBus !== undefined
      ? o.sessionBus
      : o.platform === 'linux' && process.env['DBUS_SESSION_BUS_ADDRESS']
        ? sessionBus()
        : null;
  const wayland = o.wayland ?? (o.platform === 'linux' && process.env['XDG_SESSION_TYPE'] === 'wayland');
  const windows = createWindows(e, {
    renderer,
    preloadPath: o.preloadPath,
    platform: o.platform,
    wayland,
    devTools: o.devTools ?? false,
    warn: log.warn,
    onSessionEnd: () => stop(),
    // A reminder window closed with its close box or Alt+F4 is a skip, so the tray does not stay "due".
    onReminderClosed: () => {
      if (core.engine.snapshot().reminder) core.engine.dispatch({ kind: 'skip', via: 'closed' });
    },
    onMainClosed: () => mainWindowClosed(core),
    onWelcomeLeft: () => firstRun.done(),
  });

  const core: CoreApp = createCoreApp(
    {
      clock: o.timeScale ? scaledClock(systemClock(), o.timeScale) : systemClock(),
      timer: o.timeScale ? scaledTimer(systemTimer(), o.timeScale) : systemTimer(),
      idle: o.timeScale
        ? readingUser()
        : powerMonitorIdle(e.powerMonitor, {
            desktop: desktopSignals(o.platform, log.warn, bus),
            wayland,
          }),
      // Calls, presentations, do-not-disturb (issue 16): asked only while a reminder is due.
      busy: busySources(
        o.busyProbes ??
          probesFor(
            o.platform,
            { ...SYSTEM_TOOLS, bus, ownPids: new Set([process.pid]) },
            { x11: process.env['XDG_SESSION_TYPE'] === 'x11' },
          ),
        () => core.settings.get(),
        log.warn,
      ),
      presenter: createPresenter(
        e,
        windows,
        () => core.settings.get(),
        () => core.i18n(),
        log.warn,
      ),
      // The next-day check's morning notification (issue 14); a click opens Home.
      nextDay: nextDayNotifier(e, windows, () => core.i18n(), log.warn),
      store: {
        appendEvent: (event) => history.append(event),
        loadTracker: stores.tracker.load,
        saveTracker: stores.tracker.save,
        touchTracker: stores.tracker.touch,
        trackerTouchedAt: stores.tracker.touchedAt,
      },
      warn: log.warn,
    },
    stores.settings,
    stores.programme,
    // The save dialog reads the language when it opens, long after `core` exists.
    {
      log: history,
      documents: historyDocuments(e, () => core.i18n(), windows.mainWindow),
      // An import yields to the event loop between slices: the tray and IPC stay served (issue 19).
      pause: () => new Promise<void>((resolve) => setImmediate(resolve)),
    },
    () => e.app.getPreferredSystemLanguages(),
    stores.desk,
    // Where the emergency number is read from: the OS's country, then its regional format, then the language.
    () => ({
      country: e.app.getLocaleCountryCode(),
      systemLocale: e.app.getSystemLocale(),
      languages: e.app.getPreferredSystemLanguages(),
    }),
    o.desktop ?? desktopInfo(o.platform),
  );

  speak.i18n = () => core.i18n();
  // The window requests (time-up signal, reminder size) need the OS windows: main serves its own for them.
  const handlers = {
    ...core.handlers,
    ...windowRequestHandlers(e, windows, {
      platform: o.platform,
      wayland,
      hold: () => core.engine.interruptionHold(),
      i18n: () => core.i18n(),
      warn: log.warn,
    }),
  };
  const unregisterIpc = registerIpc(e.ipcMain, handlers, windows.isOwnSender, log.warn, windows.senderKind);
  core.engine.subscribe((snapshot) => windows.broadcast('tracker:snapshot', snapshot));
  core.settings.subscribe((settings) => windows.broadcast('settings:changed', settings));
  core.breaks.subscribe((state) => windows.broadcast('break:state', state));
  core.history.onImportProgress((progress) => windows.broadcast('history:import-progress', progress));
  watchPowerEvents(e.powerMonitor, core.engine, log.warn);
  // Linux has no lock-screen/unlock-screen from Electron: the screen saver's signal on the session bus instead.
  if (o.platform === 'linux' && bus) watchScreenSaver(bus, core.engine, log.warn);

  const host = (command: HostCommand | null): void => {
    if (command === 'open-main') windows.openMain('main');
    else if (command === 'open-settings') windows.openMain('settings');
    else if (command === 'open-history') windows.openMain('history');
    else if (command === 'open-desk') windows.openMain('desk');
    else if (command === 'open-help') windows.openMain('help');
    else if (command === 'quit') e.app.quit();
  };
  const onCommand = (command: TrayCommand): void => {
    runTrayCommand(core, command).then(host, (error) =>
      log.error(`tray ${command.kind} failed: ${String(error)}`),
    );
  };

  const first = core.engine.start();
  const tray = createTray(
    e,
    {
      resourcesDir: o.resourcesDir,
      platform: o.platform,
      current: () => core.engine.snapshot(),
      i18n: () => core.i18n(),
      emergencyRegion: () => core.emergencyRegion(),
      onCommand,
    },
    first,
  );
  core.engine.subscribe(tray.render);
  // A new language setting re-words the tooltip and menu at once.
  core.settings.subscribe(() => tray.render(core.engine.snapshot()));
  for (const problem of stores.problems) log.warn(problem);
  // One message at start, however many stored things needed attention.
  const notice = combineNotices([
    keptAsideNotice(stores.keptAside, core.i18n()),
    repairNotice(core.settings.repairedOnLoad, core.i18n().t),
  ]);
  if (notice) showNotice(e, notice, log);
  const releaseDesktop = integrateDesktop(e, core, { ...o, wayland }, log);

  let stopped = false;
  const flush = (): boolean => {
    const stored = stores.flush();
    return history.flush() === 0 && stored;
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    windows.quitting();
    core.engine.stop();
    flush();
    historyRetry.stop();
    releaseDesktop();
    bus?.close();
  };
  e.app.on('before-quit', stop);
  e.powerMonitor.on('shutdown', stop);
  return {
    core,
    windows,
    tray,
    log,
    firstRun,
    flush,
    stop,
    dispose() {
      stop();
      unregisterIpc();
      tray.destroy();
    },
  };
}
