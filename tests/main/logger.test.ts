// The main log (electron-log): one file in userData/logs, rotated into main.old.log so it never grows past about
// twice its limit, and free of health answers after a whole guided walk, refused payloads and a failing disk.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs } from '../../electron/main/adapters/durable-fs';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { createLogger } from '../../electron/main/logger';
import type { IpcResult } from '../../electron/shared/ipc';
import type { PostWalkAnswers } from '../../electron/shared/walk';
import { ADVISORY_ITEMS, CLINICIAN_ITEMS, EMERGENCY_ITEMS } from '../../electron/shared/walk-items';
import { answers as walkAnswers } from '../core/walk-fixtures';
import type { FakeBrowserWindow } from '../fakes/electron';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const MIN = 60_000;
const env = useMainTestEnv('walkbreak-log-');
const logDir = (): string => join(env.dir, 'logs');

describe('createLogger', () => {
  it('writes timestamped lines and rotates into main.old.log, keeping the newest lines', () => {
    const log = createLogger(join(logDir(), 'main.log'), { console: false, maxBytes: 2_000 });
    for (let i = 0; i < 200; i++) log.warn(`message number ${i}`);
    expect(readdirSync(logDir()).sort()).toEqual(['main.log', 'main.old.log']);
    const current = readFileSync(join(logDir(), 'main.log'), 'utf8').trimEnd().split('\n');
    expect(current.at(-1)).toBe('2026-03-02T09:00:00.000Z warn message number 199');
    for (const name of ['main.log', 'main.old.log'])
      expect(statSync(join(logDir(), name)).size).toBeLessThan(2_000 + 100);
    expect(statSync(join(logDir(), 'main.log')).mode & 0o077).toBe(0); // only the user may read it
  });

  it('a log that cannot be written never throws', () => {
    writeFileSync(join(env.dir, 'not-a-folder'), '');
    const log = createLogger(join(env.dir, 'not-a-folder', 'logs', 'main.log'), { console: false });
    expect(() => log.error('still running')).not.toThrow();
  });
});

describe('no health answers in the log', () => {
  it(
    'a whole guided walk, refused payloads and a full disk leave no answer in main.log',
    { timeout: 30_000 },
    async () => {
      const fake = env.fake;
      env.running = bootstrap(fake, bootstrapOptions(env.dir));
      fake.tray().click('Open WalkBreak');
      await vi.advanceTimersByTimeAsync(0);
      const win = fake.windowsWithView('main')[0] as FakeBrowserWindow;
      const call = async (channel: string, args: unknown): Promise<IpcResult<unknown>> =>
        (await fake.ipcMain.invoke(channel, win, args)) as IpcResult<unknown>;

      const answers: PostWalkAnswers = walkAnswers({
        painNow: 6,
        peak: 7,
        finished: 'stopped-back',
        numbness: { where: 'one-leg', newOrWorse: true },
        catching: 'more-than-once',
        clinician: [...CLINICIAN_ITEMS],
        effort: 'hard',
      });
      const onboard = {
        comfortableMinutes: 10,
        currentPain: 4,
        inFlare: true,
        advisory: [...ADVISORY_ITEMS],
      };
      expect(await call('break:onboard', onboard)).toMatchObject({ ok: true });
      expect(await call('break:check-in', { pain: 4, emergency: [] })).toMatchObject({ ok: true });
      expect(await call('break:start-timer', {})).toMatchObject({ ok: true });
      vi.advanceTimersByTime(6 * MIN);
      expect(await call('break:end-timer', { reason: 'back' })).toMatchObject({ ok: true });

      // Refused: extra fields, answers where they do not belong, and answers out of order.
      const refused = [
        ['break:submit-answers', { ...answers, note: [...EMERGENCY_ITEMS] }],
        ['break:check-in', { pain: 4, emergency: [...EMERGENCY_ITEMS, 'saddle'] }],
        ['break:onboard', { ...onboard, advisory: ADVISORY_ITEMS.join(' ') }],
        ['break:submit-next-day', { checkpoint: '24h', feeling: 'worse-not-settling', pain: 9 }],
      ] as const;
      for (const [channel, args] of refused) expect(await call(channel, args)).toMatchObject({ ok: false });

      // The disk fills as the answers are saved.
      const set = vi.spyOn(nodeFs, 'writeSync').mockImplementation(() => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      });
      expect(await call('break:submit-answers', answers)).toMatchObject({ ok: true });
      set.mockRestore();
      vi.advanceTimersByTime(10 * MIN);

      const log = readFileSync(join(logDir(), 'main.log'), 'utf8');
      expect(log).toMatch(/rejected break:submit-answers: note: unexpected key/);
      expect(log).toMatch(/could not save programme\.json \(ENOSPC\)/);
      const health = [
        ...ADVISORY_ITEMS,
        ...EMERGENCY_ITEMS,
        ...CLINICIAN_ITEMS,
        'stopped-back',
        'one-leg',
        'more-than-once',
        'worse-not-settling',
        '"painNow"',
        'peak',
      ];
      for (const value of health) expect(log, value).not.toContain(value);
    },
  );
});
