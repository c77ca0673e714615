// The exact slice of Electron's main-process API that WalkBreak uses, as narrow structural types. index.ts passes
// the real module (so Electron must stay assignable to this type) and tests pass tests/fakes/electron.ts (which
// must implement it): a change on either side is a compile error. Types only.
import type * as E from 'electron';

/** An event whose default action a listener may cancel (navigation, webview attach). */
export interface PreventableEvent {
  preventDefault(): void;
}

export type WebContentsSlice = Pick<
  E.WebContents,
  'setWindowOpenHandler' | 'isDestroyed' | 'printToPDF' | 'getURL' | 'reload'
> & {
  send(channel: string, ...args: unknown[]): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  on(
    event: 'did-fail-load',
    listener: (
      event: unknown,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
    ) => void,
  ): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  /** A main-frame navigation committed (loadURL, a link, `location`): docs/api/web-contents.md. */
  on(event: 'did-navigate', listener: (event: unknown, url: string) => void): unknown;
};

export type BrowserWindowSlice = Pick<
  E.BrowserWindow,
  | 'loadFile'
  | 'loadURL'
  | 'show'
  | 'showInactive'
  | 'focus'
  | 'close'
  | 'isDestroyed'
  | 'isMinimized'
  | 'restore'
  | 'setVisibleOnAllWorkspaces'
  | 'isFocused'
  | 'flashFrame'
  | 'getContentBounds'
  | 'setContentBounds'
  | 'setContentSize'
> & {
  readonly webContents: WebContentsSlice;
  once(event: 'ready-to-show', listener: () => void): unknown;
  /** The window took the keyboard (docs/api/browser-window.md event 'focus'). */
  once(event: 'focus', listener: () => void): unknown;
  on(event: 'close' | 'closed' | 'unresponsive' | 'session-end', listener: () => void): unknown;
};

/** A window a dialog is modal to: one of ours (any BrowserWindow is one). */
export type DialogParent = Pick<E.BaseWindow, 'isDestroyed'>;

/** One tray menu entry; a subset of Electron's MenuItemConstructorOptions. */
export interface MenuTemplateItem {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

/**
 * A built menu is handed back to the tray; the tray listens to when it opens and closes (Electron's Menu events
 * `menu-will-show` and `menu-will-close`, docs/api/menu.md), so it is never replaced while the user is in it.
 */
export type MenuSlice = {
  on(event: 'menu-will-show' | 'menu-will-close', listener: () => void): unknown;
};

export type TraySlice = Pick<E.Tray, 'setToolTip' | 'destroy' | 'isDestroyed' | 'popUpContextMenu'> & {
  /** A path; Electron loads it like nativeImage.createFromPath (so `…Template.png` and `@2x` work). */
  setImage(iconPath: string): void;
  setContextMenu(menu: MenuSlice | null): void;
  on(event: 'mouse-enter' | 'click', listener: () => void): unknown;
};

export type NotificationSlice = Pick<E.Notification, 'show' | 'close'> & {
  on(event: 'click' | 'close', listener: () => void): unknown;
  /** macOS and Windows: the OS refused to show it (unsigned app, no AppUserModelID shortcut). */
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
};

/** What an ipcMain.handle listener reads from its event. */
export interface InvokeEventSlice {
  readonly sender: WebContentsSlice;
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainSlice {
  handle(channel: string, listener: (event: InvokeEventSlice, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export type PowerEvent = 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume';

export type PowerMonitorSlice = Pick<E.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'> & {
  on(event: PowerEvent | 'shutdown', listener: () => void): unknown;
};

export interface SessionSlice {
  setPermissionRequestHandler(
    handler:
      ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
}

export type AppSlice = Pick<
  E.App,
  | 'getVersion'
  | 'quit'
  | 'requestSingleInstanceLock'
  | 'whenReady'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'getPreferredSystemLanguages'
  | 'getLocaleCountryCode'
  | 'getSystemLocale'
  | 'focus'
  | 'exit'
> & {
  readonly dock: { hide(): void } | undefined;
  on(
    event: 'before-quit' | 'window-all-closed' | 'second-instance' | 'activate',
    listener: () => void,
  ): unknown;
};

export type GlobalShortcutSlice = Pick<E.GlobalShortcut, 'register' | 'unregister'>;

/**
 * The app's theme source, and whether the OS is dark: `updated` fires when either changes (the tray then swaps its
 * icons for the panel). `shouldUseDarkColorsForSystemIntegratedUI` is the Windows taskbar's own light/dark mode.
 */
export type NativeThemeSlice = Pick<
  E.NativeTheme,
  'themeSource' | 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI'
> & {
  on(event: 'updated', listener: () => void): unknown;
  removeListener(event: 'updated', listener: () => void): unknown;
};

/** Everything main uses from 'electron'. `session` and `screen` are only read after app `ready`. */
export interface ElectronSlice {
  app: AppSlice;
  BrowserWindow: new (options: E.BrowserWindowConstructorOptions) => BrowserWindowSlice;
  Tray: new (iconPath: string) => TraySlice;
  Menu: {
    buildFromTemplate(template: MenuTemplateItem[]): MenuSlice;
    /** null: no default application menu (on Windows and Linux no menu bar, so no Alt → View ▸ DevTools). */
    setApplicationMenu(menu: null): void;
  };
  Notification: {
    new (options: E.NotificationConstructorOptions): NotificationSlice;
    isSupported(): boolean;
  };
  ipcMain: IpcMainSlice;
  powerMonitor: PowerMonitorSlice;
  nativeTheme: NativeThemeSlice;
  globalShortcut: GlobalShortcutSlice;
  screen: {
    getPrimaryDisplay(): { workArea: E.Rectangle };
    getCursorScreenPoint(): E.Point;
    getDisplayNearestPoint(point: E.Point): { workArea: E.Rectangle };
    getAllDisplays(): { workArea: E.Rectangle }[];
  };
  session: { readonly defaultSession: SessionSlice };
  shell: Pick<E.Shell, 'openExternal'>;
  /** History exports and the clinician summary PDF are saved where the user chooses. */
  dialog: {
    /** Parented to the window it was asked from (modal to it), so it cannot open behind it. */
    showSaveDialog(window: DialogParent, options: E.SaveDialogOptions): Promise<E.SaveDialogReturnValue>;
    showSaveDialog(options: E.SaveDialogOptions): Promise<E.SaveDialogReturnValue>;
    /** A start that fails is shown in a box (a packaged app has no console). */
    showErrorBox(title: string, content: string): void;
  };
}
