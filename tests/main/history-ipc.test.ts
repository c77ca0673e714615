// The history channels on the Electron fake: the overview from the files in userData/history, exports through the
// save dialog (written where the user chose, nothing written on Cancel), the clinician summary printed to PDF from a
// hidden script-less window, a bad import refused with its message and nothing changed, and deletes.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { eventLine } from '../../electron/core/history-codec';
import { printWindowOptions } from '../../electron/main/adapters/history-documents';
import { bootstrap } from '../../electron/main/bootstrap';
import { IMPORT_SLICE } from '../../electron/core/history-transfer';
import type { HistoryEvent } from '../../electron/shared/history';
import type {
  HistoryOverview,
  ImportProgress,
  ImportResult,
  SaveResult,
} from '../../electron/shared/history-view';
import type { IpcResult } from '../../electron/shared/ipc';
import type { TrackerSnapshot } from '../../electron/shared/tracker';
import type { FakeBrowserWindow } from '../fakes/electron';
import { boutEvent } from '../fakes/history-days';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-history-ipc-');
const MIN = 60_000;
const DAY_BEFORE = START - 86_400_000;
const bout = (startMin: number, endMin: number): HistoryEvent =>
  boutEvent(DAY_BEFORE + startMin * MIN, DAY_BEFORE + endMin * MIN);

/** Boots with yesterday (Sun 1 March) holding two sitting bouts, 40 + 25 minutes. */
async function bootWithHistory(): Promise<FakeBrowserWindow> {
  mkdirSync(join(env.dir, 'history'));
  writeFileSync(
    join(env.dir, 'history', 'events-2026-03.jsonl'),
    eventLine(bout(0, 40)) + eventLine(bout(60, 85)),
  );
  env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
  env.fake.tray().click('Open WalkBreak');
  await vi.advanceTimersByTimeAsync(0);
  const [main] = env.fake.windowsWithView('main');
  if (!main) throw new Error('no main window');
  return main;
}

async function call<T>(channel: string, from: FakeBrowserWindow, args: unknown): Promise<IpcResult<T>> {
  return (await env.fake.ipcMain.invoke(channel, from, args)) as IpcResult<T>;
}

describe('history over IPC', () => {
  it('opens from the tray menu in the main window', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.fake.tray().click('History…');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.fake.windowsWithView('history')).toHaveLength(1);
  });

  it('serves the overview computed from the history files', async () => {
    const win = await bootWithHistory();
    const result = await call<HistoryOverview>('history:get-overview', win, { range: 'week' });
    if (!result.ok) throw new Error(result.error.message);
    const yesterday = result.value.days.find((d) => d.day === '2026-03-01');
    expect(yesterday).toMatchObject({ sittingMs: 65 * MIN, longestBoutMs: 40 * MIN, bouts: 2 });
    expect(result.value.days).toHaveLength(7);
    expect(result.value.today.day).toBe('2026-03-02');
  });

  it('starts and opens History with a torn and a corrupt line in the file, saying how many lines were skipped', async () => {
    mkdirSync(join(env.dir, 'history'));
    const file = join(env.dir, 'history', 'events-2026-03.jsonl');
    writeFileSync(
      file,
      eventLine(bout(0, 40)) +
        '{"type":"sitting-bout","at":' +
        '\n' +
        '\u0000garbage\n' +
        eventLine(bout(60, 85)),
    );
    writeFileSync(file, readFileSync(file, 'utf8') + '{"type":"reminder-sho'); // torn last write
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.fake.tray().click('History…');
    await vi.advanceTimersByTimeAsync(0);
    const [win] = env.fake.windowsWithView('history');
    if (!win) throw new Error('no history window');
    const result = await call<HistoryOverview>('history:get-overview', win, { range: 'week' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.days.find((d) => d.day === '2026-03-01')?.sittingMs).toBe(65 * MIN);
    expect(result.value.problems).toEqual(['3 unreadable lines in March 2026 skipped.']);
  });

  it('writes an export where the save dialog says, and nothing when it is cancelled', async () => {
    const win = await bootWithHistory();
    const target = join(env.dir, 'chosen', 'my-export.csv');
    mkdirSync(join(env.dir, 'chosen'));
    env.fake.saveAnswers.push(target, null);
    expect(await call<SaveResult>('history:export', win, { what: 'summaries', format: 'csv' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'my-export.csv' },
    });
    expect(env.fake.saveDialogs[0]?.options).toMatchObject({
      defaultPath: 'walkbreak-daily-summaries-2026-03-02.csv',
    });
    // Modal to the History window, so it cannot open behind it (or on another Space).
    expect(env.fake.saveDialogs[0]?.parent).toBe(win);
    const rows = readFileSync(target, 'utf8').trimEnd().split('\r\n');
    // sitting 65, standing 0 (issue 17: standing_min after sitting_min), longest 40, 2 bouts
    expect(rows[1]).toMatch(/^2026-03-01,65,0,40,2,/);
    expect(await call<SaveResult>('history:export', win, { what: 'events', format: 'json' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(readdirSync(join(env.dir, 'chosen'))).toEqual(['my-export.csv']);
  });

  it('prints the clinician summary to PDF from a hidden window without scripts, closed afterwards', async () => {
    const win = await bootWithHistory();
    const target = join(env.dir, 'summary.pdf');
    env.fake.saveAnswers.push(target);
    const saving = call<SaveResult>('history:save-clinician-summary', win, {});
    await vi.advanceTimersByTimeAsync(1); // the print window loads the page
    expect(await saving).toEqual({
      ok: true,
      value: { saved: true, fileName: 'summary.pdf' },
    });
    expect(env.fake.saveDialogs[0]?.parent).toBe(win);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    const printer = env.fake.windows.find((w) => w.options.webPreferences?.javascript === false);
    expect(printer?.options).toEqual(printWindowOptions());
    expect(printer?.webContents.printed[0]).toMatch(/^data:text\/html;charset=utf-8,.*clinician/);
    expect(printer?.isDestroyed()).toBe(true);
    expect(printer?.visible).toBe(false);
  });

  it('refuses a bad import with its message and changes nothing; a good one is merged once', async () => {
    const win = await bootWithHistory();
    const file = join(env.dir, 'history', 'events-2026-03.jsonl');
    const before = readFileSync(file, 'utf8');
    const bad = JSON.stringify({
      format: 'walkbreak-history',
      version: 1,
      events: [bout(200, 230), { type: 'x' }],
    });
    expect(await call<ImportResult>('history:import', win, { text: bad })).toEqual({
      ok: false,
      error: {
        code: 'invalid-args',
        message: 'Record 2 is not a valid event (type: not a known event type). Nothing was imported.',
      },
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
    const good = JSON.stringify({
      format: 'walkbreak-history',
      version: 1,
      events: [bout(0, 40), bout(200, 230)],
    });
    expect(await call<ImportResult>('history:import', win, { text: good })).toEqual({
      ok: true,
      value: { added: 1, duplicates: 1, cancelled: false, remaining: 0 },
    });
    const overview = await call<HistoryOverview>('history:get-overview', win, { range: 'week' });
    expect(overview.ok && overview.value.days.find((d) => d.day === '2026-03-01')?.sittingMs).toBe(95 * MIN);
  });

  it('a big import does not hold main: between its slices the tray and IPC are served (issue 19)', async () => {
    const win = await bootWithHistory();
    // 40,000 sitting bouts, one every 5 minutes before yesterday: over 4 MB, several slices of every step.
    const events = Array.from({ length: 40_000 }, (_, i) => {
      const end = DAY_BEFORE - i * 5 * MIN;
      return boutEvent(end - 4 * MIN, end);
    });
    const text = JSON.stringify({ format: 'walkbreak-history', version: 1, events }, null, 1);
    expect(text.length).toBeGreaterThan(4 * IMPORT_SLICE.chars);
    let settled = false;
    const importing = call<ImportResult>('history:import', win, { text }).finally(() => {
      settled = true;
    });
    let served = 0;
    for (let turn = 0; !settled; turn += 1) {
      // While the import waits for its next slice: the tray answers a click and IPC answers a call.
      const snapshot = await call<TrackerSnapshot>('tracker:get-snapshot', win, {});
      expect(snapshot.ok).toBe(true);
      if (turn === 1) {
        env.fake.tray().click('Start a walk now');
        const walking = await call<TrackerSnapshot>('tracker:get-snapshot', win, {});
        expect(walking.ok && walking.value.presence).toBe('walking');
        expect(settled).toBe(false);
      }
      served += 1;
      await vi.advanceTimersToNextTimerAsync();
    }
    // The import took many turns of the event loop (in one go it would have finished before the first call).
    expect(served).toBeGreaterThan(5);
    expect(await importing).toEqual({
      ok: true,
      value: { added: 40_000, duplicates: 0, cancelled: false, remaining: 0 },
    });
  }, 60_000);

  it('a big import pushes its progress to the window and stops at a slice boundary when cancelled over IPC', async () => {
    const win = await bootWithHistory();
    const events = Array.from({ length: 12_000 }, (_, i) => {
      const end = DAY_BEFORE - i * 5 * MIN;
      return boutEvent(end - 4 * MIN, end);
    });
    const text = JSON.stringify({ format: 'walkbreak-history', version: 1, events }, null, 1);
    const onDisk = (): number =>
      readdirSync(join(env.dir, 'history'))
        .filter((name) => name.startsWith('events-'))
        .reduce(
          (n, name) => n + readFileSync(join(env.dir, 'history', name), 'utf8').split('\n').length - 1,
          0,
        );
    const progress = (): ImportProgress[] =>
      win.webContents.sentOn('history:import-progress') as ImportProgress[];
    let settled = false;
    const importing = call<ImportResult>('history:import', win, { text }).finally(() => {
      settled = true;
    });
    // Served between slices: once two slices are merged, the window asks to cancel.
    while (!settled && !(progress().at(-1)?.phase === 'merging' && progress().at(-1)!.added >= 2_000))
      await vi.advanceTimersToNextTimerAsync();
    expect(await call('history:cancel-import', win, {})).toEqual({ ok: true, value: { cancelling: true } });
    while (!settled) await vi.advanceTimersToNextTimerAsync();
    const result = await importing;
    expect(result).toEqual({
      ok: true,
      value: { added: 2_000, duplicates: 0, cancelled: true, remaining: 10_000 },
    });
    // What was acknowledged is exactly what is on disk (the two bouts before it, plus the 2,000 merged).
    expect(onDisk()).toBe(2 + 2_000);
    expect(progress()[0]).toEqual({ phase: 'checking', percent: 0, added: 0 });
    expect(progress().length).toBeGreaterThan(2);
    // Nothing runs any more: a cancel has nothing to stop, and importing again adds the rest.
    expect(await call('history:cancel-import', win, {})).toEqual({ ok: true, value: { cancelling: false } });
    settled = false;
    const again = call<ImportResult>('history:import', win, { text }).finally(() => {
      settled = true;
    });
    while (!settled) await vi.advanceTimersToNextTimerAsync();
    expect(await again).toEqual({
      ok: true,
      value: { added: 10_000, duplicates: 2_000, cancelled: false, remaining: 0 },
    });
    expect(onDisk()).toBe(2 + 12_000);
  }, 60_000);

  it('deletes a day and then everything', async () => {
    const win = await bootWithHistory();
    expect(await call('history:delete-day', win, { day: '2026-03-01' })).toEqual({
      ok: true,
      value: { removed: 2 },
    });
    expect(existsSync(join(env.dir, 'history', 'events-2026-03.jsonl'))).toBe(false);
    expect(await call('history:delete-all', win, { confirm: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
  });
});
