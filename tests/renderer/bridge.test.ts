// lib/bridge.ts: unwraps IpcResult values, turns errors into BridgeError (with settings issues), and copes with
// a missing bridge.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BridgeError,
  errorMessage,
  getSettings,
  onSnapshot,
  snooze,
  updateSettings,
} from '../../renderer/src/lib/bridge';
import { SETTINGS, installFakeApi, snapshot } from './fake-api';

afterEach(() => {
  delete window.walkbreak;
});

describe('bridge', () => {
  it('returns the value of an ok result and passes the arguments through', async () => {
    const api = installFakeApi();
    await expect(getSettings()).resolves.toEqual(SETTINGS);
    await expect(snooze(10)).resolves.toMatchObject({ presence: 'present' });
    expect(api.snooze).toHaveBeenCalledWith({ minutes: 10 });
  });

  it('throws a BridgeError with the code, message and issues of an error result', async () => {
    const api = installFakeApi();
    const issues = [{ field: 'sitThresholdMin' as const, message: 'Too long.' }];
    api.updateSettings.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid-args', message: 'Too long.', issues },
    });
    const error = await updateSettings({ sitThresholdMin: 99 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ code: 'invalid-args', message: 'Too long.', issues });
    expect(errorMessage(error)).toBe('Too long.');
  });

  it('reports a rejected or malformed call as a BridgeError', async () => {
    const api = installFakeApi();
    api.snooze.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(snooze(5)).rejects.toMatchObject({ code: 'unavailable' });
    api.snooze.mockResolvedValueOnce('nonsense' as never);
    await expect(snooze(5)).rejects.toMatchObject({ code: 'failed' });
  });

  it('without a bridge, calls fail with a helpful message and subscriptions are inert', async () => {
    const error = await getSettings().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect(errorMessage(error)).toMatch(/could not reach the app/);
    expect(errorMessage(new Error('internal detail'))).toBe('Something went wrong. Please try again.');
    const unsubscribe = onSnapshot(() => {});
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });

  it('delivers pushed snapshots until unsubscribed', () => {
    const api = installFakeApi();
    const seen: number[] = [];
    const unsubscribe = onSnapshot((s) => seen.push(s.at));
    api.emit('tracker:snapshot', snapshot({ at: 1 }));
    unsubscribe();
    api.emit('tracker:snapshot', snapshot({ at: 2 }));
    expect(seen).toEqual([1]);
  });
});
