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
  ElectronSlice,
  InvokeEventSlice,
  MenuTemplateItem,
  PowerEvent,
} from '../../electron/main/electron-slice';
import {
  Emitter,
  FakeBrowserWindow,
  FakeEvent,
  FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContents,
} from './electron-ui';

export { FakeBrowserWindow, FakeMenu, FakeNotification, FakeTray, FakeWebContents } from './electron-ui';

/** The OS idle counter: either "typing" (idle stays small) or growing from the last input. */
export class FakePowerMonitor extends Emitter {
  private typingIdleSec: number | null = 1;
  private lastInputAt = Date.now();
  locked = false;
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
  lock(): void {
    this.locked = true;
    this.emit('lock-screen');
  }
  unlock(): void {
    this.locked = false;
    this.emit('unlock-screen');
  }
  fire(event: PowerEvent): void {
    this.emit(event);
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

/** Global shortcuts: `taken` holds accelerators other apps own; `press` plays the user pressing one. */
class FakeGlobalShortcut {
  readonly taken = new Set<string>();
  readonly registered = new Map<string, () => void>();
  register(accelerator: string, callback: () => void): boolean {
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

class FakeApp extends Emitter {
  version = '0.1.0';
  primary = true;
  quitCalls = 0;
  appUserModelId: string | null = null;
  readonly dock = { hidden: false, hide: (): void => void (this.dock.hidden = true) };
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
  /** Every setLoginItemSettings call, in order. */
  readonly loginItemCalls: Electron.Settings[] = [];
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItemCalls.push(settings);
  }
  /** Like Electron: before-quit first (listeners save state), then the app would exit. */
  quit(): void {
    this.quitCalls++;
    this.emit('before-quit', new FakeEvent());
  }
}

export interface FakeElectronOptions {
  workArea?: Rectangle;
  notificationsSupported?: boolean;
}

/** A fresh fake per test: its own registries of trays, windows and notifications. */
export function createFakeElectron(options: FakeElectronOptions = {}) {
  const trays: FakeTray[] = [];
  const windows: FakeBrowserWindow[] = [];
  const notifications: FakeNotification[] = [];
  const opened: string[] = [];
  const workArea = options.workArea ?? { x: 0, y: 0, width: 1920, height: 1040 };
  const supported = options.notificationsSupported ?? true;
  const defaultSession = new FakeSession();
  /** What the next save dialogs answer (a path, or null for Cancel); each dialog takes the first. */
  const saveAnswers: (string | null)[] = [];
  const saveDialogs: SaveDialogOptions[] = [];

  const fake = {
    app: new FakeApp(),
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(o: BrowserWindowConstructorOptions) {
        super(o);
        windows.push(this);
      }
    },
    Tray: class extends FakeTray {
      constructor(iconPath: string) {
        super(iconPath);
        trays.push(this);
      }
    },
    Menu: { buildFromTemplate: (template: MenuTemplateItem[]) => new FakeMenu(template) },
    Notification: class extends FakeNotification {
      static isSupported(): boolean {
        return supported;
      }
      constructor(o: NotificationConstructorOptions) {
        super(o);
        notifications.push(this);
      }
    },
    ipcMain: new FakeIpcMain(),
    powerMonitor: new FakePowerMonitor(),
    nativeTheme: new FakeNativeTheme(),
    globalShortcut: new FakeGlobalShortcut(),
    screen: { getPrimaryDisplay: () => ({ workArea }) },
    session: { defaultSession },
    shell: {
      openExternal: (url: string): Promise<void> => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    dialog: {
      showSaveDialog: (o: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
        saveDialogs.push(o);
        const answer = saveAnswers.shift() ?? null;
        return Promise.resolve(
          answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
        );
      },
    },
  } satisfies ElectronSlice;

  return {
    ...fake,
    trays,
    windows,
    notifications,
    /** URLs handed to shell.openExternal. */
    opened,
    saveAnswers,
    saveDialogs,
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
      return notifications.filter((n) => n.shown);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
