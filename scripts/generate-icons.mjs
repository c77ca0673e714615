// Renders the icon SVG sources in resources/svg/ to the committed PNGs (tray states, macOS
// Template images, app icon, Linux icon set). Deterministic: same SVG + same resvg → same bytes.
// Usage: `node scripts/generate-icons.mjs` writes the files; `--check` only reports stale ones.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESOURCES = join(ROOT, 'resources');
export const SVG_DIR = join(RESOURCES, 'svg');

/** Tray base size in px; the @2x image is twice that. */
export const TRAY_SIZE_PX = 16;
/** Linux icon set sizes drawn from the detailed app icon, and from the bolder small one. */
export const LINUX_SIZES_PX = [64, 128, 256, 512];
export const LINUX_SMALL_SIZES_PX = [16, 32, 48];
/** Size of resources/icon.png (electron-builder's default app icon). */
export const APP_ICON_SIZE_PX = 512;

/**
 * Every output for one SVG source, by file name.
 * @param {string} file name inside resources/svg/, e.g. "tray-fresh.svg"
 * @returns {{ output: string, sizePx: number }[]} outputs relative to resources/
 */
export function outputsFor(file) {
  const name = basename(file, '.svg');
  if (name.startsWith('tray-')) {
    return [
      { output: `${name}.png`, sizePx: TRAY_SIZE_PX },
      { output: `${name}@2x.png`, sizePx: TRAY_SIZE_PX * 2 },
    ];
  }
  if (name === 'icon') {
    return [
      { output: 'icon.png', sizePx: APP_ICON_SIZE_PX },
      ...LINUX_SIZES_PX.map((n) => ({ output: `icons/${n}x${n}.png`, sizePx: n })),
    ];
  }
  if (name === 'icon-small') {
    return LINUX_SMALL_SIZES_PX.map((n) => ({ output: `icons/${n}x${n}.png`, sizePx: n }));
  }
  throw new Error(`resources/svg/${file}: no output rule for this name`);
}

/**
 * The full plan: each SVG source with its PNG outputs, sorted for a stable order.
 * @returns {{ source: string, output: string, sizePx: number }[]} absolute paths
 */
export function planOutputs() {
  const files = readdirSync(SVG_DIR)
    .filter((f) => f.endsWith('.svg'))
    .sort();
  return files.flatMap((file) =>
    outputsFor(file).map(({ output, sizePx }) => ({
      source: join(SVG_DIR, file),
      output: join(RESOURCES, output),
      sizePx,
    })),
  );
}

/**
 * Renders SVG text to a square PNG of `sizePx` pixels (transparent background, no fonts).
 * @param {string} svgText
 * @param {number} sizePx
 * @returns {Buffer}
 */
export function renderSvgToPng(svgText, sizePx) {
  const resvg = new Resvg(svgText, {
    fitTo: { mode: 'width', value: sizePx },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (image.width !== sizePx || image.height !== sizePx) {
    throw new Error(`expected ${sizePx}x${sizePx}, got ${image.width}x${image.height}`);
  }
  return image.asPng();
}

/**
 * Renders every planned output; writes changed files unless `check` is set.
 * resources/icon.svg is kept as a byte copy of resources/svg/icon.svg.
 * @param {{ check?: boolean }} [options]
 * @returns {string[]} paths (relative to the repo) that were stale
 */
export function generate({ check = false } = {}) {
  const stale = [];
  const jobs = planOutputs().map(({ source, output, sizePx }) => ({
    output,
    bytes: renderSvgToPng(readFileSync(source, 'utf8'), sizePx),
  }));
  jobs.push({ output: join(RESOURCES, 'icon.svg'), bytes: readFileSync(join(SVG_DIR, 'icon.svg')) });
  for (const { output, bytes } of jobs) {
    const same = existsSync(output) && readFileSync(output).equals(bytes);
    if (same) continue;
    stale.push(relative(ROOT, output));
    if (!check) {
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, bytes);
    }
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = generate({ check });
  if (check && stale.length > 0) {
    console.error(`Icons out of date (run npm run icons):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    stale.length === 0 ? 'Icons up to date.' : `Wrote ${stale.length} file(s):\n  ${stale.join('\n  ')}`,
  );
}
