// @vitest-environment node
// Checks the committed icon PNGs: every tray state and variant exists at the right pixel size,
// macOS Template images are black + alpha only, and every PNG equals the generator's output.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const resources = join(root, 'resources');

/** The slice of scripts/generate-icons.mjs that this test uses. */
interface IconGenerator {
  renderSvgToPng(svgText: string, sizePx: number): Buffer;
  generate(options: { check: boolean }): string[];
}

const STATES = ['fresh', 'approaching', 'overdue', 'paused'] as const;
const VARIANTS = [
  { suffix: '', sizePx: 16, template: false },
  { suffix: '@2x', sizePx: 32, template: false },
  { suffix: 'Template', sizePx: 16, template: true },
  { suffix: 'Template@2x', sizePx: 32, template: true },
] as const;

/** Width and height from the PNG signature + IHDR chunk (bytes 16..23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let generator: IconGenerator;

beforeAll(async () => {
  const url = pathToFileURL(join(root, 'scripts', 'generate-icons.mjs')).href;
  generator = (await import(url)) as IconGenerator;
});

describe('tray icons', () => {
  for (const state of STATES) {
    for (const { suffix, sizePx, template } of VARIANTS) {
      const file = `tray-${state}${suffix}.png`;
      it(`${file} is ${sizePx}x${sizePx}${template ? ', black + alpha only' : ''}`, () => {
        const path = join(resources, file);
        expect(existsSync(path), `${file} missing: run npm run icons`).toBe(true);
        expect(pngSize(readFileSync(path))).toEqual({ width: sizePx, height: sizePx });
        if (!template) return;
        const svg = readFileSync(join(resources, 'svg', `tray-${state}Template.svg`), 'utf8');
        const image = new Resvg(svg, {
          fitTo: { mode: 'width', value: sizePx },
          font: { loadSystemFonts: false },
        }).render();
        const pixels = image.pixels;
        let coloured = 0;
        let visible = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] !== 0 || pixels[i + 1] !== 0 || pixels[i + 2] !== 0) coloured += 1;
          if (pixels[i + 3] !== 0) visible += 1;
        }
        expect(coloured, 'pixels that are not black').toBe(0);
        expect(visible).toBeGreaterThan(0);
        // Same pixels as the committed file: the committed PNG is this render's encoding.
        expect(generator.renderSvgToPng(svg, sizePx).equals(readFileSync(path))).toBe(true);
      });
    }
  }
});

describe('app icons', () => {
  it('icon.png is 512 px and the Linux set has every size', () => {
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual({ width: 512, height: 512 });
    for (const n of [16, 32, 48, 64, 128, 256, 512]) {
      const bytes = readFileSync(join(resources, 'icons', `${n}x${n}.png`));
      expect(pngSize(bytes)).toEqual({ width: n, height: n });
    }
    expect(existsSync(join(resources, 'icon.svg'))).toBe(true);
  });
});

describe('generator', () => {
  it('every committed icon equals what npm run icons renders now', () => {
    expect(generator.generate({ check: true })).toEqual([]);
  });
});
