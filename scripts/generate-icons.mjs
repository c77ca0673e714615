// Renders the icon SVG sources in resources/svg/ into every committed icon file: tray states (+ @2x, the
// dark-panel `-dark` variants for Windows and Linux, and macOS Template images), the app icon for each platform (Linux hicolor PNGs, macOS .icns, Windows .ico, a 1024 px
// master) and docs/icon-sheet.png, a contact sheet of all of them on light and dark panels.
// Deterministic: same SVG + same libraries → same bytes. `node scripts/generate-icons.mjs` writes changed files;
// `--check` only lists stale ones (exit 1). Libraries: @resvg/resvg-js, png-to-ico, @fiahfy/icns.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import { Icns, IcnsImage } from '@fiahfy/icns';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RESOURCES = join(ROOT, 'resources');
export const SVG_DIR = join(RESOURCES, 'svg');

export const TRAY_STATES = ['fresh', 'approaching', 'overdue', 'paused'];
/**
 * Tray image variants: '' for light panels and '-dark' for dark ones (Windows and Linux, chosen from nativeTheme),
 * 'Template' for the macOS menu bar (which tints it itself).
 */
export const TRAY_VARIANTS = ['', '-dark', 'Template'];
/** Tray base size in px; `@<scale>x` files are that many times larger (Electron picks one per display scale). */
export const TRAY_SIZE_PX = 16;
/** Windows and Linux panels also run at 125 % and 150 %: drawn images there instead of a blurred 16 px bitmap. */
export const TRAY_SCALES = [1, 1.25, 1.5, 2];
/** macOS menu bars are 1x or 2x only. */
export const TEMPLATE_SCALES = [1, 2];
/** Linux hicolor sizes: the bolder full-bleed small icon up to 48 px, the detailed icon above. */
export const LINUX_SMALL_SIZES_PX = [16, 22, 24, 32, 48];
export const LINUX_SIZES_PX = [64, 96, 128, 256, 512];
/** resources/icon.png: the 1024 px master (macOS wants 1024; electron-builder's fallback icon). */
export const APP_ICON_SIZE_PX = 1024;
/** Windows .ico entries; 256 is the size Explorer and the installer show, and electron-builder's minimum. */
export const ICO_SIZES_PX = [16, 24, 32, 48, 64, 256];
/** macOS .icns entries (OSType → px): 16/32 as ARGB, the rest PNG, @2x types included. */
export const ICNS_TYPES = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
/** Panel colours the contact sheet shows the tray icons on (light and dark taskbars / menu bars). */
export const LIGHT_PANEL = '#f3f3f3';
export const DARK_PANEL = '#1c1c1c';

/** Below this size the app icon comes from icon-small.svg (bolder strokes, no margin). */
const SMALL_ICON_MAX_PX = 48;

/**
 * Renders SVG text to PNG (transparent background, no fonts): a square of `sizePx` pixels, or the SVG's own size.
 * @param {string} svgText
 * @param {number} [sizePx]
 * @returns {Buffer}
 */
export function renderSvgToPng(svgText, sizePx) {
  const resvg = new Resvg(svgText, {
    ...(sizePx === undefined ? {} : { fitTo: { mode: 'width', value: sizePx } }),
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (sizePx !== undefined && (image.width !== sizePx || image.height !== sizePx)) {
    throw new Error(`expected ${sizePx}x${sizePx}, got ${image.width}x${image.height}`);
  }
  return image.asPng();
}

/** Renders each (source, size) once. */
function createRenderer() {
  const cache = new Map();
  return (source, sizePx) => {
    const key = `${source}@${sizePx}`;
    if (!cache.has(key)) cache.set(key, renderSvgToPng(readFileSync(join(SVG_DIR, source), 'utf8'), sizePx));
    return cache.get(key);
  };
}

/** The app icon at a size: the small design up to 48 px, the detailed one above. */
const appIconSource = (sizePx) => (sizePx <= SMALL_ICON_MAX_PX ? 'icon-small.svg' : 'icon.svg');

/** A data: URL for a PNG, for embedding in the contact sheet SVG. */
const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * The contact sheet: one row per tray state, one column per panel (the coloured icon on a light panel and its
 * `-dark` variant on a dark one, as Windows and Linux show them; macOS Template image as the menu bar tints it,
 * black on light and white on dark). Each cell shows the 16 px icon
 * at its real size, the @2x image, and the 16 px pixels enlarged 4x. Below: the app icon and the Linux set.
 */
function contactSheetSvg(render) {
  const cell = { w: 150, h: 76 };
  const panels = [
    { bg: LIGHT_PANEL, variant: '', tint: null },
    { bg: DARK_PANEL, variant: '-dark', tint: null },
    { bg: LIGHT_PANEL, variant: 'Template', tint: null },
    { bg: DARK_PANEL, variant: 'Template', tint: 'url(#white)' },
  ];
  const parts = [];
  TRAY_STATES.forEach((state, row) => {
    panels.forEach(({ bg, variant, tint }, col) => {
      const x = 8 + col * (cell.w + 8);
      const y = 8 + row * (cell.h + 8);
      const one = dataUrl(render(`tray-${state}${variant}.svg`, TRAY_SIZE_PX));
      const two = dataUrl(render(`tray-${state}${variant}.svg`, TRAY_SIZE_PX * 2));
      const filter = tint ? ` filter="${tint}"` : '';
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell.w}" height="${cell.h}" fill="${bg}"/>`,
        `<g${filter}>`,
        `<image x="${x + 12}" y="${y + 30}" width="16" height="16" href="${one}"/>`,
        `<image x="${x + 40}" y="${y + 22}" width="32" height="32" href="${two}"/>`,
        `<image x="${x + 84}" y="${y + 6}" width="64" height="64" image-rendering="optimizeSpeed" href="${one}"/>`,
        `</g>`,
      );
    });
  });
  const top = 8 + TRAY_STATES.length * (cell.h + 8);
  parts.push(
    `<image x="8" y="${top}" width="256" height="256" href="${dataUrl(render('icon.svg', 1024))}"/>`,
  );
  let x = 280;
  for (const n of [...LINUX_SMALL_SIZES_PX, ...LINUX_SIZES_PX].filter((size) => size <= 128)) {
    parts.push(
      `<image x="${x}" y="${top + 128 - n / 2}" width="${n}" height="${n}" href="${dataUrl(render(appIconSource(n), n))}"/>`,
    );
    x += n + 12;
  }
  const width = Math.max(8 + panels.length * (cell.w + 8), x);
  const height = top + 256 + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<filter id="white"><feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 1 0"/></filter>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/**
 * Every output file, relative to the repository, with a function that makes its bytes.
 * @returns {{ output: string, make: (render: (source: string, sizePx: number) => Buffer) => Buffer | Promise<Buffer> }[]}
 */
export function planOutputs() {
  const jobs = [];
  for (const state of TRAY_STATES) {
    for (const variant of TRAY_VARIANTS) {
      const source = `tray-${state}${variant}.svg`;
      for (const scale of variant === 'Template' ? TEMPLATE_SCALES : TRAY_SCALES) {
        jobs.push({
          output: `resources/tray-${state}${variant}${scale === 1 ? '' : `@${scale}x`}.png`,
          make: (r) => r(source, TRAY_SIZE_PX * scale),
        });
      }
    }
  }
  jobs.push({ output: 'resources/icon.png', make: (r) => r('icon.svg', APP_ICON_SIZE_PX) });
  for (const n of [...LINUX_SMALL_SIZES_PX, ...LINUX_SIZES_PX]) {
    jobs.push({ output: `resources/icons/${n}x${n}.png`, make: (r) => r(appIconSource(n), n) });
  }
  jobs.push({
    output: 'resources/icon.ico',
    make: (r) => pngToIco(ICO_SIZES_PX.map((n) => r(appIconSource(n), n))),
  });
  jobs.push({
    output: 'resources/icon.icns',
    make: (r) => {
      const icns = new Icns();
      for (const [osType, n] of ICNS_TYPES) icns.append(IcnsImage.fromPNG(r('icon.svg', n), osType));
      return icns.data;
    },
  });
  jobs.push({ output: 'docs/icon-sheet.png', make: (r) => renderSvgToPng(contactSheetSvg(r)) });
  return jobs;
}

/**
 * Makes every planned output; writes the changed ones unless `check` is set.
 * @param {{ check?: boolean }} [options]
 * @returns {Promise<string[]>} outputs (relative to the repository) that were missing or different
 */
export async function generate({ check = false } = {}) {
  const render = createRenderer();
  const stale = [];
  for (const { output, make } of planOutputs()) {
    const bytes = Buffer.from(await make(render));
    const path = join(ROOT, output);
    if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
    stale.push(relative(ROOT, path).split('\\').join('/'));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = await generate({ check });
  if (check && stale.length > 0) {
    console.error(`Icons out of date (run npm run icons):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    stale.length === 0 ? 'Icons up to date.' : `Wrote ${stale.length} file(s):\n  ${stale.join('\n  ')}`,
  );
}
