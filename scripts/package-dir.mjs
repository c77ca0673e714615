// `npm run package:dir`: builds the app, then the unpacked package (release/<platform>-unpacked) with
// electron-builder, using the installed Electron binary as `electronDist` so nothing is downloaded. Where no binary
// is installed it explains what to do and exits with EXIT_NO_ELECTRON; it never starts a download.
// The decision and the commands come from planPackageDir(), which tests/shared/package-dir.test.ts checks.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

/** Exit codes: packaged; a step failed; nothing to package with (no Electron binary here: not a build error). */
export const EXIT_PACKAGED = 0;
export const EXIT_STEP_FAILED = 1;
export const EXIT_NO_ELECTRON = 2;

const require = createRequire(import.meta.url);

/** A package's bin script, run with this Node (no shell, so paths with spaces and Windows both work). */
function binScript(pkg, bin) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), require(`${pkg}/package.json`).bin[bin]);
}

/** electron-builder's platform flag for a Node platform name. */
export function builderPlatformFlag(platform) {
  const flags = { darwin: '--mac', win32: '--win', linux: '--linux' };
  const flag = flags[platform];
  if (!flag) throw new Error(`electron-builder cannot package for platform "${platform}"`);
  return flag;
}

/** The lines shown where no Electron binary is installed. */
export function missingElectronMessage() {
  return [
    'npm run package:dir: no Electron binary is installed here, so there is nothing to package.',
    '',
    'electron-builder copies an unpacked Electron into the package. This script only uses one that is already',
    'installed (it never downloads one), so it stops here without building anything.',
    '',
    'To package:',
    '  - on a machine with internet access: `npm run electron:install`, then `npm run package:dir` again;',
    '  - or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron folder of the version in package.json.',
    '',
    `Exit code ${EXIT_NO_ELECTRON} means "no Electron binary" (nothing failed); see docs/packaging.md.`,
  ];
}

/**
 * What `npm run package:dir` does on this machine.
 * @param {{ electron: { distDir: string, executable: string } | undefined, platform: NodeJS.Platform }} input
 * @returns {{ kind: 'package', steps: { label: string, command: string, args: string[] }[] }
 *   | { kind: 'no-electron', exitCode: number, message: string[] }}
 */
export function planPackageDir({ electron, platform }) {
  if (!electron)
    return { kind: 'no-electron', exitCode: EXIT_NO_ELECTRON, message: missingElectronMessage() };
  return {
    kind: 'package',
    steps: [
      {
        label: 'build',
        command: process.execPath,
        args: [binScript('electron-vite', 'electron-vite'), 'build'],
      },
      {
        label: 'package',
        command: process.execPath,
        args: [
          binScript('electron-builder', 'electron-builder'),
          '--dir',
          builderPlatformFlag(platform),
          '--publish',
          'never',
          `--config.electronDist=${electron.distDir}`,
        ],
      },
    ],
  };
}

/** Runs one step with inherited output; returns its exit status (null when it was killed by a signal). */
function spawnStep(step, env) {
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  return result.status;
}

/**
 * Runs the plan; returns the exit code. `--dry-run` prints the plan as JSON instead of running it.
 * @param {string[]} [argv]
 * @param {{ env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, run?: typeof spawnStep }} [options]
 */
export function main(
  argv = process.argv.slice(2),
  { env = process.env, platform = process.platform, run = spawnStep } = {},
) {
  const plan = planPackageDir({ electron: findElectron({ env, platform }), platform });
  if (argv.includes('--dry-run')) {
    console.log(JSON.stringify(plan, null, 2));
    return plan.kind === 'package' ? EXIT_PACKAGED : plan.exitCode;
  }
  if (plan.kind === 'no-electron') {
    console.error(plan.message.join('\n'));
    return plan.exitCode;
  }
  for (const step of plan.steps) {
    console.log(`> ${step.label}: ${[step.command, ...step.args].join(' ')}`);
    const status = run(step, env);
    if (status !== 0) {
      console.error(`npm run package:dir: the ${step.label} step failed (exit ${status ?? 'by signal'}).`);
      return EXIT_STEP_FAILED;
    }
  }
  console.log('Unpacked app written under release/ (see electron-builder.yml `directories.output`).');
  return EXIT_PACKAGED;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
