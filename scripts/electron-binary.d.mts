// Types for scripts/electron-binary.mjs, so TypeScript tests and specs can import it.
export interface FoundElectron {
  /** The unpacked Electron folder (electron-builder's electronDist). */
  distDir: string;
  /** The Electron executable inside it. */
  executable: string;
  source: 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules/electron';
}
export function electronPackageDir(): string;
export function defaultExecutableName(platform?: NodeJS.Platform): string;
export function findElectron(options?: {
  packageDir?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): FoundElectron | undefined;
