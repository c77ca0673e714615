// Fake Electron objects with a UI: web contents, windows, menus, the tray and notifications. They are models of
// Electron 45's documented behaviour (each behaviour cites its doc: docs/api/<file>.md in electron/electron), per
// platform where Electron differs; they record what main does to them and let tests act as the user, the page and
// the OS (click a menu item or notification, a page navigating itself, a failed load, a crashed renderer, a toast
// that times out, the garbage collector).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  LoadFileOptions,
  NotificationConstructorOptions,
  Rectangle,
  WindowOpenHandlerResponse,
} from 'electron';
import type {
  BrowserWindowSlice,
  MenuTemplateItem,
  NotificationSlice,
  PreventableEvent,
  TraySlice,
  WebContentsSlice,
} from '../../electron/main/electron-slice';

type Listener = (...args: never[]) => void;

/** Minimal event emitter; `on` returns `this` like Electron's. */
export class Emitter {
  private listeners = new Map<string, { fn: Listener; once: boolean }[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      list.filter((l) => !l.once),
    );
    for (const l of list) (l.fn as (...a: unknown[]) => void)(...args);
  }
  removeListener(event: string, fn: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l.fn !== fn),
    );
    return this;
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** A cancellable event, as Electron passes to will-navigate, close, before-quit and friends. */
export class FakeEvent implements PreventableEvent {
  defaultPrevented = false;
  constructor(readonly details: Record<string, unknown> = {}) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Linux desktops differ in notifications, tray and shortcuts; null elsewhere. */
export type FakeDesktop = 'gnome' | 'kde' | null;

/**
 * The machine the fake plays: the OS, Wayland or X11, the Linux desktop, and what Electron would print (`log`).
 * Shared by every object of one fake (createFakeElectron); objects made directly get Linux on X11.
 */
export interface FakeMachine {
  platform: NodeJS.Platform;
  wayland: boolean;
  desktop: FakeDesktop;
  /** What Electron or the OS would log or show as a warning (a tray image that does not exist, …). */
  log: string[];
  /** macOS: whether our app is the active app (a menu-bar-only app is not, until it activates itself). */
  appActive: boolean;
  /** Whether the app has set an application menu (null counts) before its first window. */
  applicationMenuSet: boolean;
  /** URLs whose loads fail, with Chromium's net error (e.g. -6 ERR_FILE_NOT_FOUND). */
  failingLoads: Map<string, { code: number; description: string }>;
}

export function defaultMachine(): FakeMachine {
  return {
    platform: 'linux',
    wayland: false,
    desktop: 'gnome',
    log: [],
    appActive: true,
    applicationMenuSet: false,
    failingLoads: new Map(),
  };
}

/**
 * The URL as Chromium's GURL writes it, which is what `senderFrame.url` and `getURL()` return (Chromium
 * url/url_canon_fileurl.cc upper-cases a Windows drive letter; url/url_canon_path.cc unescapes %-escaped
 * unreserved characters and escapes `^`, `|` and `` ` `` that Node's pathToFileURL leaves as they are).
 */
export function chromiumUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'file:') return u.href;
  let path = u.pathname.replace(/%([0-9A-Fa-f]{2})/g, (all, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : all;
  });
  path = path.replace(/[\^|`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  path = path.replace(/^\/([a-z])(:|%3A)/i, (_all, drive: string) => `/${drive.toUpperCase()}:`);
  return `file://${u.host}${path}${u.search}${u.hash}`;
}

let nextId = 1;

/**
 * docs/api/web-contents.md: a page navigates itself (links, `location`): `will-navigate` (cancellable) then
 * `did-navigate`, or `did-navigate-in-page` for a same-document change (hash, pushState) without `will-navigate`;
 * `getURL()` follows. `render-process-gone` when the renderer crashes; `reload()` starts a new renderer.
 */
export class FakeWebContents extends Emitter implements WebContentsSlice {
  readonly id = nextId++;
  /** The committed URL (what getURL() returns, in Chromium's form). */
  url = '';
  /** True after the renderer process is gone (until a reload). */
  crashed = false;
  /** Every event sent to this renderer, in order. */
  readonly sent: { channel: string; payload: unknown }[] = [];
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  constructor(
    private readonly owner: { isDestroyed(): boolean; reloadPage?(): void } | null,
    readonly machine: FakeMachine = defaultMachine(),
  ) {
    super();
  }
  isDestroyed(): boolean {
    return this.owner?.isDestroyed() ?? false;
  }
  getURL(): string {
    return this.url;
  }
  /** docs/api/web-contents.md `contents.send`: throws "Object has been destroyed" on a destroyed contents. */
  send(channel: string, ...args: unknown[]): void {
    if (this.isDestroyed()) throw new Error('Object has been destroyed');
    if (this.crashed) return; // no renderer to receive it
    this.sent.push({ channel, payload: structuredClone(args[0]) });
  }
  /** Pages printed to PDF: the URL printed, in order. */
  readonly printed: string[] = [];
  printToPDF(): Promise<Buffer> {
    this.printed.push(this.url);
    return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** docs/api/web-contents.md `contents.reload()`: a new renderer loads the current URL again. */
  reload(): void {
    this.reloads++;
    this.owner?.reloadPage?.();
  }
  reloads = 0;
  /**
   * The page navigates itself to `url` (a link or `location.search = …`): `will-navigate` first; unless main
   * prevents it, the URL commits and `did-navigate` follows. Returns true when main prevented it.
   */
  navigate(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-navigate', event, url);
    if (event.defaultPrevented) return true;
    this.url = chromiumUrl(url);
    this.emit('did-navigate', new FakeEvent(), this.url, 200, 'OK');
    this.emit('did-finish-load');
    return false;
  }
  /** The page changes its URL in the same document (history.pushState, a hash): only `did-navigate-in-page`. */
  navigateInPage(url: string): void {
    this.url = chromiumUrl(url);
    this.emit('did-navigate-in-page', new FakeEvent(), this.url, true);
  }
  /** docs/api/web-contents.md 'render-process-gone': the renderer crashed or was killed; the window stays. */
  crash(reason: 'crashed' | 'oom' | 'killed' = 'crashed'): void {
    this.crashed = true;
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 1 });
  }
  /** The renderer calls window.open(url); returns main's answer (no handler means Electron's default: allow). */
  openWindow(url: string): WindowOpenHandlerResponse {
    const details: HandlerDetails = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'default' },
    };
    return this.openHandler?.(details) ?? { action: 'allow' };
  }
  /** A <webview> tries to attach; returns true when main prevented it. */
  attachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
  sentOn(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.payload);
  }
}

/** How long a page takes to load in the fake: a later task, never the same one (tests advance past it). */
export const PAGE_LOAD_MS = 0;

export class FakeBrowserWindow extends Emitter implements BrowserWindowSlice {
  readonly webContents: FakeWebContents;
  /** Every URL loaded, in order. */
  readonly loads: string[] = [];
  visible = false;
  /** Has the keyboard and is in front of other apps' windows. */
  focused = false;
  /** True when the last show was showInactive (the window did not take focus). */
  inactive = false;
  minimized = false;
  /** Where the window sits: null where the compositor places it (Wayland ignores x/y). */
  readonly position: { x: number; y: number } | null;
  /** setVisibleOnAllWorkspaces calls (macOS, Linux), last one wins. */
  allWorkspaces: { visible: boolean; visibleOnFullScreen: boolean } | null = null;
  /** Windows and Linux: the window carries Electron's default menu (View ▸ Toggle Developer Tools, Alt shows it). */
  readonly defaultMenu: boolean;
  private destroyed = false;
  private readyShown = false;
  private bounds: Rectangle;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    readonly machine: FakeMachine = defaultMachine(),
  ) {
    super();
    this.webContents = new FakeWebContents(
      { isDestroyed: () => this.isDestroyed(), reloadPage: () => this.reloadPage() },
      machine,
    );
    // docs/api/browser-window.md: on Wayland "introspecting or programmatically changing the global window
    // coordinates is prohibited"; the compositor places the window.
    this.position =
      machine.wayland || options.x === undefined || options.y === undefined
        ? null
        : { x: options.x, y: options.y };
    if (machine.wayland && options.x !== undefined) machine.log.push('Wayland: window x/y ignored');
    this.bounds = {
      x: this.position?.x ?? 0,
      y: this.position?.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    // docs/api/menu.md: "The default menu will be created automatically if the app does not set one."
    this.defaultMenu = machine.platform !== 'darwin' && !machine.applicationMenuSet;
  }
  get url(): string {
    return this.webContents.url;
  }
  /** The ?view= of the current URL. */
  get view(): string | null {
    return this.url ? new URL(this.url).searchParams.get('view') : null;
  }
  /** macOS: the window sits above other apps' full-screen Spaces (always on top, on every Space, over full screen). */
  get visibleOverFullScreen(): boolean {
    return (
      !!this.options.alwaysOnTop && !!this.allWorkspaces?.visible && this.allWorkspaces.visibleOnFullScreen
    );
  }
  /**
   * docs/api/browser-window.md `win.loadURL`: returns a promise that resolves when the page has finished loading
   * (did-finish-load) and rejects if it fails to load (did-fail-load). 'ready-to-show' fires once per window, after
   * the first successful load has rendered, never for a failed load. The commit happens in a later task.
   */
  private navigateTo(url: string): Promise<void> {
    this.loads.push(url);
    const failure = this.machine.failingLoads.get(url);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (this.destroyed) {
          reject(new Error(`ERR_ABORTED (-3) loading '${url}'`));
          return;
        }
        if (failure) {
          this.webContents.emit(
            'did-fail-load',
            new FakeEvent(),
            failure.code,
            failure.description,
            url,
            true,
          );
          reject(new Error(`${failure.description} (${failure.code}) loading '${url}'`));
          return;
        }
        this.webContents.crashed = false;
        this.webContents.url = chromiumUrl(url);
        this.webContents.emit('did-navigate', new FakeEvent(), this.webContents.url, 200, 'OK');
        this.webContents.emit('did-finish-load');
        if (!this.readyShown) {
          this.readyShown = true;
          this.emit('ready-to-show');
        }
        resolve();
      }, PAGE_LOAD_MS);
    });
  }
  private reloadPage(): void {
    if (this.url) void this.navigateTo(this.url).catch(() => undefined);
  }
  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    const u = pathToFileURL(filePath);
    for (const [k, v] of Object.entries(options?.query ?? {})) u.searchParams.set(k, v);
    return this.navigateTo(u.href);
  }
  loadURL(url: string): Promise<void> {
    return this.navigateTo(url);
  }
  /**
   * docs/api/browser-window.md `win.show()`: "Shows and gives focus to the window." On macOS a menu-bar-only app
   * (Dock hidden) is not the active app, and showing its window does not activate it (docs/api/app.md
   * `app.focus({ steal })`): the window appears behind the app the user is in, without the keyboard.
   */
  show(): void {
    this.visible = true;
    this.inactive = false;
    this.setFocused(this.machine.platform !== 'darwin' || this.machine.appActive);
  }
  /** The window takes or loses the keyboard: Electron's BrowserWindow 'focus' / 'blur' events fire on the change. */
  private setFocused(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    this.emit(focused ? 'focus' : 'blur');
  }
  /** docs/api/browser-window.md `win.showInactive()`: "Not supported on Wayland": the compositor gives focus. */
  showInactive(): void {
    if (this.machine.wayland) {
      this.machine.log.push('Wayland: showInactive is not supported');
      this.show();
      return;
    }
    this.visible = true;
    this.inactive = true;
  }
  /** docs/api/browser-window.md `win.focus()`: on macOS only within an active app (see show()). */
  focus(): void {
    if (this.visible) this.setFocused(this.machine.platform !== 'darwin' || this.machine.appActive);
  }
  /** docs/api/browser-window.md `win.isFocused()`: whether the window has the keyboard. */
  isFocused(): boolean {
    return this.focused;
  }
  /** The user works in another app: this window loses the keyboard (it stays visible). */
  blur(): void {
    this.setFocused(false);
  }
  /**
   * docs/api/browser-window.md `win.flashFrame(flag)`: "Starts or stops flashing the window to attract user's
   * attention." It goes on until the app stops it: docs/tutorial/windows-taskbar.md ("Flash Frame"): "Don't forget
   * to call `win.flashFrame(false)` to turn off the flash", with `win.once('focus', () => win.flashFrame(false))`
   * as the example; so focusing the window does not end it here.
   */
  flashing = false;
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
  /**
   * docs/api/browser-window.md `win.getContentBounds()` / `setContentBounds(bounds)` / `setContentSize(w, h)`.
   * On Wayland the position is the compositor's: x and y given here are ignored (and logged).
   */
  getContentBounds(): Rectangle {
    return { ...this.bounds };
  }
  setContentBounds(bounds: Rectangle): void {
    if (this.machine.wayland) this.machine.log.push('Wayland: window x/y ignored');
    const { x, y } = this.machine.wayland ? this.bounds : bounds;
    this.bounds = { x, y, width: Math.round(bounds.width), height: Math.round(bounds.height) };
  }
  setContentSize(width: number, height: number): void {
    this.bounds = { ...this.bounds, width: Math.round(width), height: Math.round(height) };
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** docs/api/browser-window.md `win.setVisibleOnAllWorkspaces` (macOS, Linux; "does nothing on Windows"). */
  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean }): void {
    if (this.machine.platform === 'win32') return;
    this.allWorkspaces = { visible, visibleOnFullScreen: !!options?.visibleOnFullScreen };
  }
  /** docs/api/browser-window.md 'close' is cancellable; 'closed' follows when the window is gone. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    Object.assign(this, { destroyed: true, visible: false, focused: false });
    this.emit('closed');
  }
  /** docs/api/browser-window.md 'unresponsive': the page stopped answering (a busy loop). */
  hang(): void {
    this.emit('unresponsive');
  }
}

/** docs/api/menu-item.md: the roles and types Electron knows; buildFromTemplate throws on anything else. */
const MENU_TYPES = new Set(['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette']);

/**
 * A built menu. Electron emits `menu-will-show` when a menu (a tray's context menu too) opens and `menu-will-close`
 * when it closes (docs/api/menu.md, "Instance Events"; shell/browser/api/electron_api_menu.cc OnMenuWillShow /
 * OnMenuWillClose, fed by the platform menu runner).
 */
export class FakeMenu extends Emitter {
  constructor(readonly template: MenuTemplateItem[]) {
    super();
    FakeMenu.validate(template);
  }
  /**
   * docs/api/menu.md `Menu.buildFromTemplate`: each item needs a label, a role or a type ("Invalid template for
   * MenuItem: must have at least one of label, role or type"); an unknown type and a submenu without items throw.
   */
  static validate(items: MenuTemplateItem[]): void {
    for (const item of items) {
      if (item.type !== undefined && !MENU_TYPES.has(item.type))
        throw new Error(`Unknown menu item type: ${String(item.type)}`);
      if (item.label === undefined && item.type === undefined)
        throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
      if (item.type === 'submenu' && !Array.isArray(item.submenu)) throw new Error('Invalid submenu');
      if (item.submenu) FakeMenu.validate(item.submenu);
    }
  }
  /** The item with this id or label, searched through submenus too. */
  find(idOrLabel: string, items = this.template): MenuTemplateItem | undefined {
    for (const item of items) {
      if (item.id === idOrLabel || item.label === idOrLabel) return item;
      const inner = item.submenu && this.find(idOrLabel, item.submenu);
      if (inner) return inner;
    }
    return undefined;
  }
}

/**
 * docs/api/tray.md. `new Tray(path)` loads the image like nativeImage.createFromPath, which gives an empty image
 * for a file that does not exist (docs/api/native-image.md): an invisible icon, logged here. Clicks differ per OS:
 * Windows emits 'click' on a left click and shows the context menu only on a right click; macOS and Linux
 * (StatusNotifierItem / AppIndicator) open the context menu on a left click too. popUpContextMenu is macOS and
 * Windows only.
 */
export class FakeTray extends Emitter implements TraySlice {
  tooltip = '';
  menu: FakeMenu | null = null;
  /** How often the context menu was shown to the user. */
  menuShown = 0;
  readonly calls = { setImage: 0, setToolTip: 0, setContextMenu: 0 };
  /** True when the last image path did not exist (the icon is blank). */
  emptyIcon = false;
  private destroyed = false;
  constructor(
    public image: string,
    readonly machine: FakeMachine = defaultMachine(),
  ) {
    super();
    this.checkImage(image);
  }
  private checkImage(path: string): void {
    this.emptyIcon = !existsSync(path);
    if (this.emptyIcon) this.machine.log.push(`Tray: no image at ${path}, the icon is empty`);
  }
  setImage(iconPath: string): void {
    this.calls.setImage++;
    this.image = iconPath;
    this.checkImage(iconPath);
  }
  setToolTip(toolTip: string): void {
    this.calls.setToolTip++;
    this.tooltip = toolTip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.calls.setContextMenu++;
    this.menu = menu;
  }
  popUpContextMenu(): void {
    if (this.machine.platform === 'linux') return;
    if (this.menu) this.menuShown++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The user left-clicks the icon. */
  leftClick(): void {
    if (this.machine.platform === 'win32') this.emit('click', new FakeEvent());
    else if (this.menu) this.menuShown++;
    else this.emit('click', new FakeEvent());
  }
  /** The user right-clicks the icon: the context menu everywhere. */
  rightClick(): void {
    if (this.machine.platform !== 'linux') this.emit('right-click', new FakeEvent());
    if (this.menu) this.menuShown++;
  }
  /**
   * The pointer reaches the icon (macOS and Windows only: Electron's Tray 'mouse-enter' is darwin/win32,
   * docs/api/tray.md). Linux (AppIndicator) has no hover event.
   */
  hover(platform: NodeJS.Platform): void {
    if (platform === 'darwin' || platform === 'win32') this.emit('mouse-enter');
  }
  /** The user opens the context menu: the menu as set now is what they see (Menu 'menu-will-show'). */
  openMenu(): FakeMenu {
    const menu = this.menu;
    if (!menu) throw new Error('no tray menu to open');
    this.openedMenu = menu;
    menu.emit('menu-will-show');
    return menu;
  }
  /** The open menu closes (Menu 'menu-will-close'), by a click on an item or a click elsewhere. */
  closeMenu(): void {
    const menu = this.openedMenu;
    this.openedMenu = null;
    menu?.emit('menu-will-close');
  }
  /** The menu the user has open, or null. */
  openedMenu: FakeMenu | null = null;
  /**
   * Clicks a menu item by id or label, as the user would: the pointer reaches the icon ('mouse-enter', which
   * Electron emits on macOS and Windows only; on Linux the app listens for none), the menu opens, and the item is
   * chosen; the menu closes before its click handler runs (Cocoa sends a menu item's action once menu tracking
   * has ended). Fails for a missing or disabled item.
   */
  click(idOrLabel: string): void {
    if (!this.openedMenu && this.machine.platform !== 'linux') this.emit('mouse-enter');
    const menu = this.openedMenu ?? this.openMenu();
    const item = menu.find(idOrLabel);
    if (!item?.click) throw new Error(`no clickable tray menu item "${idOrLabel}"`);
    if (item.enabled === false) throw new Error(`tray menu item "${idOrLabel}" is disabled`);
    this.closeMenu();
    item.click();
  }
  /** Labels of the top-level menu, separators as '---'. */
  labels(): string[] {
    return (this.menu?.template ?? []).map((i) => (i.type === 'separator' ? '---' : (i.label ?? '')));
  }
}

/** What the OS does with a notification's show(): shown, or refused with `failed` (docs/api/notification.md). */
export type NotificationRefusal = string | null;

/**
 * docs/api/notification.md. `failed` (macOS, Windows) when the OS refuses: unsigned macOS builds, Windows without
 * an AppUserModelID and Start-menu shortcut. `close` "is not guaranteed to be emitted in all cases"; on Windows it
 * is also emitted when the toast times out (reason 'timedOut'), the toast then waits in the Action Center where a
 * click still arrives and `close()` still removes it without a second `close`. macOS and Linux move a timed-out
 * notification to their notification centre without an event. An unreferenced Notification can be garbage
 * collected (the fake's collectGarbage): its click and close then never arrive.
 */
export class FakeNotification extends Emitter implements NotificationSlice {
  shown = false;
  closed = false;
  /** On screen as a banner or toast (not yet timed out, closed or refused). */
  onScreen = false;
  /** The error of a refused show(), once `failed` was emitted. */
  failedWith: string | null = null;
  private closeEmitted = false;
  constructor(
    readonly options: NotificationConstructorOptions,
    readonly machine: FakeMachine = defaultMachine(),
    private readonly refusal: () => NotificationRefusal = () => null,
  ) {
    super();
  }
  get title(): string {
    return this.options.title ?? '';
  }
  show(): void {
    const refused = this.refusal();
    if (refused !== null) {
      // Emitted from the native callback, after show() returned.
      setTimeout(() => {
        this.failedWith = refused;
        this.emit('failed', new FakeEvent(), refused);
      }, 0);
      return;
    }
    this.shown = true;
    this.onScreen = true;
  }
  private emitClose(reason: string): void {
    if (this.closeEmitted) return;
    this.closeEmitted = true;
    this.emit('close', new FakeEvent({ reason }));
  }
  /** docs/api/notification.md `notification.close()`: dismisses it (and removes it from the Action Center). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onScreen = false;
    this.emitClose('applicationHidden');
  }
  /** The toast or banner times out on its own. */
  timeOut(): void {
    if (!this.onScreen) return;
    this.onScreen = false;
    if (this.machine.platform === 'win32') this.emitClose('timedOut');
  }
  /** The user dismisses it with its close button. */
  dismiss(): void {
    this.closed = true;
    this.onScreen = false;
    this.emitClose('userCanceled');
  }
  /** The user clicks the notification (on screen, or later in the Action Center / notification centre). */
  click(): void {
    if (!this.shown || this.closed) return;
    this.onScreen = false;
    this.emit('click');
  }
}
