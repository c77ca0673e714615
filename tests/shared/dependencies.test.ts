// Every production dependency ships inside app.asar (docs/packaging.md), so each one must earn its place: something
// under electron/ imports it. electron-store stayed in package.json long after the stores stopped using it
// (issue 19); this keeps an unused one from coming back unnoticed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('package.json dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const code = sources(join(ROOT, 'electron'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it.each(Object.keys(pkg.dependencies))('%s is imported by the app', (name) => {
    const imported = new RegExp(`from '${name.replace(/[/.]/g, '\\$&')}(/[^']*)?'|import\\('${name}`);
    expect(imported.test(code), `${name} is in dependencies but nothing under electron/ imports it`).toBe(
      true,
    );
  });

  it('has no electron-store or conf: the stores write through durable-fs.ts (docs/reliability.md)', () => {
    expect(pkg.dependencies).not.toHaveProperty('electron-store');
    expect(pkg.devDependencies).not.toHaveProperty('conf');
  });

  it('every version is pinned exactly', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});
