// Shared set-up for the tests that boot main on the Electron fake: fake timers from a fixed start, a temp
// userData folder, a fresh fake per test, and the bootstrap options of an installed app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import type { BootstrapOptions, Running } from '../../electron/main/bootstrap';
import { createFakeElectron, type FakeElectron } from '../fakes/electron';

/** Monday 2 March 2026, 09:00 in London (GMT). */
export const START = new Date('2026-03-02T09:00:00Z').getTime();
export const RENDERER_FILE = '/opt/walkbreak/out/renderer/index.html';
export const PRELOAD = '/opt/walkbreak/out/preload/index.cjs';

/** What a test shares with its hooks; `fake` and `running` may be replaced to restart. */
export interface MainTestEnv {
  dir: string;
  fake: FakeElectron;
  /** Disposed after each test. */
  running: Running | null;
}

/** Registers the hooks: before each test fake timers at START, a new temp dir and fake; after it, clean up. */
export function useMainTestEnv(dirPrefix: string): MainTestEnv {
  const env = { running: null } as MainTestEnv;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    env.dir = mkdtempSync(join(tmpdir(), dirPrefix));
    env.fake = createFakeElectron();
  });
  afterEach(() => {
    env.running?.dispose();
    env.running = null;
    vi.useRealTimers();
    rmSync(env.dir, { recursive: true, force: true });
  });
  return env;
}

/** Bootstrap options for an app installed under /opt/walkbreak, with its data in `userDataDir`. */
export function bootstrapOptions(
  userDataDir: string,
  platform: NodeJS.Platform = 'linux',
  resourcesDir = '/opt/walkbreak/resources',
): BootstrapOptions {
  return {
    userDataDir,
    resourcesDir,
    preloadPath: PRELOAD,
    renderer: { file: RENDERER_FILE },
    platform,
    version: '0.1.0',
    logToConsole: false,
    // Never the real OS's camera, microphone or D-Bus from a test.
    sessionBus: null,
    busyProbes: [],
  };
}
