// A sandboxed preload can require only 'electron'. Bundles the preload like electron-vite does (rolldown, CommonJS,
// package.json dependencies and Node built-ins left external) and checks what the output still requires.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  dependencies?: Record<string, string>;
};
const external = ['electron', ...Object.keys(pkg.dependencies ?? {}), ...builtinModules].map(
  (name) => new RegExp(`^(node:)?${name.replace(/[/.]/g, '\\$&')}(/.*)?$`),
);

describe('preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron', async () => {
    const bundle = await rolldown({
      input: `${root}electron/preload/index.ts`,
      external,
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'cjs' });
    await bundle.close();
    expect(output).toHaveLength(1);
    const code = output[0]!.code;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).toMatch(/exposeInMainWorld\(\s*["']walkbreak["']/);
  });
});
