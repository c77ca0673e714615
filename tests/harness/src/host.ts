// Browser harness host (development and tests only): runs the REAL core with browser ports, draws the tray from
// trayModel, hosts the production renderer's windows as iframes, and exposes window.__harness for Playwright.
import { createCoreApp, mainWindowClosed } from '../../../electron/core/app';
import type { ProgrammeStore, StoredBreak } from '../../../electron/core/break-session';
import type { SettingsStorePort } from '../../../electron/core/settings-service';
import type { Settings } from '../../../electron/shared/settings';
import { runTrayCommand, type HostCommand } from '../../../electron/core/tray-commands';
import type { TrayCommand } from '../../../electron/core/tray-model';
import { initialState, type PersistedTracker } from '../../../electron/core/tracker-state';
import { reminderCopy } from '../../../electron/shared/reminder-copy';
import { timeUpPlan } from '../../../electron/core/time-up';
import { clampReminderHeight, TIME_UP_TITLE_KEY } from '../../../electron/shared/window-requests';
import { deskCueCopy } from '../../../electron/shared/desk-cue';
import { morningNoticeCopy } from '../../../electron/core/morning-check';
import type { DesktopInfo } from '../../../electron/shared/desktop';
import { MemoryEngineStore, MemoryDocument, SimulatedIdle, SimulatedMachine } from './browser-ports';
import { Controls } from './controls';
import { h } from './dom';
import type { HarnessApi } from './harness-types';
import { browserDocuments, recordingInto, seededHistoryLog } from './history-host';
import { HostBridge, type WalkBreakHost } from './host-bridge';
import { TrayPanel } from './tray-panel';
import { Desktop } from './windows';
import './host.css';

declare global {
  interface Window {
    __harness?: HarnessApi;
    __walkbreakHost?: WalkBreakHost;
  }
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the harness page`);
  return el;
}

/**
 * The OS and Linux desktop the first-run window talks about: `?os=windows|macos|linux` and
 * `&desktop=ubuntu|gnome|kde|other`, else this browser's OS (a Linux desktop of no known kind).
 */
function desktopFromQuery(): DesktopInfo {
  const query = new URLSearchParams(window.location.search);
  const agent = navigator.userAgent;
  const os =
    query.get('os') ?? (/Windows/i.test(agent) ? 'windows' : /Mac OS X/i.test(agent) ? 'macos' : 'linux');
  if (os === 'windows' || os === 'macos') return { os, desktop: null };
  const desktop = query.get('desktop');
  return {
    os: 'linux',
    desktop: desktop === 'ubuntu' || desktop === 'gnome' || desktop === 'kde' ? desktop : 'other',
  };
}

/** `?sat=29` starts the demo 29 minutes into a sitting bout (a stored state, as after a quick restart). */
function seedFromQuery(machine: SimulatedMachine): PersistedTracker | null {
  const sat = Number(new URLSearchParams(window.location.search).get('sat'));
  if (!Number.isFinite(sat) || sat <= 0) return null;
  const now = machine.now();
  const state = { ...initialState(now, machine.monotonic()), boutStart: now - Math.min(sat, 600) * 60_000 };
  return { version: 1, savedAt: now, state };
}

const machine = new SimulatedMachine();
const idle = new SimulatedIdle();
const store = new MemoryEngineStore(seedFromQuery(machine));
const settingsStore: SettingsStorePort = new MemoryDocument<Settings>();
const programmeStore: ProgrammeStore = new MemoryDocument<StoredBreak>();
const warnings: string[] = [];
/** Every window:time-up the break window sent, by what comes next. */
const timeUps: string[] = [];
let importsHeld = false;
const heldImports: (() => void)[] = [];
const historyLog = seededHistoryLog(machine.now(), (message) => console.warn(`[walkbreak] ${message}`));

const desktop = new Desktop(byId('desktop'), byId('notifications'), {
  closing: (win) => bridge.disconnect(win),
  mainClosed: () => mainWindowClosed(core),
});

const core = createCoreApp(
  {
    clock: machine,
    timer: machine,
    idle,
    presenter: {
      showReminder(view) {
        const { title, body } = reminderCopy(view, core.i18n());
        desktop.showNotification(title, body);
        desktop.openReminder(false);
      },
      hideReminder() {
        desktop.hideNotification();
        desktop.closeReminder();
      },
      openBreak() {
        desktop.openMain('break');
      },
      cue(cue) {
        const { title, body } = deskCueCopy(cue, core.i18n());
        desktop.showNotification(title, body);
      },
    },
    nextDay: {
      showNextDayCheck(check) {
        const { title, body } = morningNoticeCopy(check, core.i18n());
        desktop.showNotification(title, body, () => desktop.openMain('main'));
      },
    },
    store: recordingInto(store, historyLog),
    warn: (message) => {
      warnings.push(message);
      console.warn(`[walkbreak] ${message}`);
    },
  },
  settingsStore,
  programmeStore,
  {
    log: historyLog,
    documents: browserDocuments,
    // A macrotask that the page's simulated clock (Playwright's clock fakes setTimeout) does not hold back; while
    // a test holds imports (holdImports), each slice boundary waits for releaseImportSlice instead.
    pause: () =>
      new Promise<void>((resolve) => {
        const go = (): void => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        };
        if (importsHeld) heldImports.push(go);
        else go();
      }),
  },
  () => navigator.languages,
  undefined,
  // The browser's first language names the region (en-GB in the e2e run); `?country=US` stands for the OS's
  // country setting, as Electron's app.getLocaleCountryCode() gives it.
  () => ({
    country: new URLSearchParams(window.location.search).get('country'),
    languages: navigator.languages,
  }),
  desktopFromQuery(),
);

const bridge = new HostBridge(core, {
  closeWindow: (win) => desktop.closeWindowOf(win),
  input: () => idle.input(),
  log: (message) => console.info(`[walkbreak ipc] ${message}`),
  // The same decisions as main's (electron/main/window-requests.ts), on the fake desktop.
  windowRequests: {
    'window:time-up': ({ next }) => {
      timeUps.push(next);
      const plan = timeUpPlan({
        focused: desktop.mainFocused(),
        hold: core.engine.interruptionHold(),
        os: 'linux',
        wayland: false,
      });
      if (plan.flash) desktop.flashMain();
      if (plan.notify) {
        const { t } = core.i18n();
        desktop.showNotification(t(TIME_UP_TITLE_KEY[next]), t('notices:timeUp.body'), () => {
          desktop.hideNotification();
          desktop.focusMain();
        });
      }
      return {
        notification: plan.notify,
        window: plan.showInactive ? 'raised' : plan.flash ? 'flashed' : 'none',
      };
    },
    'window:fit-reminder': ({ height }) => ({ height: desktop.fitReminder(clampReminderHeight(height)) }),
  },
});
window.__walkbreakHost = bridge.host();

let quit = false;
function onHostCommand(command: HostCommand | null): void {
  if (command === 'open-main') desktop.openMain('main');
  else if (command === 'open-settings') desktop.openMain('settings');
  else if (command === 'open-history') desktop.openMain('history');
  else if (command === 'open-desk') desktop.openMain('desk');
  else if (command === 'open-help') desktop.openMain('help');
  else if (command === 'quit') {
    quit = true;
    core.engine.stop();
    desktop.closeAll();
    byId('desktop').append(
      h('p', { class: 'quit-note' }, 'WalkBreak has quit. Reload the page to start it again.'),
    );
  }
}
function runCommand(command: TrayCommand): void {
  if (quit) return;
  runTrayCommand(core, command).then(onHostCommand, (error: unknown) => {
    queueMicrotask(() => {
      throw error;
    });
  });
}

const tray = new TrayPanel(
  byId('tray'),
  byId('tray-menu'),
  runCommand,
  () => core.i18n(),
  () => core.emergencyRegion(),
);

function redraw(): void {
  if (quit) return;
  tray.render(core.engine.snapshot());
  controls.update(idle.typingNonStop, store.events);
}

let ready = false;
const harness: HarnessApi = {
  get ready() {
    return ready;
  },
  setIdleSeconds: (seconds) => idle.setIdleSeconds(seconds),
  typing: (on = true) => idle.typing(on),
  lock() {
    idle.locked = true;
    core.engine.dispatch({ kind: 'lock' });
  },
  unlock() {
    idle.locked = false;
    idle.input();
    core.engine.dispatch({ kind: 'unlock' });
  },
  suspend() {
    core.engine.dispatch({ kind: 'suspend' });
    machine.suspend();
  },
  resume() {
    const due = machine.resume();
    core.engine.dispatch({ kind: 'resume' });
    for (const fire of due) fire();
  },
  events: () => structuredClone(store.events),
  snapshot: () => core.engine.snapshot(),
  breakState: () => core.breaks.getState(),
  settings: () => core.settings.get(),
  updateSettings: (patch) => core.settings.update(patch),
  open: (view) => desktop.openMain(view),
  resizeMain: (width, height) => desktop.resizeMain(width, height),
  openWindows: () => desktop.openViews(),
  wakeUps: () => core.engine.wakeUps,
  timeUps: () => [...timeUps],
  workElsewhere: () => desktop.workElsewhere(),
  holdImports(on) {
    importsHeld = on;
    if (!on) for (const go of heldImports.splice(0)) go();
  },
  importsWaiting: () => heldImports.length,
  releaseImportSlice() {
    const go = heldImports.shift();
    go?.();
    return go !== undefined;
  },
};

const controls = new Controls(byId('controls'), harness, redraw);

// Real input on the harness page counts as input on the desktop.
for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
  window.addEventListener(type, () => idle.input(), { capture: true, passive: true });
}

core.engine.subscribe(() => redraw());
core.engine.start();
redraw();
// `?welcome`: the first-run window at start, as on a first launch (the tests open it themselves).
if (new URLSearchParams(window.location.search).has('welcome')) desktop.openMain('welcome');
ready = true;
window.__harness = harness;
document.body.dataset.ready = 'true';
