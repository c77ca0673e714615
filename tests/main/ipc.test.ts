// registerIpc on the fake ipcMain: every contract channel served, sender check first, failures mapped to typed
// errors, values kept out of the log, handlers removable.
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../electron/main/ipc';
import { API_METHODS, type HandlerMap } from '../../electron/shared/ipc';
import { FakeBrowserWindow, FakeIpcMain } from '../fakes/electron';
import { DEFAULT_SETTINGS, copySettings } from '../../electron/core/settings';

function handlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  const fail = () => {
    throw new Error('not used in this test');
  };
  const base = Object.fromEntries(
    Object.values(API_METHODS).map((channel) => [channel, fail]),
  ) as unknown as HandlerMap;
  return { ...base, ...overrides };
}

const settings = copySettings(DEFAULT_SETTINGS);

describe('registerIpc', () => {
  it('serves every channel, checks the sender before anything else, and can be removed', async () => {
    const ipc = new FakeIpcMain();
    const win = new FakeBrowserWindow({});
    await win.loadFile('/app/out/renderer/index.html', { query: { view: 'main' } });
    const get = vi.fn(() => settings);
    const isOwn = vi.fn((event: { sender: unknown }) => event.sender === win.webContents);
    const remove = registerIpc(ipc, handlers({ 'settings:get': get }), isOwn, () => undefined);
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(API_METHODS).sort());

    expect(await ipc.invoke('settings:get', { url: win.url }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(get).not.toHaveBeenCalled();
    expect(await ipc.invoke('settings:get', win, {})).toEqual({ ok: true, value: settings });

    remove();
    expect(ipc.handlers.size).toBe(0);
  });

  it('a handler that throws is a "failed" result, logged without the arguments', async () => {
    const ipc = new FakeIpcMain();
    const log = vi.fn();
    const boom = () => {
      throw new Error('disk full');
    };
    registerIpc(ipc, handlers({ 'walk:end': boom }), () => true, log);
    const win = new FakeBrowserWindow({});
    expect(await ipc.invoke('walk:end', win, { completed: true })).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(await ipc.invoke('reminder:snooze', win, { minutes: 'seven-secret' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
    const logged = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toMatch(/walk:end failed: disk full/);
    expect(logged).toMatch(/rejected reminder:snooze/);
    expect(logged).not.toMatch(/seven-secret|completed/);
  });
});
