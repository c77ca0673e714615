// `npm start`: finds (or downloads) the Electron binary first, then builds the app with electron-vite and runs
// it. The binary is found by scripts/electron-binary.mjs, which never calls require('electron') (that would try
// to download it silently). Where it cannot be downloaded nothing is built, and the user gets one clear
// explanation instead of the downloader's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

/** What `npm start` says where no Electron binary is installed and none could be downloaded. */
export function noBinaryMessage(reason) {
  return [
    '',
    'WalkBreak could not start: the Electron binary could not be downloaded.',
    ...(reason ? [`(The download said: ${reason})`] : []),
    'This machine may have no internet access (Electron is fetched from GitHub on first use).',
    'Without it you can still run:',
    '  npm test       all tests (Electron itself is replaced by fakes)',
    '  npm run demo   the app in a browser, through the test harness',
    'On a machine with internet access, run `npm run electron:install`, then `npm start` again.',
    '',
  ].join('\n');
}

/** The first line of a failed download's output that says what went wrong (never a stack frame). */
export function downloadReason(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^npm (warn|notice)/i.test(line));
  return lines[0];
}

/**
 * The steps of `npm start`, in order, with every effect passed in (the tests give fakes).
 * @param {{
 *   find: () => string | undefined,
 *   install: () => { ok: boolean, output: string },
 *   build: () => number,
 *   launch: (exe: string) => void,
 *   say: (line: string) => void,
 *   fail: (text: string) => void,
 * }} steps
 * @returns {number | undefined} the exit code when `npm start` stops here; undefined once Electron is launched
 */
export function start({ find, install, build, launch, say, fail }) {
  let exe = find();
  if (!exe) {
    say('Electron binary not found; downloading it (npx --no install-electron)...');
    const result = install();
    exe = find();
    if (!exe) {
      fail(noBinaryMessage(result.ok ? undefined : downloadReason(result.output)));
      return 1;
    }
  }
  const status = build();
  if (status !== 0) return status;
  launch(exe);
  return undefined;
}

/** Runs an npm/npx command; returns its exit status (1 if it could not start). */
function run(command, args, capture = false) {
  // npm and npx are .cmd scripts on Windows, which Node only starts through a shell.
  const result = spawnSync(command, args, {
    stdio: capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { status: result.status ?? 1, output: `${result.stderr ?? ''}\n${result.stdout ?? ''}` };
}

function launchElectron(exe) {
  const child = spawn(exe, ['.'], { stdio: 'inherit' });
  // Ctrl+C reaches Electron too; wait for it to quit and report its status instead of dying first.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not launch Electron (${exe}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = start({
    find: () => findElectron()?.executable,
    install: () => {
      // Captured: a failed download prints its stack trace, which tells the user nothing.
      const { status, output } = run('npx', ['--no', 'install-electron'], true);
      return { ok: status === 0, output };
    },
    build: () => run('npm', ['run', 'build']).status,
    launch: launchElectron,
    say: (line) => console.log(line),
    fail: (text) => console.error(text),
  });
  if (code !== undefined) process.exit(code);
}
