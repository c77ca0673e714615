// Serves `window.walkbreak` to the window frames the way preload + ipcMain do in Electron: every call goes through
// dispatchInvoke (schema checks included), and arguments, results and events are structured-cloned across.
import {
  API_EVENTS,
  API_METHODS,
  WINDOW_ONLY,
  type HandlerMap,
  type InvokeChannel,
  type EventChannel,
  type EventContract,
  type WalkBreakApi,
} from '../../../electron/shared/ipc';
import type { CoreApp } from '../../../electron/core/app';
import { dispatchInvoke } from '../../../electron/core/handlers';

interface Connection {
  win: Window;
  listeners: Map<EventChannel, Set<(payload: never) => void>>;
  closed: boolean;
}

/** What window-bridge.js finds on `window.parent.__walkbreakHost`. */
export interface WalkBreakHost {
  connect(view: string, win: Window): WalkBreakApi;
  close(win: Window): void;
}

/** Rethrows outside our call stack, so a renderer error still surfaces as an uncaught page error. */
function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

export class HostBridge {
  private connections = new Map<Window, Connection>();

  constructor(
    private readonly core: CoreApp,
    private readonly hooks: {
      closeWindow(win: Window): void;
      input(): void;
      log(message: string): void;
      /** What the desktop does for a window's own requests (time up, the reminder's size), as main does. */
      windowRequests: Pick<HandlerMap, keyof typeof WINDOW_ONLY>;
    },
  ) {
    core.engine.subscribe((snapshot) => this.broadcast('tracker:snapshot', snapshot));
    core.settings.subscribe((settings) => this.broadcast('settings:changed', settings));
    core.breaks.subscribe((state) => this.broadcast('break:state', state));
    core.history.onImportProgress((progress) => this.broadcast('history:import-progress', progress));
  }

  /** The object window-bridge.js reads. */
  host(): WalkBreakHost {
    return {
      connect: (view, win) => this.connect(win, view === 'reminder' ? 'reminder' : 'main'),
      close: (win) => this.hooks.closeWindow(win),
    };
  }

  /** The window is going away: stop sending it events and drop replies still in flight. */
  disconnect(win: Window): void {
    const connection = this.connections.get(win);
    if (!connection) return;
    connection.closed = true;
    connection.listeners.clear();
    this.connections.delete(win);
  }

  private connect(win: Window, kind: 'main' | 'reminder'): WalkBreakApi {
    const handlers: HandlerMap = { ...this.core.handlers, ...this.hooks.windowRequests };
    const only = WINDOW_ONLY as Partial<Record<InvokeChannel, 'main' | 'reminder'>>;
    this.disconnect(win);
    const connection: Connection = { win, listeners: new Map(), closed: false };
    this.connections.set(win, connection);
    // Input inside a window counts for the OS idle counter, like anywhere else on the desktop.
    for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
      win.addEventListener(type, () => this.hooks.input(), { capture: true, passive: true });
    }
    // Values handed to the window are made in its own realm, as IPC would deliver them.
    const realm = win as Window & typeof globalThis;
    const api: Record<string, unknown> = {};
    for (const [method, channel] of Object.entries(API_METHODS)) {
      api[method] = (args: unknown) =>
        new realm.Promise<unknown>((resolve, reject) => {
          let cloned: unknown;
          try {
            cloned = structuredClone(args);
          } catch {
            reject(new realm.Error('An object could not be cloned.'));
            return;
          }
          const forbidden = only[channel] !== undefined && only[channel] !== kind;
          const answer = forbidden
            ? Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Not this window.' } })
            : dispatchInvoke(handlers, channel, cloned, this.hooks.log);
          void answer.then((result) => {
            if (!connection.closed) resolve(win.structuredClone(result));
          });
        });
    }
    for (const [name, channel] of Object.entries(API_EVENTS)) {
      api[name] = (listener: (payload: never) => void) => {
        const set = connection.listeners.get(channel) ?? new Set();
        connection.listeners.set(channel, set);
        set.add(listener);
        return () => set.delete(listener);
      };
    }
    return Object.freeze(api) as WalkBreakApi;
  }

  private broadcast<E extends EventChannel>(channel: E, payload: EventContract[E]): void {
    for (const connection of this.connections.values()) {
      for (const listener of connection.listeners.get(channel) ?? []) {
        try {
          (listener as (payload: EventContract[E]) => void)(connection.win.structuredClone(payload));
        } catch (error) {
          rethrowLater(error);
        }
      }
    }
  }
}
