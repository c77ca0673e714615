// @vitest-environment node
// Checks the committed icons the way a user meets them: every tray state and variant at the right pixel size,
// legible on light and dark panels (contrast) and told apart by shape alone (macOS Template images); the app icon
// at every size Linux, macOS and Windows ask for, inside real .ico/.icns containers; and every committed file
// equal to what `npm run icons` renders now (so the PNGs can never drift from their SVG sources).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Icns } from '@fiahfy/icns';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const resources = join(root, 'resources');

/** The slice of scripts/generate-icons.mjs that this test uses. */
interface IconGenerator {
  TRAY_STATES: string[];
  TRAY_VARIANTS: string[];
  TRAY_SIZE_PX: number;
  TRAY_SCALES: number[];
  TEMPLATE_SCALES: number[];
  LINUX_SMALL_SIZES_PX: number[];
  LINUX_SIZES_PX: number[];
  ICO_SIZES_PX: number[];
  LIGHT_PANEL: string;
  DARK_PANEL: string;
  planOutputs(): { output: string }[];
  generate(options: { check: boolean }): Promise<string[]>;
}

/** Width and height from the PNG signature + IHDR chunk (bytes 16..23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RGBA pixels of a tray SVG rendered at `sizePx` (the committed PNGs are this render, see the last test). */
function trayPixels(file: string, sizePx: number): Uint8Array {
  const svg = readFileSync(join(resources, 'svg', file), 'utf8');
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: sizePx },
    font: { loadSystemFonts: false },
  }).render().pixels;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c = 0) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

let g: IconGenerator;

beforeAll(async () => {
  g = (await import(pathToFileURL(join(root, 'scripts', 'generate-icons.mjs')).href)) as IconGenerator;
});

describe('tray icons', () => {
  it('every state has images for 100, 125, 150 and 200 % panels, and macOS Template images at 1x and 2x', () => {
    expect(g.TRAY_SCALES).toEqual([1, 1.25, 1.5, 2]);
    expect(g.TEMPLATE_SCALES).toEqual([1, 2]);
    for (const state of g.TRAY_STATES) {
      for (const [variant, scales] of [
        ['', g.TRAY_SCALES],
        ['-dark', g.TRAY_SCALES],
        ['Template', g.TEMPLATE_SCALES],
      ] as const) {
        for (const scale of scales) {
          const file = `tray-${state}${variant}${scale === 1 ? '' : `@${scale}x`}.png`;
          const sizePx = g.TRAY_SIZE_PX * scale;
          expect(pngSize(readFileSync(join(resources, file))), file).toEqual({
            width: sizePx,
            height: sizePx,
          });
        }
      }
    }
    expect(g.TRAY_STATES).toEqual(['fresh', 'approaching', 'overdue', 'paused']);
  });

  it('macOS Template images are black + alpha only, so the menu bar can tint them', () => {
    for (const state of g.TRAY_STATES) {
      const pixels = trayPixels(`tray-${state}Template.svg`, 32);
      let coloured = 0;
      let visible = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] !== 0 || pixels[i + 1] !== 0 || pixels[i + 2] !== 0) coloured += 1;
        if (pixels[i + 3] !== 0) visible += 1;
      }
      expect(coloured, `${state}: pixels that are not black`).toBe(0);
      expect(visible, state).toBeGreaterThan(0);
    }
  });

  it('each coloured badge stands out on light and dark panels and keeps its white walker readable (≥ 3:1)', () => {
    for (const state of g.TRAY_STATES) {
      const pixels = trayPixels(`tray-${state}.svg`, 32);
      // (29, 3) is inside the badge's top-right corner, clear of the walker and the state mark.
      const at = (x: number, y: number) =>
        Array.from(pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
      const badge = at(29, 3);
      expect(badge[3], `${state}: badge is opaque`).toBe(255);
      expect(contrast(badge, [255, 255, 255]), `${state}: walker on badge`).toBeGreaterThanOrEqual(3);
      expect(contrast(badge, hex(g.LIGHT_PANEL)), `${state}: badge on a light panel`).toBeGreaterThanOrEqual(
        3,
      );
      expect(contrast(badge, hex(g.DARK_PANEL)), `${state}: badge on a dark panel`).toBeGreaterThanOrEqual(3);
    }
  });

  it('each dark-panel badge has a light outline that stands out on a dark panel (≥ 3:1), same badge and walker inside', () => {
    expect(g.TRAY_VARIANTS).toEqual(['', '-dark', 'Template']);
    for (const state of g.TRAY_STATES) {
      const dark = trayPixels(`tray-${state}-dark.svg`, 32);
      const plain = trayPixels(`tray-${state}.svg`, 32);
      const at = (pixels: Uint8Array, x: number, y: number) =>
        Array.from(pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
      // (16, 0) is on the badge's top edge, where the outline runs; (26, 6) inside the badge, clear of it.
      const outline = at(dark, 16, 0);
      expect(outline[3], `${state}: outline is opaque`).toBe(255);
      expect(
        contrast(outline, hex(g.DARK_PANEL)),
        `${state}: outline on a dark panel`,
      ).toBeGreaterThanOrEqual(3);
      expect(at(dark, 26, 6), `${state}: same badge colour`).toEqual(at(plain, 26, 6));
      expect(contrast(at(dark, 26, 6), [255, 255, 255]), `${state}: walker on badge`).toBeGreaterThanOrEqual(
        3,
      );
    }
  });

  it('electron-builder packages every tray image, the dark-panel ones at every scale included', async () => {
    const tools = createRequire(import.meta.url)(join(root, 'scripts', 'validate-builder-config.cjs')) as {
      loadConfig(): Promise<unknown>;
      matchSection(config: unknown, section: 'extraResources', paths: string[]): { to: string }[];
    };
    const config = await tools.loadConfig();
    const files = readdirSync(resources).map((f) => `resources/${f}`);
    const shipped = tools.matchSection(config, 'extraResources', files).map((m) => m.to);
    for (const state of g.TRAY_STATES) {
      for (const scale of g.TRAY_SCALES) {
        const file = `resources/tray-${state}-dark${scale === 1 ? '' : `@${scale}x`}.png`;
        expect(shipped, file).toContain(file);
      }
    }
  });

  it('the four states differ in shape at 16 px, not only in colour', () => {
    const masks = g.TRAY_STATES.map((state) => {
      const pixels = trayPixels(`tray-${state}Template.svg`, 16);
      return Array.from({ length: 256 }, (_, i) => (pixels[i * 4 + 3] ?? 0) >= 128);
    });
    for (let a = 0; a < masks.length; a++) {
      for (let b = a + 1; b < masks.length; b++) {
        const differing = masks[a]!.filter((on, i) => on !== masks[b]![i]).length;
        expect(differing, `${g.TRAY_STATES[a]} vs ${g.TRAY_STATES[b]}`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('app icons', () => {
  it('a 1024 px master and the Linux hicolor set from 16 to 512 px', () => {
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    const sizes = [...g.LINUX_SMALL_SIZES_PX, ...g.LINUX_SIZES_PX];
    expect(sizes).toEqual([16, 22, 24, 32, 48, 64, 96, 128, 256, 512]);
    for (const n of sizes) {
      expect(pngSize(readFileSync(join(resources, 'icons', `${n}x${n}.png`)))).toEqual({
        width: n,
        height: n,
      });
    }
  });

  it('icon.ico holds every Windows size up to 256 px', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    // Directory entries: 16 bytes each from byte 6; a width byte of 0 means 256.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual(g.ICO_SIZES_PX);
    expect(widths).toContain(256);
  });

  it('icon.icns holds the macOS sizes 16 to 1024 px, @2x included', () => {
    const icns = Icns.from(readFileSync(join(resources, 'icon.icns')));
    const types = icns.images.map((image) => image.osType).sort();
    expect(types).toEqual(['ic04', 'ic05', 'ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']);
    const ic10 = icns.images.find((image) => image.osType === 'ic10');
    expect(pngSize(ic10!.image)).toEqual({ width: 1024, height: 1024 });
  });
});

describe('npm run icons', () => {
  it('plans every committed icon file, the contact sheet included', () => {
    const outputs = g.planOutputs().map((job) => job.output);
    expect(outputs).toEqual(
      expect.arrayContaining(['resources/icon.ico', 'resources/icon.icns', 'docs/icon-sheet.png']),
    );
    expect(new Set(outputs).size).toBe(outputs.length);
  });

  it('every committed icon equals what it renders now', async () => {
    expect(await g.generate({ check: true })).toEqual([]);
  }, 30_000);
});
