// `npm start`: builds the app with electron-vite, then runs it in Electron (found by scripts/electron-binary.mjs,
// which never calls require('electron'): that would try to download it silently).
import { spawn, spawnSync } from 'node:child_process';
import { findElectron } from './electron-binary.mjs';

/** The Electron executable if it is installed, else undefined. */
const electronBinary = () => findElectron()?.executable;

/** Runs an npm/npx command with inherited stdio; returns its exit status (1 if it could not start). */
function run(command, args) {
  // npm and npx are .cmd scripts on Windows, which Node only starts through a shell.
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) process.exit(buildStatus);

let exe = electronBinary();
if (!exe) {
  console.log('Electron binary not found; downloading it (npx --no install-electron)...');
  run('npx', ['--no', 'install-electron']);
  exe = electronBinary();
}
if (!exe) {
  console.error(
    [
      '',
      'WalkBreak could not start: the Electron binary could not be downloaded.',
      'This machine may have no internet access (Electron is fetched from GitHub on first use).',
      'Without it you can still run:',
      '  npm test       all tests (Electron itself is replaced by fakes)',
      '  npm run demo   the app in a browser, through the test harness',
      'On a machine with internet access, run `npm run electron:install`, then `npm start` again.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(exe, ['.'], { stdio: 'inherit' });
// Ctrl+C reaches Electron too; wait for it to quit and report its status instead of dying first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not launch Electron (${exe}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
