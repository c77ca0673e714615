// A typed fake of the Electron slice main uses (electron/main/electron-slice.ts): it records what main does to
// trays, menus, notifications and windows, and lets tests play the user and the OS (idle time, lock, clicks, IPC).
// `createFakeElectron()` must satisfy ElectronSlice, so any drift between the two is a compile error.
import type {
  BrowserWindowConstructorOptions,
  NotificationConstructorOptions,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type {
  DialogParent,
  ElectronSlice,
  InvokeEventSlice,
  MenuTemplateItem,
  PowerEvent,
} from '../../electron/main/electron-slice';
import { setImmediate as realSetImmediate } from 'node:timers';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  defaultMachine,
  Emitter,
  FakeBrowserWindow,
  FakeEvent,
  FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContents,
  type FakeDesktop,
  type FakeMachine,
  type NotificationRefusal,
} from './electron-ui';

export {
  chromiumUrl,
  PAGE_LOAD_MS,
  FakeBrowserWindow,
  FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContents,
} from './electron-ui';

/**
 * The OS idle counter: either "typing" (idle stays small) or growing from the last input. docs/api/power-monitor.md:
 * 'lock-screen' and 'unlock-screen' are macOS and Windows only (Linux reports a lock only through
 * getSystemIdleState), 'shutdown' is Linux and macOS only.
 */
export class FakePowerMonitor extends Emitter {
  private typingIdleSec: number | null = 1;
  private lastInputAt = Date.now();
  locked = false;
  constructor(readonly machine: FakeMachine = defaultMachine()) {
    super();
  }
  /** The user keeps typing: the idle counter stays at `idleSec`. */
  typing(idleSec = 1): void {
    this.typingIdleSec = idleSec;
  }
  /** The last input was `idleSec` ago and none follows: the counter grows with the clock from here. */
  idleFor(idleSec: number): void {
    this.typingIdleSec = null;
    this.lastInputAt = Date.now() - idleSec * 1000;
  }
  getSystemIdleTime(): number {
    return this.typingIdleSec ?? Math.max(0, Math.floor((Date.now() - this.lastInputAt) / 1000));
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    if (this.locked) return 'locked';
    return this.getSystemIdleTime() >= idleThreshold ? 'idle' : 'active';
  }
  private get lockEvents(): boolean {
    return this.machine.platform === 'darwin' || this.machine.platform === 'win32';
  }
  lock(): void {
    this.locked = true;
    if (this.lockEvents) this.emit('lock-screen');
  }
  unlock(): void {
    this.locked = false;
    if (this.lockEvents) this.emit('unlock-screen');
  }
  fire(event: PowerEvent | 'shutdown'): void {
    if ((event === 'lock-screen' || event === 'unlock-screen') && !this.lockEvents) return;
    if (event === 'shutdown' && this.machine.platform === 'win32') return;
    this.emit(event, new FakeEvent());
  }
}

type InvokeListener = (event: InvokeEventSlice, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /**
   * Calls a channel as ipcRenderer.invoke would from `from`: one of our windows (its current URL is the frame
   * URL), or a foreign sender. Arguments and result are structured-cloned like real IPC.
   */
  async invoke(
    channel: string,
    from: FakeBrowserWindow | ForeignSender,
    ...args: unknown[]
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
    if (from instanceof FakeBrowserWindow && from.webContents.crashed)
      throw new Error(`no renderer: the page of '${channel}' crashed`);
    const event: InvokeEventSlice =
      from instanceof FakeBrowserWindow
        ? { sender: from.webContents, senderFrame: { url: from.url } }
        : { sender: new FakeWebContents(null), senderFrame: from.frameless ? null : { url: from.url } };
    return structuredClone(await listener(event, ...args.map((a) => structuredClone(a))));
  }
}

/** A sender that is not one of our windows (or a frame of ours that is gone, with `frameless`). */
export interface ForeignSender {
  url: string;
  frameless?: boolean;
}

class FakeSession {
  requestHandler: Parameters<ElectronSlice['session']['defaultSession']['setPermissionRequestHandler']>[0] =
    null;
  checkHandler: Parameters<ElectronSlice['session']['defaultSession']['setPermissionCheckHandler']>[0] = null;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  /** A page asks for `permission`; resolves to what the handler grants (Electron grants all without one). */
  request(permission: string): Promise<boolean> {
    const handler = this.requestHandler;
    return new Promise((resolve) => (handler ? handler({}, permission, resolve) : resolve(true)));
  }
  check(permission: string): boolean {
    return this.checkHandler ? this.checkHandler({}, permission) : true;
  }
}

/**
 * Like Electron: themeSource light or dark decides shouldUseDarkColors; 'system' follows the OS (`systemDark`).
 * The Windows taskbar has its own mode (`taskbarDark`, by default the OS's). A change emits 'updated', as Electron's
 * does; `setSystemDark` plays the user switching the desktop between light and dark.
 */
class FakeNativeTheme extends Emitter {
  systemDark = false;
  taskbarDark: boolean | null = null;
  private source: 'system' | 'light' | 'dark' = 'system';
  get themeSource(): 'system' | 'light' | 'dark' {
    return this.source;
  }
  set themeSource(source: 'system' | 'light' | 'dark') {
    this.source = source;
    this.emit('updated');
  }
  get shouldUseDarkColors(): boolean {
    return this.source === 'system' ? this.systemDark : this.source === 'dark';
  }
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean {
    return this.taskbarDark ?? this.systemDark;
  }
  /** The user switches the desktop (and, unless `taskbarDark` is set, the Windows taskbar) to dark or light. */
  setSystemDark(dark: boolean): void {
    this.systemDark = dark;
    this.emit('updated');
  }
}

/**
 * Global shortcuts: `taken` holds accelerators other apps own; `press` plays the user pressing one.
 * docs/api/global-shortcut.md: register returns false when another app holds the accelerator ("silently fail") and
 * throws on one it cannot parse. On Wayland keys are bound through the GlobalShortcuts portal: KDE Plasma binds
 * silently; GNOME asks the user first and a desktop without the portal (or a refused consent) binds nothing, which
 * the fake plays as `portal: false` (register returns false though no other app holds the keys).
 */
class FakeGlobalShortcut {
  readonly taken = new Set<string>();
  readonly registered = new Map<string, () => void>();
  /** Wayland only: whether the desktop's GlobalShortcuts portal binds our shortcuts. */
  portal: boolean;
  constructor(private readonly machine: FakeMachine) {
    this.portal = machine.desktop === 'kde';
  }
  register(accelerator: string, callback: () => void): boolean {
    if (accelerator.split('+').some((key) => key === '' || /\s/.test(key)))
      throw new TypeError(`Failed to convert '${accelerator}' to an accelerator`);
    if (this.machine.wayland && !this.portal) return false;
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}

interface QuitHooks {
  /** Every live window, for app.quit() to close. */
  liveWindows(): FakeBrowserWindow[];
}

/**
 * docs/api/app.md. quit(): `before-quit` (cancellable), then every window is closed (their `close` and `closed`
 * fire; a window may cancel), then `will-quit` (cancellable) and `quit`; the process ends (`exited`). On Windows
 * a shutdown or log-off emits no `before-quit` ("this event will not be emitted if the app is closed due to a
 * shutdown/restart of the system or a user logout"): see endSession() in createFakeElectron.
 * macOS: focus({ steal: true }) makes the app active; a menu-bar-only app is otherwise not.
 */
class FakeApp extends Emitter {
  version = '0.1.0';
  primary = true;
  quitCalls = 0;
  /** The process ended (quit went through, or the session ended). */
  exited = false;
  exitCode: number | null = null;
  appUserModelId: string | null = null;
  readonly dock = { hidden: false, hide: (): void => void (this.dock.hidden = true) };
  constructor(
    private readonly machine: FakeMachine,
    private readonly hooks: QuitHooks,
  ) {
    super();
  }
  getVersion(): string {
    return this.version;
  }
  requestSingleInstanceLock(): boolean {
    return this.primary;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  /** The system's preferred languages, most preferred first (a test may set German, say). */
  preferredLanguages: string[] = ['en-GB'];
  getPreferredSystemLanguages(): string[] {
    return [...this.preferredLanguages];
  }
  /**
   * docs/api/app.md `app.getLocaleCountryCode()`: the OS's two-letter country code, "" when it cannot be detected;
   * `app.getSystemLocale()`: the regional format ("fi-FI" on a Finnish format whatever the languages). Both
   * default to what a machine that says nothing gives.
   */
  countryCode = '';
  getLocaleCountryCode(): string {
    return this.countryCode;
  }
  systemLocale = '';
  getSystemLocale(): string {
    return this.systemLocale;
  }
  /** Every setLoginItemSettings call, in order. */
  readonly loginItemCalls: Electron.Settings[] = [];
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItemCalls.push(settings);
  }
  /** docs/api/app.md `app.focus([options])`: on macOS makes the app active (`steal` even over another app). */
  focus(options?: { steal: boolean }): void {
    if (this.machine.platform !== 'darwin' || options?.steal) this.machine.appActive = true;
  }
  quit(): void {
    this.quitCalls++;
    if (this.exited) return;
    const before = new FakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const win of this.hooks.liveWindows()) {
      win.close();
      if (!win.isDestroyed()) return; // a window refused to close: quitting stops
    }
    const will = new FakeEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.emit('quit', new FakeEvent(), 0);
    this.exited = true;
    this.exitCode = 0;
  }
  /** docs/api/app.md `app.exit`: ends at once, without asking windows and without quit events. */
  exit(code = 0): void {
    this.exited = true;
    this.exitCode = code;
  }
}

export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

export interface FakeElectronOptions {
  platform?: NodeJS.Platform;
  /** Linux: a Wayland session (else X11). */
  wayland?: boolean;
  /** Linux: the desktop (GNOME by default). */
  desktop?: FakeDesktop;
  /** The primary display's work area (a single display). */
  workArea?: Rectangle;
  /** Several displays, the primary first (overrides workArea). */
  displays?: FakeDisplay[];
  notificationsSupported?: boolean;
  /** macOS: the build is code-signed (unsigned builds get `failed` for every notification). Default true. */
  signed?: boolean;
  /** Windows: a Start-menu shortcut carries the AppUserModelID (the installer makes one). Default true. */
  startMenuShortcut?: boolean;
}

/** V8's collector, for the notification GC model (node --expose-gc, switched on here for this process). */
function collector(): () => void {
  v8.setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

/** A fresh fake per test: its own registries of trays, windows and notifications. */
export function createFakeElectron(options: FakeElectronOptions = {}) {
  const platform = options.platform ?? 'linux';
  const machine: FakeMachine = {
    ...defaultMachine(),
    platform,
    wayland: platform === 'linux' && !!options.wayland,
    desktop: platform === 'linux' ? (options.desktop ?? 'gnome') : null,
    // A menu-bar-only app on macOS is not active until it activates itself.
    appActive: platform !== 'darwin',
  };
  const trays: FakeTray[] = [];
  const windows: FakeBrowserWindow[] = [];
  // Weak: a notification main dropped can be collected (collectGarbage), as in Electron.
  const notificationRefs: WeakRef<FakeNotification>[] = [];
  /** Every notification ever made, as plain records kept strongly: V8 may collect a dropped one at any moment. */
  const notificationLog: { title: string; failedWith: string | null }[] = [];
  const opened: string[] = [];
  const displays: FakeDisplay[] = options.displays ?? [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: options.workArea ?? { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ];
  const cursor = { x: displays[0]!.bounds.x + 10, y: displays[0]!.bounds.y + 10 };
  const supported = options.notificationsSupported ?? true;
  const defaultSession = new FakeSession();
  /** What the next save dialogs answer (a path, or null for Cancel); each dialog takes the first. */
  const saveAnswers: (string | null)[] = [];
  const saveDialogs: { parent: FakeBrowserWindow | null; options: SaveDialogOptions }[] = [];
  /** dialog.showErrorBox calls. */
  const errorBoxes: { title: string; content: string }[] = [];
  let applicationMenu: FakeMenu | null | undefined;
  const app = new FakeApp(machine, { liveWindows: () => windows.filter((w) => !w.isDestroyed()) });
  const powerMonitor = new FakePowerMonitor(machine);

  const refusal = (): NotificationRefusal => {
    if (platform === 'darwin' && options.signed === false)
      return 'UNErrorCodeNotificationsNotAllowed: the app is not code-signed';
    if (platform === 'win32' && (app.appUserModelId === null || options.startMenuShortcut === false))
      return 'Failed to show the toast: no AppUserModelID with a Start-menu shortcut';
    return null;
  };
  const nearest = (p: { x: number; y: number }): FakeDisplay => {
    const inside = displays.find(
      (d) =>
        p.x >= d.bounds.x &&
        p.x < d.bounds.x + d.bounds.width &&
        p.y >= d.bounds.y &&
        p.y < d.bounds.y + d.bounds.height,
    );
    return inside ?? displays[0]!;
  };

  const fake = {
    app,
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(o: BrowserWindowConstructorOptions) {
        super(o, machine);
        windows.push(this);
      }
    },
    Tray: class extends FakeTray {
      constructor(iconPath: string) {
        super(iconPath, machine);
        trays.push(this);
      }
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => new FakeMenu(template),
      /** docs/api/menu.md: null suppresses the default menu (and the menu bar on Windows and Linux). */
      setApplicationMenu: (menu: FakeMenu | null): void => {
        applicationMenu = menu;
        machine.applicationMenuSet = true;
      },
    },
    Notification: class extends FakeNotification {
      static isSupported(): boolean {
        return supported;
      }
      constructor(o: NotificationConstructorOptions) {
        super(o, machine, refusal);
        notificationRefs.push(new WeakRef(this));
        const record = { title: o.title ?? '', failedWith: null as string | null };
        notificationLog.push(record);
        this.on('failed', (_event: unknown, error: string) => (record.failedWith = error));
      }
    },
    ipcMain: new FakeIpcMain(),
    powerMonitor,
    nativeTheme: new FakeNativeTheme(),
    globalShortcut: new FakeGlobalShortcut(machine),
    /**
     * docs/api/screen.md: getCursorScreenPoint is "not supported on Wayland" (the fake answers 0,0 there, as
     * Chromium does), getDisplayNearestPoint "not currently supported on Wayland" (the fake answers the primary).
     */
    screen: {
      getPrimaryDisplay: () => displays[0]!,
      getAllDisplays: () => [...displays],
      getCursorScreenPoint: () => (machine.wayland ? { x: 0, y: 0 } : { ...cursor }),
      getDisplayNearestPoint: (p: { x: number; y: number }) => (machine.wayland ? displays[0]! : nearest(p)),
    },
    session: { defaultSession },
    shell: {
      openExternal: (url: string): Promise<void> => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    dialog: {
      /** docs/api/dialog.md: `showSaveDialog([window, ]options)`; with a window the dialog is modal to it. */
      showSaveDialog: (
        a: DialogParent | SaveDialogOptions,
        b?: SaveDialogOptions,
      ): Promise<SaveDialogReturnValue> => {
        const parent = a instanceof FakeBrowserWindow ? a : null;
        saveDialogs.push({ parent, options: (parent ? b : a) as SaveDialogOptions });
        const answer = saveAnswers.shift() ?? null;
        return Promise.resolve(
          answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
        );
      },
      /** docs/api/dialog.md `dialog.showErrorBox(title, content)`: a modal error box, safe before `ready`. */
      showErrorBox: (title: string, content: string): void => void errorBoxes.push({ title, content }),
    },
  } satisfies ElectronSlice;

  const gc = collector();
  const liveNotifications = (): FakeNotification[] =>
    notificationRefs.map((r) => r.deref()).filter((n): n is FakeNotification => n !== undefined);

  return {
    ...fake,
    machine,
    trays,
    windows,
    /**
     * Every notification main ever constructed, collected or not (title, and the error if it was refused). Read
     * these, not `notifications`, for one main dropped (refused, say): V8 collects it whenever it likes, not only
     * at collectGarbage, and a clean-clone run under load once lost it mid-test.
     */
    notificationLog,
    /** Every notification not yet collected. */
    get notifications(): FakeNotification[] {
      return liveNotifications();
    },
    /** URLs handed to shell.openExternal. */
    opened,
    saveAnswers,
    saveDialogs,
    errorBoxes,
    /** The application menu set with Menu.setApplicationMenu (undefined: never set, Electron's default menu). */
    get applicationMenu(): FakeMenu | null | undefined {
      return applicationMenu;
    },
    /** The only tray; fails when there is none or more than one. */
    tray(): FakeTray {
      if (trays.length !== 1 || !trays[0]) throw new Error(`expected one tray, found ${trays.length}`);
      return trays[0];
    },
    /** Live windows whose URL has ?view=`view`. */
    windowsWithView(view: string): FakeBrowserWindow[] {
      return windows.filter((w) => !w.isDestroyed() && w.view === view);
    },
    shownNotifications(): FakeNotification[] {
      return liveNotifications().filter((n) => n.shown);
    },
    /** The user moves the pointer (to another display, say). */
    moveCursor(x: number, y: number): void {
      Object.assign(cursor, { x, y });
    },
    /**
     * The garbage collector runs: a Notification nothing in main references any more is gone, with its click and
     * close handlers (electron#12690-style reports; docs/api/notification.md `Notification.handleActivation` exists
     * because "the notification object was garbage collected"). Awaits a real macrotask first, because V8 keeps
     * WeakRef targets touched in the current job alive until it ends. A test must not hold a notification itself
     * across this call.
     */
    async collectGarbage(): Promise<void> {
      await new Promise<void>((resolve) => realSetImmediate(resolve));
      gc();
    },
    /**
     * The user starts WalkBreak again while it runs (docs/api/app.md). Windows and Linux: the new process finds
     * the single-instance lock taken and quits, and this one gets 'second-instance' (event, argv, workingDirectory,
     * additionalData). macOS: Finder, Launchpad or Spotlight start no second process; they activate the running
     * app, which gets 'activate' (event, hasVisibleWindows), as a click on its Dock icon would.
     */
    launchAgain(argv: string[] = ['/opt/walkbreak/walkbreak']): void {
      if (platform === 'darwin') {
        const visible = windows.some((w) => !w.isDestroyed() && w.visible);
        app.emit('activate', new FakeEvent(), visible);
      } else app.emit('second-instance', new FakeEvent(), argv, '/', {});
    },
    /**
     * The user shuts down or logs off. Windows: every window gets 'session-end' (docs/api/browser-window.md) and
     * the process ends, without before-quit (docs/api/app.md). macOS: powerMonitor 'shutdown', then the system
     * quits the app normally (before-quit and so on). Linux: powerMonitor 'shutdown', then the session ends the
     * process (SIGTERM) without quit events.
     */
    endSession(): void {
      const live = windows.filter((w) => !w.isDestroyed());
      if (platform === 'win32') {
        for (const win of live) win.emit('session-end', new FakeEvent({ reasons: ['shutdown'] }));
        app.exit(0);
        return;
      }
      powerMonitor.fire('shutdown');
      if (platform === 'darwin') app.quit();
      else app.exit(0);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
