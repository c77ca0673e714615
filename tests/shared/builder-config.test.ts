// electron-builder.yml as electron-builder itself reads it: valid against its schema (through
// scripts/validate-builder-config.cjs, the script behind `npm run validate:builder`), packaging only the build
// output (checked with electron-builder's own file matching against this repository), the tray icons main reads
// at runtime, the security fuses, and each platform's install details (icons, tray-only macOS app, AppUserModelID).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { trayIconPath } from '../../electron/main/adapters/tray';
import { APP_USER_MODEL_ID } from '../../electron/main/lifecycle';
import type { TrayState } from '../../electron/shared/tracker';
import { runNodeScript } from './run-script';

vi.mock('electron', () => ({ default: {} }));

const root = fileURLToPath(new URL('../..', import.meta.url));
const configPath = join(root, 'electron-builder.yml');
const script = join(root, 'scripts/validate-builder-config.cjs');

/** The slice of scripts/validate-builder-config.cjs that this test uses. */
interface BuilderConfigTools {
  loadConfig(file?: string): Promise<BuilderConfig>;
  validate(config: BuilderConfig): Promise<void>;
  matchSection(
    config: BuilderConfig,
    section: 'files' | 'extraResources',
    paths: string[],
  ): { path: string; to: string }[];
}
/** The fields of electron-builder's configuration that this test reads. */
interface BuilderConfig {
  appId: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: {
    target: string[];
    icon: string;
    executableName: string;
    syncDesktopName: boolean;
    desktop: { entry: Record<string, string> };
  };
  mac: {
    target: string;
    icon: string;
    hardenedRuntime: boolean;
    entitlements: string;
    entitlementsInherit: string;
    extendInfo: Record<string, unknown>;
  };
  win: { target: string; icon: string };
  nsis: { perMachine: boolean; deleteAppDataOnUninstall: boolean };
}

const tools = createRequire(import.meta.url)(script) as BuilderConfigTools;

/** Runs the validator on a file: its exit code and everything it printed. */
async function validate(file: string): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await runNodeScript(script, [file], { cwd: root });
  return { code, output: stdout + stderr };
}

/** Every file of the working tree (sources, tests, configs, docs, resources), not node_modules or build output. */
function repositoryFiles(dir = root): string[] {
  const skip = new Set([
    'node_modules',
    '.git',
    'out',
    'release',
    'test-results',
    'playwright-report',
    'coverage',
  ]);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? repositoryFiles(path) : [relative(root, path).split(sep).join('/')];
  });
}

/** What `npm run build` and `npm run build:harness` write under out/ (names as they come out of the build). */
const BUILD_OUTPUT = {
  app: [
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-BEA-w6m7.js',
    'out/renderer/assets/index-lsATTHh9.css',
  ],
  notApp: [
    'out/renderer/.vite/manifest.json',
    'out/harness/index.html',
    'out/harness/harness/window-bridge.js',
  ],
};

const STATES: TrayState[] = ['fresh', 'approaching', 'overdue', 'paused'];

const tempDir = mkdtempSync(join(tmpdir(), 'walkbreak-builder-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

let config: BuilderConfig;
beforeAll(async () => {
  config = await tools.loadConfig(configPath);
});

describe('electron-builder.yml', () => {
  // The first check compiles electron-builder's large JSON schema: seconds on a loaded 2-core machine.
  it('is valid against the electron-builder schema', async () => {
    await expect(tools.validate(config)).resolves.toBeUndefined();
  }, 60_000);

  it("the schema check rejects an unknown key, with electron-builder's own message", async () => {
    const bad = join(tempDir, 'bogus.yml');
    writeFileSync(bad, `${readFileSync(configPath, 'utf8')}\nbogusKey: 1\n`);
    await expect(tools.validate(await tools.loadConfig(bad))).rejects.toThrow("unknown property 'bogusKey'");
  }, 60_000);

  it('npm run validate:builder says OK and exits 0 (a child process: slow on a loaded machine)', async () => {
    const { code, output } = await validate(configPath);
    expect(output).toContain('OK: ');
    expect(code).toBe(0);
  }, 60_000);

  it('packages the built app and package.json only: no sources, tests, configs, docs or test harness', () => {
    const tree = [...repositoryFiles(), ...BUILD_OUTPUT.app, ...BUILD_OUTPUT.notApp];
    expect(tree).toEqual(
      expect.arrayContaining(['electron/main/index.ts', 'tests/shared/builder-config.test.ts']),
    );
    const packaged = tools.matchSection(config, 'files', tree).map((m) => m.path);
    expect(packaged.sort()).toEqual([...BUILD_OUTPUT.app, 'package.json'].sort());
    expect(config.asar).toBe(true);
  });

  it('ships exactly the tray icons main loads at runtime, at every scale, where main looks for them', () => {
    const shipped = tools.matchSection(config, 'extraResources', repositoryFiles()).map((m) => m.to);
    const scaled = (file: string, scales: string[]) => scales.map((s) => file.replace(/\.png$/, `${s}.png`));
    const wanted = STATES.flatMap((state) =>
      (['linux', 'win32', 'darwin'] as const).flatMap((platform) =>
        [false, true].flatMap((darkPanel) => {
          const file = trayIconPath('resources', state, platform, darkPanel).split(sep).join('/');
          return scaled(file, platform === 'darwin' ? ['', '@2x'] : ['', '@1.25x', '@1.5x', '@2x']);
        }),
      ),
    );
    expect(shipped.sort()).toEqual([...new Set(wanted)].sort());
    // 4 states: light and dark panels at 4 scales each, macOS Template at 2.
    expect(shipped).toHaveLength(40);
  });

  it('sets the Electron security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // Unsigned arm64 macOS builds start: the fused binary is re-signed ad hoc (issue 13).
      resetAdHocDarwinSignature: true,
    });
  });

  it('Windows: nsis per user, keeps user data on uninstall, AppUserModelID equal to what main sets', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.appId).toBe(APP_USER_MODEL_ID);
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.win.icon).toBe('resources/icon.ico');
  });

  it('macOS: a menu bar app (LSUIElement) in a dmg, hardened runtime with a JIT-only entitlements file', () => {
    expect(config.mac).toMatchObject({ target: 'dmg', icon: 'resources/icon.icns', hardenedRuntime: true });
    expect(config.mac.extendInfo['LSUIElement']).toBe(true);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    const plist = readFileSync(join(root, config.mac.entitlements), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('Linux: AppImage and deb with a desktop entry and the hicolor icon set', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'WalkBreak', Categories: 'Utility;' });
    const icons = readdirSync(join(root, config.linux.icon));
    for (const n of [16, 22, 24, 32, 48, 64, 96, 128, 256, 512]) expect(icons).toContain(`${n}x${n}.png`);
  });

  it("Linux: the .desktop file, Electron's app_id / WM_CLASS and the executable share one name", () => {
    // Electron sets its desktop name (Wayland app_id, X11 WM_CLASS) from package.json's desktopName; with
    // syncDesktopName electron-builder names the installed .desktop file and StartupWMClass after it.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { desktopName?: string };
    expect(pkg.desktopName).toBe(`${config.linux.executableName}.desktop`);
    expect(config.linux.syncDesktopName).toBe(true);
    expect(config.linux.desktop.entry['StartupWMClass']).toBeUndefined();
  });

  it('every icon file the config names exists', () => {
    for (const file of [config.mac.icon, config.win.icon, config.linux.icon, config.mac.entitlements]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});
