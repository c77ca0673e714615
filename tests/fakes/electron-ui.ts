// Fake Electron objects with a UI: web contents, windows, menus, the tray and notifications. They record what
// main does to them and let tests act as the user (click a menu item or notification, navigate, open a window).
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  LoadFileOptions,
  NotificationConstructorOptions,
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

/** A cancellable event, as Electron passes to will-navigate and friends. */
export class FakeEvent implements PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebContents extends Emitter implements WebContentsSlice {
  readonly id = nextId++;
  url = '';
  /** Every event sent to this renderer, in order. */
  readonly sent: { channel: string; payload: unknown }[] = [];
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  constructor(private readonly owner: { isDestroyed(): boolean } | null) {
    super();
  }
  isDestroyed(): boolean {
    return this.owner?.isDestroyed() ?? false;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.isDestroyed()) throw new Error('Object has been destroyed');
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
  /** The renderer tries to navigate; returns true when main prevented it. */
  navigate(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
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

export class FakeBrowserWindow extends Emitter implements BrowserWindowSlice {
  readonly webContents: FakeWebContents = new FakeWebContents(this);
  /** Every URL loaded, in order. */
  readonly loads: string[] = [];
  visible = false;
  focused = false;
  /** True when the last show was showInactive (the window did not take focus). */
  inactive = false;
  minimized = false;
  private destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  get url(): string {
    return this.webContents.url;
  }
  /** The ?view= of the loaded URL. */
  get view(): string | null {
    return this.url ? new URL(this.url).searchParams.get('view') : null;
  }
  private navigateTo(url: string): Promise<void> {
    this.loads.push(url);
    this.webContents.url = url;
    this.emit('ready-to-show');
    return Promise.resolve();
  }
  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    const u = pathToFileURL(filePath);
    for (const [k, v] of Object.entries(options?.query ?? {})) u.searchParams.set(k, v);
    return this.navigateTo(u.href);
  }
  loadURL(url: string): Promise<void> {
    return this.navigateTo(url);
  }
  show(): void {
    Object.assign(this, { visible: true, focused: true, inactive: false });
  }
  showInactive(): void {
    Object.assign(this, { visible: true, inactive: true });
  }
  focus(): void {
    this.focused = true;
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
  close(): void {
    if (this.destroyed) return;
    this.emit('close', new FakeEvent());
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    Object.assign(this, { destroyed: true, visible: false, focused: false });
    this.emit('closed');
  }
}

export class FakeMenu {
  constructor(readonly template: MenuTemplateItem[]) {}
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

export class FakeTray extends Emitter implements TraySlice {
  tooltip = '';
  menu: FakeMenu | null = null;
  readonly calls = { setImage: 0, setToolTip: 0, setContextMenu: 0 };
  private destroyed = false;
  constructor(public image: string) {
    super();
  }
  setImage(iconPath: string): void {
    this.calls.setImage++;
    this.image = iconPath;
  }
  setToolTip(toolTip: string): void {
    this.calls.setToolTip++;
    this.tooltip = toolTip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.calls.setContextMenu++;
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Clicks a menu item by id or label, as the user would; fails for a missing or disabled item. */
  click(idOrLabel: string): void {
    const item = this.menu?.find(idOrLabel);
    if (!item?.click) throw new Error(`no clickable tray menu item "${idOrLabel}"`);
    if (item.enabled === false) throw new Error(`tray menu item "${idOrLabel}" is disabled`);
    item.click();
  }
  /** Labels of the top-level menu, separators as '---'. */
  labels(): string[] {
    return (this.menu?.template ?? []).map((i) => (i.type === 'separator' ? '---' : (i.label ?? '')));
  }
}

export class FakeNotification extends Emitter implements NotificationSlice {
  shown = false;
  closed = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  get title(): string {
    return this.options.title ?? '';
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
  }
  /** The user clicks the notification. */
  click(): void {
    this.emit('click');
  }
}
