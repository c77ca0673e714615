// Preload (sandboxed, bundled to one CommonJS file): exposes `window.walkbreak`, one function per operation and
// one subscribe function per event of the IPC contract. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_EVENTS,
  API_METHODS,
  type ArgsOf,
  type EventChannel,
  type EventContract,
  type InvokeChannel,
  type IpcResult,
  type ResultOf,
  type WalkBreakApi,
} from '../shared/ipc';

type Invokers<M extends Record<string, InvokeChannel>> = {
  [K in keyof M]: (args: ArgsOf<M[K]>) => Promise<IpcResult<ResultOf<M[K]>>>;
};
type Subscribers<M extends Record<string, EventChannel>> = {
  [K in keyof M]: (listener: (payload: EventContract[M[K]]) => void) => () => void;
};

/** One invoke function per operation; main answers every call with an IpcResult. */
function invokers<M extends Record<string, InvokeChannel>>(methods: M): Invokers<M> {
  const entries = Object.entries(methods).map(([name, channel]) => [
    name,
    (args: unknown) => ipcRenderer.invoke(channel, args),
  ]);
  return Object.fromEntries(entries) as Invokers<M>;
}

/** One subscribe function per event: listeners get the payload only, and an unsubscribe for exactly that listener. */
function subscribers<M extends Record<string, EventChannel>>(events: M): Subscribers<M> {
  const entries = Object.entries(events).map(([name, channel]) => [
    name,
    (listener: (payload: unknown) => void) => {
      const wrapper = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapper);
      return () => void ipcRenderer.removeListener(channel, wrapper);
    },
  ]);
  return Object.fromEntries(entries) as Subscribers<M>;
}

const api: WalkBreakApi = { ...invokers(API_METHODS), ...subscribers(API_EVENTS) };

contextBridge.exposeInMainWorld('walkbreak', api);
