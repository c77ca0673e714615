// Writes a stand-in for an unpacked Electron folder: just the executable, as a tiny shell script that carries an
// Electron fuse wire, so electron-builder can package with it (as electronDist) and flip the fuses offline.
// The package it makes does not run; it shows what gets packaged. Usage: node scripts/fake-electron-dist.mjs <dir>
// then ELECTRON_OVERRIDE_DIST_PATH=<dir> npm run package:dir (docs/packaging.md).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultExecutableName } from './electron-binary.mjs';

/** @electron/fuses looks for this marker, then a version byte, a length byte and one byte per fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults for fuse wire v1 ('1' on, '0' off): RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * inspect arguments on, asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// extras on. */
export const DEFAULT_FUSES = '10110001';

/**
 * Creates the folder and its executable for `platform`; returns the executable's path.
 * @param {string} dir
 * @param {NodeJS.Platform} [platform]
 */
export function writeFakeElectronDist(dir, platform = process.platform) {
  const executable = join(dir, defaultExecutableName(platform));
  mkdirSync(dirname(executable), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1'),
  ]);
  writeFileSync(executable, Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in Electron\nexit 0\n# '), wire]));
  chmodSync(executable, 0o755);
  return executable;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/fake-electron-dist.mjs <dir>');
    process.exit(2);
  }
  console.log(`Stand-in Electron written: ${writeFakeElectronDist(resolve(dir))}`);
}
