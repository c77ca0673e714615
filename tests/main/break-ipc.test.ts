// The break channels end to end on the Electron fake: bootstrap serves them on ipcMain, checks their arguments,
// writes programme.json, broadcasts 'break:state' to open windows, and reads the programme back after a restart.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDayKey } from '../../electron/core/calendar';
import { bootstrap, type Running } from '../../electron/main/bootstrap';
import type { BreakState } from '../../electron/shared/break';
import type { HistoryEvent } from '../../electron/shared/history';
import type { IpcResult } from '../../electron/shared/ipc';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from '../fakes/electron';

/** Monday 2 March 2026, 09:00 in London (GMT). */
const START = new Date('2026-03-02T09:00:00Z').getTime();
const MIN = 60_000;

let dir: string;
let fake: FakeElectron;
let running: Running | null = null;

function boot(): Running {
  running = bootstrap(fake, {
    userDataDir: dir,
    resourcesDir: '/opt/walkbreak/resources',
    preloadPath: '/opt/walkbreak/out/preload/index.cjs',
    renderer: { file: '/opt/walkbreak/out/renderer/index.html' },
    platform: 'linux',
    version: '0.1.0',
    logToConsole: false,
    sessionBus: null,
    busyProbes: [],
  });
  return running;
}

/** Quits and starts again on a fresh fake, with the same userData. */
function restart(): Running {
  running?.dispose();
  fake = createFakeElectron();
  return boot();
}

async function call<T>(channel: string, from: FakeBrowserWindow, args: unknown): Promise<IpcResult<T>> {
  return (await fake.ipcMain.invoke(channel, from, args)) as IpcResult<T>;
}

function value<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`IPC failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function openMainWindow(): Promise<FakeBrowserWindow> {
  fake.tray().click('Open WalkBreak');
  await vi.advanceTimersByTimeAsync(0);
  const [main] = fake.windowsWithView('main');
  if (!main) throw new Error('no main window');
  return main;
}

const programmeFile = () => join(dir, 'programme.json');
const history = (): HistoryEvent[] => {
  const file = join(dir, 'history', 'events-2026-03.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as HistoryEvent);
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
  dir = mkdtempSync(join(tmpdir(), 'walkbreak-break-'));
  fake = createFakeElectron();
});

afterEach(() => {
  running?.dispose();
  running = null;
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('break IPC on the Electron fake', () => {
  it('onboards, checks in and walks over ipcMain; programme.json is written and break:state broadcast', async () => {
    boot();
    const main = await openMainWindow();
    expect(value(await call<BreakState>('break:get-state', main, {}))).toMatchObject({
      onboardingNeeded: true,
    });
    expect(existsSync(programmeFile())).toBe(false);

    const onboarded = value(
      await call<BreakState>('break:onboard', main, {
        comfortableMinutes: 10,
        currentPain: 2,
        inFlare: false,
        advisory: [],
      }),
    );
    expect(onboarded.programme).toMatchObject({ level: 2, minutes: 7, status: 'active' });
    const saved = JSON.parse(readFileSync(programmeFile(), 'utf8')) as { programme: { version: number } };
    expect(saved.programme).toMatchObject({ version: 1, programme: { level: 2, status: 'active' } });

    value(await call<BreakState>('break:check-in', main, { pain: 2, emergency: [] }));
    const walking = value(await call<BreakState>('break:start-timer', main, {}));
    expect(walking.session).toMatchObject({ step: 'walking', plannedMin: 7 });
    expect(running?.core.engine.snapshot().presence).toBe('walking');
    vi.advanceTimersByTime(7 * MIN);
    const ended = value(await call<BreakState>('break:end-timer', main, { reason: 'completed' }));
    expect(ended.session).toMatchObject({ step: 'answering', walk: { phase: 'finished' } });
    expect(running?.core.engine.snapshot().presence).toBe('present');

    const broadcast = main.webContents.sentOn('break:state') as BreakState[];
    expect(broadcast.at(-1)).toEqual(ended);
    expect(history().map((e) => e.type)).toEqual(
      expect.arrayContaining(['programme-started', 'walk-checked-in', 'walk-timer', 'walk-ended']),
    );
  });

  it('bad answers are typed errors and change nothing; an emergency locks the programme on disk', async () => {
    boot();
    const main = await openMainWindow();
    value(
      await call('break:onboard', main, {
        comfortableMinutes: 5,
        currentPain: 1,
        inFlare: false,
        advisory: [],
      }),
    );
    const before = readFileSync(programmeFile(), 'utf8');
    for (const bad of [
      { pain: 11, emergency: [] },
      { pain: 2, emergency: ['bladder', 'bladder'] },
      { pain: 2, emergency: [], note: 'x' },
    ]) {
      expect(await call('break:check-in', main, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-args' },
      });
    }
    expect(await call('break:start-timer', main, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
    expect(readFileSync(programmeFile(), 'utf8')).toBe(before);

    const urgent = value(await call<BreakState>('break:check-in', main, { pain: 1, emergency: ['bowel'] }));
    expect(urgent.programme?.status).toBe('locked');
    expect(JSON.parse(readFileSync(programmeFile(), 'utf8'))).toMatchObject({
      programme: { programme: { status: 'locked' } },
    });

    restart();
    const again = await openMainWindow();
    expect(value(await call<BreakState>('break:get-state', again, {})).programme?.status).toBe('locked');
    // Issue 14: the lock's time survives the restart, so a clearance in the same minute is still refused.
    expect(
      await call('programme:confirm-clearance', again, { seenOn: localDayKey(Date.now()) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-args', message: expect.stringMatching(/^The plan stopped only a moment ago/) },
    });
    vi.advanceTimersByTime(2 * 60_000);
    const cleared = value(
      await call<BreakState>('programme:confirm-clearance', again, {
        level: 2,
        seenOn: localDayKey(Date.now()),
      }),
    );
    expect(cleared.programme).toMatchObject({ level: 2, status: 'active' });
  });

  it('an unreadable programme.json starts the first-run questions again and says so in the log', async () => {
    writeFileSync(programmeFile(), JSON.stringify({ programme: { version: 1, programme: { level: 42 } } }));
    boot();
    const main = await openMainWindow();
    expect(value(await call<BreakState>('break:get-state', main, {})).onboardingNeeded).toBe(true);
    expect(readFileSync(join(dir, 'logs', 'main.log'), 'utf8')).toMatch(/stored programme ignored/);
  });
});
