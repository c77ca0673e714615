// Benchmark: main-process start to tray ready, on the typed Electron fake (tests/fakes/electron.ts) with the real
// composition root (electron/main/bootstrap.ts), real stores and a temporary userData folder. This is the wiring
// cost only: Electron's own start-up (process launch, app `ready`) is not in it; see docs/performance.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { bootstrap as BootstrapFn } from '../electron/main/bootstrap';
import { createFakeElectron } from '../tests/fakes/electron';
import { median, round } from './format';
import type { BenchResult } from './types';

const RESOURCES = fileURLToPath(new URL('../resources', import.meta.url));
const WARM_RUNS = 20;

type Bootstrap = typeof BootstrapFn;

/** One boot in a fresh userData folder: ms from calling bootstrap() until the tray exists. */
function bootOnce(bootstrap: Bootstrap): number {
  const dir = mkdtempSync(join(tmpdir(), 'walkbreak-bench-main-'));
  const fake = createFakeElectron();
  try {
    const t0 = performance.now();
    const running = bootstrap(fake, {
      userDataDir: dir,
      resourcesDir: RESOURCES,
      preloadPath: '/opt/walkbreak/out/preload/index.cjs',
      renderer: { file: '/opt/walkbreak/out/renderer/index.html' },
      platform: 'linux',
      version: '0.1.0',
      logToConsole: false,
    });
    const ms = performance.now() - t0;
    if (fake.trays.length !== 1)
      throw new Error(`expected one tray after bootstrap, found ${fake.trays.length}`);
    running.dispose();
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchMainStart(): Promise<BenchResult[]> {
  const t0 = performance.now();
  const { bootstrap } = await import('../electron/main/bootstrap');
  const importMs = performance.now() - t0;
  const firstBootMs = bootOnce(bootstrap);
  const warm = Array.from({ length: WARM_RUNS }, () => bootOnce(bootstrap));
  return [
    {
      name: 'main start to tray ready, fake Electron (first boot, with module load)',
      value: round(importMs + firstBootMs, 1),
      unit: 'ms',
      goal: 'report',
      pass: true,
    },
    {
      name: 'main bootstrap() to tray ready, fake Electron (median of 20 warm)',
      value: round(median(warm), 2),
      unit: 'ms',
      goal: 'report',
      pass: true,
    },
  ];
}
