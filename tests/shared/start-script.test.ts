// `npm start` (scripts/start.mjs): looks for the Electron binary before building anything; where it cannot be
// downloaded it builds nothing and prints one clear explanation, never the downloader's stack trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadReason, start } from '../../scripts/start.mjs';
import { runNodeScript } from './run-script';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'walkbreak-start-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What the download prints on a machine without internet (install-electron, Electron 45, on our machines). */
const OFFLINE_OUTPUT = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
].join('\n');

/** start() with recording fakes: `found` lists what each look for the binary returns. */
function run(found: (string | undefined)[], o: { installOk?: boolean; buildStatus?: number } = {}) {
  const log: string[] = [];
  const code = start({
    find: () => found.shift(),
    install: () => {
      log.push('install');
      return { ok: o.installOk ?? false, output: OFFLINE_OUTPUT };
    },
    build: () => {
      log.push('build');
      return o.buildStatus ?? 0;
    },
    launch: (exe) => log.push(`launch ${exe}`),
    say: (line) => log.push(`say ${line}`),
    fail: (text) => log.push(`fail ${text}`),
  });
  return { code, log, failure: log.find((l) => l.startsWith('fail ')) ?? '' };
}

describe('npm start', () => {
  it('with no binary and no download: builds nothing, explains, exits 1, no stack trace', () => {
    const { code, log, failure } = run([undefined, undefined]);
    expect(code).toBe(1);
    expect(log).not.toContain('build');
    expect(log.filter((l) => l.startsWith('launch'))).toEqual([]);
    expect(failure).toContain('the Electron binary could not be downloaded');
    expect(failure).toContain('(The download said: TypeError: fetch failed)');
    expect(failure).toContain('npm run demo');
    expect(failure).not.toMatch(/^\s+at /m);
  });

  it('with the binary installed: builds, then launches it, without downloading', () => {
    const { code, log } = run(['/e/electron']);
    expect(code).toBeUndefined();
    expect(log).toEqual(['build', 'launch /e/electron']);
  });

  it('downloads a missing binary first, then builds and launches', () => {
    const { log } = run([undefined, '/e/electron'], { installOk: true });
    expect(log.filter((l) => !l.startsWith('say'))).toEqual(['install', 'build', 'launch /e/electron']);
  });

  it('a failed build launches nothing and passes its exit code on', () => {
    const { code, log } = run(['/e/electron'], { buildStatus: 2 });
    expect(code).toBe(2);
    expect(log).toEqual(['build']);
  });

  it("the download's reason is its first line that is not a stack frame or an npm notice", () => {
    expect(downloadReason(`npm warn EBADENGINE x\n${OFFLINE_OUTPUT}`)).toBe('TypeError: fetch failed');
    expect(downloadReason('')).toBeUndefined();
  });

  it('the real script, where the download cannot reach its server: exit 1, the explanation, no build', async () => {
    // An empty Electron folder, an empty download cache and a mirror nobody listens on: offline anywhere.
    const { code, stdout, stderr } = await runNodeScript(join(root, 'scripts/start.mjs'), [], {
      cwd: root,
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(temp, 'dist-')),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: mkdtempSync(join(temp, 'cache-')),
      },
    });
    expect(code).toBe(1);
    expect(stderr).toContain('WalkBreak could not start: the Electron binary could not be downloaded.');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).not.toContain('electron-vite');
  }, 60_000);
});
