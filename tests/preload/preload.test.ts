// The preload's surface: exactly one function per API_METHODS operation and API_EVENTS subscription on
// `window.walkbreak`, invokes on the right channel, listeners get the payload only, unsubscribe removes them.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_EVENTS, API_METHODS, type WalkBreakApi } from '../../electron/shared/ipc';

type Wrapper = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn((channel: string, args: unknown) =>
        Promise.resolve({ ok: true, value: { channel, args } }),
      ),
      on: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn));
      }),
      removeListener: vi.fn((channel: string, fn: (event: unknown, payload: unknown) => void) => {
        listeners.get(channel)?.delete(fn);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

let api: WalkBreakApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = electron.exposed.get('walkbreak') as WalkBreakApi;
});

const emit = (channel: string, payload: unknown): void => {
  for (const fn of electron.listeners.get(channel) ?? [])
    (fn as Wrapper)({ sender: 'ipc-event', senderId: 0 }, payload);
};

describe('preload', () => {
  it('exposes only window.walkbreak, with exactly one function per operation and event', () => {
    expect([...electron.exposed.keys()]).toEqual(['walkbreak']);
    const keys = Object.keys(api).sort();
    expect(keys).toEqual([...Object.keys(API_METHODS), ...Object.keys(API_EVENTS)].sort());
    for (const key of keys) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(JSON.stringify(api)).not.toMatch(/ipcRenderer|invoke|send/);
  });

  it.each(Object.entries(API_METHODS))('%s invokes %s with the args only', async (name, channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = (api as unknown as Record<string, (args: unknown) => Promise<unknown>>)[name]!;
    const result = await call({ probe: name });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: name });
    expect(result).toEqual({ ok: true, value: { channel, args: { probe: name } } });
  });

  it('typed calls reach the right channel', async () => {
    await api.snooze({ minutes: 5 });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('reminder:snooze', { minutes: 5 });
  });

  it.each(Object.entries(API_EVENTS))(
    '%s passes only the %s payload, and unsubscribe removes that listener',
    (name, channel) => {
      const subscribe = (api as unknown as Record<string, (l: (p: unknown) => void) => () => void>)[name]!;
      const first = vi.fn();
      const second = vi.fn();
      const offFirst = subscribe(first);
      const offSecond = subscribe(second);
      emit(channel, { n: 1 });
      expect(first.mock.calls).toEqual([[{ n: 1 }]]);
      expect(second.mock.calls).toEqual([[{ n: 1 }]]);

      offFirst();
      emit(channel, { n: 2 });
      expect(first).toHaveBeenCalledTimes(1);
      expect(second).toHaveBeenLastCalledWith({ n: 2 });
      offSecond();
      expect(electron.listeners.get(channel)?.size).toBe(0);
    },
  );

  it('events on other channels do not reach a listener', () => {
    const listener = vi.fn();
    const off = api.onSnapshot(listener);
    emit('settings:changed', { x: 1 });
    expect(listener).not.toHaveBeenCalled();
    off();
  });
});
