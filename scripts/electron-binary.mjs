// Finds the installed Electron binary the way electron's own index.js does (path.txt inside the electron package,
// or ELECTRON_OVERRIDE_DIST_PATH), but never calls require('electron'), which would try to download it silently.
// Used by `npm start` (scripts/start.mjs) and `npm run package:dir` (scripts/package-dir.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed electron npm package folder (node_modules/electron). */
export function electronPackageDir() {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/** The executable's path inside an unpacked Electron folder, per platform (what path.txt holds after install). */
export function defaultExecutableName(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * The unpacked Electron folder and its executable, if both exist.
 * @param {{ packageDir?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {{ distDir: string, executable: string, source: 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules/electron' } | undefined}
 */
export function findElectron({
  packageDir = electronPackageDir(),
  env = process.env,
  platform = process.platform,
} = {}) {
  const pathTxt = join(packageDir, 'path.txt');
  const name = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : defaultExecutableName(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override || join(packageDir, 'dist');
  const executable = join(distDir, name);
  if (!existsSync(executable)) return undefined;
  return { distDir, executable, source: override ? 'ELECTRON_OVERRIDE_DIST_PATH' : 'node_modules/electron' };
}
