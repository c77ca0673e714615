// Builds what a benchmark measures when it is missing or older than its sources, so `npm run bench` works from a
// clean checkout after `npm ci`. Build output goes to stderr, keeping stdout for the table or the JSON lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time (ms) of the files under `paths` (files or folders, relative to the repo root). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

export interface BuildTarget {
  /** What is built, for the message. */
  label: string;
  /** A file the build writes last or always (relative to the repo root); its age decides staleness. */
  output: string;
  /** Files and folders the build reads. */
  inputs: readonly string[];
  /** npm script that builds it. */
  script: string;
}

/** Runs `npm run <script>` when `output` is missing or older than any input; throws with the reason if it fails. */
export function ensureBuilt(target: BuildTarget): void {
  const out = join(ROOT, target.output);
  if (existsSync(out) && statSync(out).mtimeMs >= newestMtime(target.inputs)) return;
  console.error(`bench: building the ${target.label} (npm run ${target.script}) …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', target.script], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (run.status !== 0)
    throw new Error(
      `npm run ${target.script} failed (exit ${run.status ?? run.signal}); see the output above`,
    );
  if (!existsSync(out)) throw new Error(`npm run ${target.script} did not write ${target.output}`);
}

/** The production renderer (and main + preload) from `npm run build`. */
export const RENDERER_BUILD: BuildTarget = {
  label: 'production renderer',
  output: 'out/renderer/.vite/manifest.json',
  inputs: ['renderer', 'electron/shared', 'electron.vite.config.ts', 'svelte.config.js', 'package-lock.json'],
  script: 'build',
};

/** The browser harness host page (runs the real core) from `npm run build:harness`. */
export const HARNESS_BUILD: BuildTarget = {
  label: 'browser harness',
  output: 'out/harness/index.html',
  inputs: ['tests/harness', 'electron/core', 'electron/shared', 'package-lock.json'],
  script: 'build:harness',
};
