// `npm run package:dir` (scripts/package-dir.mjs): finds an installed Electron the way `npm start` does, packages
// with it as electronDist, and where there is none says what to do and exits 2 without building anything.
// electron-builder itself is not run here (it takes long); the plan it would run is checked instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNodeScript } from './run-script';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts', 'package-dir.mjs');

interface Step {
  label: string;
  command: string;
  args: string[];
}
type Plan = { kind: 'package'; steps: Step[] } | { kind: 'no-electron'; exitCode: number; message: string[] };
interface Electron {
  distDir: string;
  executable: string;
  source: string;
}
/** The slices of scripts/package-dir.mjs and scripts/electron-binary.mjs that this test uses. */
interface PackageDir {
  EXIT_NO_ELECTRON: number;
  planPackageDir(input: { electron: Electron | undefined; platform: NodeJS.Platform }): Plan;
  builderPlatformFlag(platform: string): string;
  main(
    argv: string[],
    options: { env: NodeJS.ProcessEnv; platform: NodeJS.Platform; run: (step: Step) => number | null },
  ): number;
}
interface FakeElectronDist {
  writeFakeElectronDist(dir: string, platform: NodeJS.Platform): string;
}
interface ElectronBinary {
  findElectron(options: {
    packageDir: string;
    env: NodeJS.ProcessEnv;
    platform: NodeJS.Platform;
  }): Electron | undefined;
}

const temp = mkdtempSync(join(tmpdir(), 'walkbreak-package-dir-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder laid out like an unpacked Electron for `platform` (scripts/fake-electron-dist.mjs). */
function fakeElectronDist(name: string, platform: NodeJS.Platform): string {
  const dir = join(temp, name);
  fake.writeFakeElectronDist(dir, platform);
  return dir;
}

/** Runs the script as `npm run package:dir` would. */
const runScript = (args: string[], env: NodeJS.ProcessEnv) => runNodeScript(script, args, { cwd: root, env });

let pkg: PackageDir;
let bin: ElectronBinary;
let fake: FakeElectronDist;
beforeAll(async () => {
  fake = (await import(
    pathToFileURL(join(root, 'scripts', 'fake-electron-dist.mjs')).href
  )) as FakeElectronDist;
  pkg = (await import(pathToFileURL(script).href)) as PackageDir;
  bin = (await import(pathToFileURL(join(root, 'scripts', 'electron-binary.mjs')).href)) as ElectronBinary;
});

describe('finding Electron', () => {
  it('uses the executable named in node_modules/electron/path.txt inside its dist folder', () => {
    const packageDir = join(temp, 'electron-package');
    fakeElectronDist('electron-package/dist', 'linux');
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(bin.findElectron({ packageDir, env: {}, platform: 'linux' })).toEqual({
      distDir: join(packageDir, 'dist'),
      executable: join(packageDir, 'dist', 'electron'),
      source: 'node_modules/electron',
    });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the platform executable name when path.txt is missing', () => {
    const dist = fakeElectronDist('override-win', 'win32');
    const packageDir = join(temp, 'no-path-txt');
    mkdirSync(packageDir, { recursive: true });
    const found = bin.findElectron({
      packageDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
      platform: 'win32',
    });
    expect(found).toEqual({
      distDir: dist,
      executable: join(dist, 'electron.exe'),
      source: 'ELECTRON_OVERRIDE_DIST_PATH',
    });
  });

  it('finds nothing where the package was installed but the binary never downloaded', () => {
    const packageDir = join(temp, 'not-downloaded');
    mkdirSync(packageDir, { recursive: true });
    expect(bin.findElectron({ packageDir, env: {}, platform: 'linux' })).toBeUndefined();
    const empty = join(temp, 'empty-override');
    mkdirSync(empty, { recursive: true });
    expect(
      bin.findElectron({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: empty }, platform: 'darwin' }),
    ).toBeUndefined();
  });
});

describe('the stand-in Electron (scripts/fake-electron-dist.mjs)', () => {
  it("carries Electron's default fuse wire, which @electron/fuses (what electron-builder flips them with) reads", async () => {
    const fuses = createRequire(import.meta.url)('@electron/fuses') as {
      getCurrentFuseWire(path: string): Promise<Record<string, number | string>>;
    };
    const executable = fake.writeFakeElectronDist(join(temp, 'fuses'), 'linux');
    const wire = await fuses.getCurrentFuseWire(executable);
    const on = (i: number) => wire[i] === '1'.charCodeAt(0);
    // RunAsNode and NODE_OPTIONS on, only-load-from-asar off: what electron-builder.yml turns around.
    expect([on(0), on(2), on(5)]).toEqual([true, true, false]);
    expect(wire['version']).toBe('1');
  });
});

describe('the plan', () => {
  it('without Electron: nothing runs, exit code 2, and the message says how to get a binary', () => {
    const plan = pkg.planPackageDir({ electron: undefined, platform: 'linux' });
    expect(plan).toMatchObject({ kind: 'no-electron', exitCode: 2 });
    expect(pkg.EXIT_NO_ELECTRON).toBe(2);
    const text = plan.kind === 'no-electron' ? plan.message.join('\n') : '';
    expect(text).toContain('npm run electron:install');
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('with Electron: builds, then runs electron-builder --dir for this platform with that Electron as electronDist', () => {
    const distDir = join(temp, 'some electron dist');
    const plan = pkg.planPackageDir({
      electron: { distDir, executable: join(distDir, 'electron'), source: 'x' },
      platform: 'darwin',
    });
    expect(plan.kind).toBe('package');
    const steps = plan.kind === 'package' ? plan.steps : [];
    expect(steps.map((s) => s.label)).toEqual(['build', 'package']);
    expect(steps.every((s) => s.command === process.execPath)).toBe(true);
    expect(steps[0]?.args[0]).toMatch(/electron-vite[\\/]bin[\\/]electron-vite\.js$/);
    expect(steps[0]?.args.slice(1)).toEqual(['build']);
    expect(steps[1]?.args[0]).toMatch(/electron-builder[\\/]cli\.js$/);
    expect(steps[1]?.args.slice(1)).toEqual([
      '--dir',
      '--mac',
      '--publish',
      'never',
      `--config.electronDist=${distDir}`,
    ]);
  });

  it('maps each desktop platform to its electron-builder flag and refuses others', () => {
    expect(['linux', 'darwin', 'win32'].map((p) => pkg.builderPlatformFlag(p))).toEqual([
      '--linux',
      '--mac',
      '--win',
    ]);
    expect(() => pkg.builderPlatformFlag('aix')).toThrow('cannot package for platform "aix"');
  });
});

describe('running the plan', () => {
  /** main() with a stand-in Electron and a recording runner that answers `statuses` by step label. */
  function runMain(statuses: Record<string, number | null>): { code: number; ran: Step[] } {
    const dist = fakeElectronDist('run-dist', 'linux');
    const ran: Step[] = [];
    const quiet = { log: console.log, error: console.error };
    console.log = console.error = () => undefined;
    try {
      const code = pkg.main([], {
        env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
        platform: 'linux',
        run: (step) => (ran.push(step), step.label in statuses ? (statuses[step.label] ?? null) : 0),
      });
      return { code, ran };
    } finally {
      Object.assign(console, quiet);
    }
  }

  it('runs the build, then electron-builder with the stand-in as electronDist, and exits 0', () => {
    const { code, ran } = runMain({});
    expect(ran.map((s) => s.label)).toEqual(['build', 'package']);
    expect(ran[1]?.args).toContain(`--config.electronDist=${join(temp, 'run-dist')}`);
    expect(code).toBe(0);
  });

  it('stops at a failed build without packaging, and exits 1', () => {
    const { code, ran } = runMain({ build: 1 });
    expect(ran.map((s) => s.label)).toEqual(['build']);
    expect(code).toBe(1);
  });

  it('exits 1 when electron-builder fails or is killed', () => {
    expect(runMain({ package: 7 }).code).toBe(1);
    expect(runMain({ package: null }).code).toBe(1);
  });
});

describe('npm run package:dir', () => {
  it('explains the missing binary on stderr and exits 2, before building anything', async () => {
    const empty = join(temp, 'cli-empty');
    mkdirSync(empty, { recursive: true });
    const { code, stdout, stderr } = await runScript([], {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: empty,
    });
    expect(stderr).toContain('no Electron binary is installed here');
    expect(stdout).not.toContain('> build');
    expect(code).toBe(2);
  }, 30_000);

  it('with a fake electronDist, --dry-run prints the plan that packages with it', async () => {
    const dist = fakeElectronDist('cli-dist', process.platform);
    const { code, stdout } = await runScript(['--dry-run'], {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: dist,
    });
    const plan = JSON.parse(stdout) as Plan;
    expect(plan.kind).toBe('package');
    expect(plan.kind === 'package' && plan.steps[1]?.args).toContain(`--config.electronDist=${dist}`);
    expect(code).toBe(0);
  }, 30_000);
});
