// The persistence adapters: the JSON documents (electron-store's layout, app version + migrations, bad files kept aside).
// The history files are tested in history-file.test.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStores } from '../../electron/main/adapters/stores';
import { initialState } from '../../electron/core/tracker-state';
import { DEFAULT_SETTINGS, copySettings } from '../../electron/core/settings';

vi.mock('electron', () => ({ default: {} }));

const settings = { ...copySettings(DEFAULT_SETTINGS), sitThresholdMin: 45, snoozeOptionsMin: [5, 10] };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'walkbreak-stores-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('openStores', () => {
  it('keeps settings under `settings` with the migrated version recorded, and the tracker in its own file', () => {
    const stores = openStores(dir, '0.1.0');
    expect(stores.settings.load()).toBeUndefined();
    expect(stores.tracker.load()).toBeNull();
    stores.settings.save(settings);
    const tracker = { version: 1 as const, savedAt: 1, state: initialState(1, 0) };
    stores.tracker.save(tracker);
    expect(readJson('settings.json')).toEqual({
      settings,
      __internal__: { migrations: { version: '0.1.0' } },
    });
    expect(readJson('tracker.json')).toMatchObject({ tracker });

    const again = openStores(dir, '0.2.0');
    expect(again.problems).toEqual([]);
    expect(again.settings.load()).toEqual(settings);
    expect(again.tracker.load()).toEqual(tracker);
  });

  it('a value out of range passes the file schema (core repairs it to the nearest valid value)', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ settings: { ...settings, sitThresholdMin: 90 } }),
    );
    const stores = openStores(dir, '0.1.0');
    expect(stores.problems).toEqual([]);
    expect(stores.settings.load()).toMatchObject({ sitThresholdMin: 90 });
  });

  it('a file of the wrong shape or not JSON is kept aside; what it held goes to core to repair', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ settings: { sitThresholdMin: 'thirty' } }));
    writeFileSync(join(dir, 'tracker.json'), '{"tracker": ');
    const stores = openStores(dir, '0.1.0');
    expect(stores.problems).toHaveLength(2);
    expect(stores.problems[0]).toMatch(/settings\.json could not be read .*schema violation/);
    expect(stores.settings.load()).toEqual({ sitThresholdMin: 'thirty' }); // repaired by core on load
    expect(stores.tracker.load()).toBeNull();
    const aside = readdirSync(dir).filter((f) => f.includes('.broken-'));
    expect(aside.map((f) => f.split('.broken-')[0]).sort()).toEqual(['settings.json', 'tracker.json']);
  });
});

describe('tracker "last seen" mark (issue 15)', () => {
  it('touch sets the file time without rewriting it; touchedAt reads it back; no file, no time', () => {
    const stores = openStores(dir, '0.1.0');
    expect(stores.tracker.touchedAt()).toBeNull();
    const tracker = { version: 1 as const, savedAt: 1_000_000, state: initialState(1_000_000, 0) };
    stores.tracker.save(tracker);
    const at = Date.UTC(2026, 10, 2, 9, 30);
    stores.tracker.touch(at);
    expect(stores.tracker.touchedAt()).toBe(at);
    expect(openStores(dir, '0.1.0').tracker.load()).toEqual(tracker);
  });
});
