// Our windows, created on demand and destroyed on close (a tray app keeps no hidden renderers): one main window
// (views main / settings / break) and one small reminder window. Knows which webContents are ours, for IPC.
import type { EventChannel, EventContract } from '../shared/ipc';
import type { BrowserWindowSlice, ElectronSlice, InvokeEventSlice } from './electron-slice';
import type { RendererLocation, View } from './renderer-location';
import { hardenContents, windowOptions, type WindowKind } from './security';

export type MainView = Exclude<View, 'reminder'>;

export interface WindowsOptions {
  renderer: RendererLocation;
  preloadPath: string;
  platform: NodeJS.Platform;
  devTools: boolean;
  warn: (message: string) => void;
  /** The user closed the reminder window themselves (not through one of its buttons). */
  onReminderClosed?: () => void;
  /** The main window closed (its close box, or the view closing itself). */
  onMainClosed?: () => void;
}

export interface Windows {
  /** Shows the main window on `view`, creating it or switching its view when needed, and focuses it. */
  openMain(view: MainView): void;
  /** Shows the reminder window; without focus it appears without taking the keyboard from the user. */
  openReminder(focus: boolean): void;
  closeReminder(): void;
  /** True when the IPC call comes from one of our live windows showing our renderer. */
  isOwnSender(event: InvokeEventSlice): boolean;
  /** Sends an event to every live window. */
  broadcast<E extends EventChannel>(channel: E, payload: EventContract[E]): void;
}

/** Gap between the reminder window and the screen edge, in px. */
const EDGE_PX = 16;

type Slice = Pick<ElectronSlice, 'BrowserWindow' | 'screen' | 'shell'>;

export function createWindows(e: Slice, o: WindowsOptions): Windows {
  let main: { win: BrowserWindowSlice; view: MainView } | null = null;
  let reminder: BrowserWindowSlice | null = null;
  const live = (): BrowserWindowSlice[] =>
    [main?.win, reminder].filter((w): w is BrowserWindowSlice => !!w && !w.isDestroyed());

  const create = (kind: WindowKind, extra: { x?: number; y?: number } = {}): BrowserWindowSlice => {
    const win = new e.BrowserWindow({ ...windowOptions(kind, o.preloadPath, o.devTools), ...extra });
    hardenContents(win.webContents, {
      isOwnUrl: o.renderer.isOwn,
      openExternal: (url) =>
        void e.shell.openExternal(url).catch((error) => o.warn(`openExternal failed: ${String(error)}`)),
    });
    return win;
  };
  const load = (win: BrowserWindowSlice, view: View): void => {
    o.renderer.load(win, view).catch((error) => o.warn(`could not load the ${view} view: ${String(error)}`));
  };

  /** Bottom-right of the primary display's work area (top-right on macOS, where the tray is). */
  const reminderPosition = (): { x: number; y: number } => {
    const { workArea: a } = e.screen.getPrimaryDisplay();
    const { width, height } = windowOptions('reminder', o.preloadPath);
    const x = a.x + a.width - (width ?? 0) - EDGE_PX;
    const y = o.platform === 'darwin' ? a.y + EDGE_PX : a.y + a.height - (height ?? 0) - EDGE_PX;
    return { x: Math.round(x), y: Math.round(y) };
  };

  return {
    openMain(view) {
      if (main && !main.win.isDestroyed()) {
        if (main.view !== view) load(main.win, view);
        main.view = view;
        if (main.win.isMinimized()) main.win.restore();
        main.win.show();
        main.win.focus();
        return;
      }
      const win = create('main');
      const opened = { win, view };
      main = opened;
      win.once('ready-to-show', () => win.show());
      win.on('closed', () => {
        if (main !== opened) return;
        main = null;
        o.onMainClosed?.();
      });
      load(win, view);
    },
    openReminder(focus) {
      if (reminder && !reminder.isDestroyed()) {
        if (focus) {
          reminder.show();
          reminder.focus();
        } else reminder.showInactive();
        return;
      }
      const win = create('reminder', reminderPosition());
      reminder = win;
      win.once('ready-to-show', () => (focus ? win.show() : win.showInactive()));
      win.on('closed', () => {
        // closeReminder() forgets the window before closing it; still known here means the user closed it.
        if (reminder !== win) return;
        reminder = null;
        o.onReminderClosed?.();
      });
      load(win, 'reminder');
    },
    closeReminder() {
      const win = reminder;
      reminder = null;
      if (win && !win.isDestroyed()) win.close();
    },
    isOwnSender(event) {
      const url = event.senderFrame?.url;
      return url !== undefined && o.renderer.isOwn(url) && live().some((w) => w.webContents === event.sender);
    },
    broadcast(channel, payload) {
      for (const win of live()) {
        if (!win.webContents.isDestroyed()) win.webContents.send(channel, payload);
      }
    },
  };
}
