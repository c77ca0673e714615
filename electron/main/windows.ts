// Our windows, created on demand and destroyed on close (a tray app keeps no hidden renderers): one main window
// (views main / settings / history / break) and one small reminder window. Knows which webContents are ours, for
// IPC. The main window's view is read from its page's URL (the page navigates itself: links, `location`), never
// remembered. A window whose page fails to load or whose renderer dies is closed (or reloaded) and logged, so no
// blank or frozen window stays on screen. Once the app quits, window callbacks are inert: closing windows on the
// way out is not something the user did.
import type { EventChannel, EventContract } from '../shared/ipc';
import type { BrowserWindowSlice, ElectronSlice, InvokeEventSlice } from './electron-slice';
import { reminderEdge, reminderPlacement } from './placement';
import type { RendererLocation, View } from './renderer-location';
import { hardenContents, windowOptions, type WindowKind } from './security';

export type MainView = Exclude<View, 'reminder'>;

export interface WindowsOptions {
  renderer: RendererLocation;
  preloadPath: string;
  platform: NodeJS.Platform;
  /** A Linux Wayland session: windows cannot place themselves, showInactive is not supported. */
  wayland?: boolean;
  devTools: boolean;
  warn: (message: string) => void;
  /** The user closed the reminder window themselves (not through one of its buttons). */
  onReminderClosed?: () => void;
  /** The main window closed (its close box, or the view closing itself). */
  onMainClosed?: () => void;
  /** Windows: the session is ending (shutdown, restart, log-off); no before-quit follows. */
  onSessionEnd?: () => void;
  /**
   * The user left the first-run window: closed it (its close box or "Get started"), or the main window moved on to
   * another view (the desk check, Help, a view the tray opened). Not when the app quits with it open.
   */
  onWelcomeLeft?: () => void;
}

export interface Windows {
  /** Shows the main window on `view`, creating it or switching its view when needed, and brings it to the front. */
  openMain(view: MainView): void;
  /** Shows the reminder window; without focus it appears without taking the keyboard from the user. */
  openReminder(focus: boolean): void;
  closeReminder(): void;
  /** The main window, when open (dialogs are modal to it). */
  mainWindow(): BrowserWindowSlice | null;
  /** The app is quitting: from now on no window callback reaches the app. */
  quitting(): void;
  /**
   * Sizes the reminder window's content to `height` px (already clamped), keeping its width and the screen edge it
   * sits at; answers the height it has (unchanged when no reminder window is open).
   */
  fitReminder(height: number): number;
  /** True when the IPC call comes from one of our live windows showing our renderer. */
  isOwnSender(event: InvokeEventSlice): boolean;
  /** Which of our windows sent the IPC call (null: not one of ours). */
  senderKind(event: InvokeEventSlice): WindowKind | null;
  /** Sends an event to every live window. */
  broadcast<E extends EventChannel>(channel: E, payload: EventContract[E]): void;
}

type Slice = Pick<ElectronSlice, 'BrowserWindow' | 'screen' | 'shell' | 'app'>;

/** The ?view= of a URL of ours, or null. */
function viewOf(url: string): string | null {
  try {
    return new URL(url).searchParams.get('view');
  } catch {
    return null;
  }
}

export function createWindows(e: Slice, o: WindowsOptions): Windows {
  let main: BrowserWindowSlice | null = null;
  let reminder: BrowserWindowSlice | null = null;
  let quitting = false;
  const live = (): BrowserWindowSlice[] =>
    [main, reminder].filter((w): w is BrowserWindowSlice => !!w && !w.isDestroyed());

  /** macOS: a menu-bar-only app is not the active app, so a window the user asked for would open behind. */
  const toFront = (): void => {
    if (o.platform === 'darwin') e.app.focus({ steal: true });
  };

  const create = (kind: WindowKind, extra: object = {}): BrowserWindowSlice => {
    const win = new e.BrowserWindow({ ...windowOptions(kind, o.preloadPath, o.devTools), ...extra });
    hardenContents(win.webContents, {
      isOwnUrl: o.renderer.isOwn,
      openExternal: (url) =>
        void e.shell.openExternal(url).catch((error) => o.warn(`openExternal failed: ${String(error)}`)),
    });
    win.on('session-end', () => o.onSessionEnd?.());
    win.on('unresponsive', () => o.warn(`the ${kind} window stopped responding`));
    return win;
  };
  const load = (win: BrowserWindowSlice, view: View): void => {
    o.renderer.load(win, view).catch((error) => o.warn(`could not load the ${view} view: ${String(error)}`));
  };
  /**
   * A page that fails to load never shows (no ready-to-show): close the window rather than leave it invisible.
   * A crashed renderer leaves a blank window: the main window reloads once, the reminder closes (a frameless
   * window the user could not otherwise dismiss; the reminder itself stays in the tray and its notification).
   */
  const recover = (win: BrowserWindowSlice, kind: WindowKind, close: () => void): void => {
    win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
      if (!isMainFrame) return;
      o.warn(`the ${kind} window could not load ${url} (${description}, ${code}); closed`);
      close();
    });
    let reloaded = false;
    win.webContents.on('render-process-gone', (_event, details) => {
      if (kind === 'main' && !reloaded) {
        reloaded = true;
        o.warn(`the main window's page ended (${details.reason}); reloading it`);
        win.webContents.reload();
        return;
      }
      o.warn(`the ${kind} window's page ended (${details.reason}); closed`);
      close();
    });
  };

  const isOwnSender = (event: InvokeEventSlice): boolean => {
    const url = event.senderFrame?.url;
    return url !== undefined && o.renderer.isOwn(url) && live().some((w) => w.webContents === event.sender);
  };

  return {
    openMain(view) {
      toFront();
      if (main && !main.isDestroyed()) {
        if (viewOf(main.webContents.getURL()) !== view) load(main, view);
        if (main.isMinimized()) main.restore();
        main.show();
        main.focus();
        return;
      }
      const win = create('main');
      main = win;
      // The view the page last committed: only to see the first-run window being left (it is read from the URL,
      // never remembered, everywhere else). A page that never loaded showed nothing, so leaves nothing.
      let committed: string | null = null;
      const left = (): void => {
        if (committed === 'welcome' && !quitting) o.onWelcomeLeft?.();
      };
      win.webContents.on('did-navigate', (_event, url) => {
        const next = viewOf(url);
        if (next !== 'welcome') left();
        committed = next;
      });
      win.on('close', left);
      win.once('ready-to-show', () => win.show());
      win.on('closed', () => {
        if (main !== win) return;
        main = null;
        if (!quitting) o.onMainClosed?.();
      });
      recover(win, 'main', () => {
        if (!win.isDestroyed()) win.close();
      });
      load(win, view);
    },
    openReminder(focus) {
      if (focus) toFront();
      if (reminder && !reminder.isDestroyed()) {
        if (focus) {
          reminder.show();
          reminder.focus();
        } else reminder.showInactive();
        return;
      }
      const place = reminderPlacement(
        e.screen,
        windowOptions('reminder', o.preloadPath),
        o.platform,
        !!o.wayland,
      );
      const win = create('reminder', place);
      reminder = win;
      // macOS: above other apps' full-screen Spaces too (a menu-bar app's window is otherwise left behind).
      if (o.platform === 'darwin')
        win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: true });
      // Wayland has no showInactive: show() is what the compositor allows either way.
      win.once('ready-to-show', () => (focus || o.wayland ? win.show() : win.showInactive()));
      win.on('closed', () => {
        // closeReminder() forgets the window before closing it; still known here means the user closed it.
        if (reminder !== win) return;
        reminder = null;
        if (!quitting) o.onReminderClosed?.();
      });
      recover(win, 'reminder', () => {
        if (reminder === win) reminder = null; // not the user's doing: no skip
        if (!win.isDestroyed()) win.close();
      });
      load(win, 'reminder');
    },
    closeReminder() {
      const win = reminder;
      reminder = null;
      if (win && !win.isDestroyed()) win.close();
    },
    mainWindow() {
      return main && !main.isDestroyed() ? main : null;
    },
    quitting() {
      quitting = true;
    },
    fitReminder(height) {
      const win = reminder;
      if (!win || win.isDestroyed()) return height;
      const b = win.getContentBounds();
      if (b.height === height) return height;
      // Wayland: the compositor places windows; elsewhere the edge the reminder keeps to stays where it was.
      if (o.wayland) win.setContentSize(b.width, height);
      else {
        const y = reminderEdge(o.platform) === 'bottom' ? b.y + b.height - height : b.y;
        win.setContentBounds({ x: b.x, y, width: b.width, height });
      }
      return height;
    },
    isOwnSender,
    senderKind(event) {
      if (!isOwnSender(event)) return null;
      return main && event.sender === main.webContents ? 'main' : 'reminder';
    },
    broadcast(channel, payload) {
      for (const win of live()) {
        if (!win.webContents.isDestroyed()) win.webContents.send(channel, payload);
      }
    },
  };
}
