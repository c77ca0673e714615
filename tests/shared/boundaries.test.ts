// Scans electron/** and renderer/** sources and checks the layer rules of the architecture guide §2:
// renderer → shared (types only), core → shared, main → core + shared, preload → shared; nothing imports
// main/ or preload/. Core also never touches clocks, timers or the process. ESLint enforces the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtins = new Set(builtinModules);

type Layer = 'shared' | 'core' | 'main' | 'preload' | 'renderer' | 'other';

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Removes // and /* comments, keeping string and template literals (import specifiers live in strings). */
function stripComments(code: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    const next = code[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') out += code[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const body = code.slice(i, end < 0 ? code.length : end + 2);
      out += body.replace(/[^\n]/g, ' ');
      i += body.length - 1;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
    }
  }
  return out;
}

/** The code of a source file: all `<script>` blocks for Svelte, the whole text otherwise; comments removed. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.svelte')) return stripComments(text);
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return stripComments(scripts.join('\n'));
}

/** Static imports and re-exports (with `import type` / `export type` marked), dynamic imports and requires. */
function importsOf(code: string): Import[] {
  const found: Import[] = [];
  for (const m of code.matchAll(/^[ \t]*(?:import|export)\b(\s+type\b)?[^;'"]*?\bfrom\s*(['"])(.*?)\2/gm)) {
    found.push({ specifier: m[3] ?? '', typeOnly: m[1] !== undefined });
  }
  for (const re of [/^[ \t]*import\s*(['"])(.*?)\1/gm, /\b(?:import|require)\s*\(\s*(['"])(.*?)\1\s*\)/g]) {
    for (const m of code.matchAll(re)) found.push({ specifier: m[2] ?? '', typeOnly: false });
  }
  return found;
}

function layerOf(path: string): Layer {
  const m = /^(?:electron\/(shared|core|main|preload)|(renderer))(?:\/|$)/.exec(path);
  return ((m?.[1] ?? m?.[2]) as Layer | undefined) ?? 'other';
}

const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || builtins.has(spec);
const isPackage = (spec: string, name: string): boolean => spec === name || spec.startsWith(`${name}/`);

/** Allowed targets of each layer, as project layers and external packages. */
const rules: Record<Exclude<Layer, 'other'>, { layers: Layer[]; packages: (spec: string) => boolean }> = {
  shared: { layers: ['shared'], packages: (s) => isPackage(s, 'valibot') || isPackage(s, 'i18next') },
  core: { layers: ['core', 'shared'], packages: (s) => isPackage(s, 'valibot') },
  main: { layers: ['main', 'core', 'shared'], packages: () => true },
  preload: { layers: ['preload', 'shared'], packages: (s) => isPackage(s, 'electron') || !isNodeBuiltin(s) },
  renderer: {
    layers: ['renderer', 'shared'],
    packages: (s) => !isNodeBuiltin(s) && !isPackage(s, 'electron'),
  },
};

/**
 * Pure shared modules (only `import type` inside) that the renderer may import as values: the reminder wording
 * is shown by main's notification and by the renderer's reminder window, so it lives once in shared; the guided
 * break's wording and move data (break-content) and the settings table (settings-fields) are plain data; the emergency number rule (emergency) is pure; the translator and the messages (i18n/) are a pure
 * function of the language and plain data, shared so main and every window word things alike. The renderer takes
 * the translator from i18n/translator (no i18next, which is in every window's first load otherwise), never from
 * i18n/index (docs/i18n.md).
 */
const RENDERER_VALUE_IMPORTS = new Set([
  'electron/shared/reminder-copy',
  'electron/shared/settings-limits',
  'electron/shared/settings-fields',
  'electron/shared/break-content',
  'electron/shared/walk-items',
  'electron/shared/history-words',
  'electron/shared/desk',
  'electron/shared/emergency',
  'electron/shared/i18n/translator',
]);
/** Every namespace's messages, one file per language (docs/i18n.md). */
const RENDERER_VALUE_IMPORT_DIRS = /^electron\/shared\/i18n\/(en|de)\/\w+$/;

/** Patterns core code must not contain: it gets time and timers only through its ports. */
const coreForbidden: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now('],
  [/(?<![\w$])setTimeout\s*\(/, 'setTimeout('],
  [/(?<![\w$])setInterval\s*\(/, 'setInterval('],
  [/(?<![\w$])performance\./, 'performance.'],
  [/(?<![\w$])process\./, 'process.'],
];

/** Every boundary violation in one source file, given its repo-relative path (with `/`) and its text. */
function violations(file: string, text: string): string[] {
  const from = layerOf(file);
  if (from === 'other') return [];
  const rule = rules[from];
  const code = codeOf(file, text);
  const problems: string[] = [];
  for (const { specifier, typeOnly } of importsOf(code)) {
    const where = `${file}: '${specifier}'`;
    if (!specifier.startsWith('.')) {
      if (!rule.packages(specifier)) problems.push(`${where}: ${from} must not import this package`);
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const to = layerOf(target);
    if (to === 'other') continue;
    if (!rule.layers.includes(to)) problems.push(`${where}: ${from} must not import ${to}`);
    else if (
      from === 'renderer' &&
      to === 'shared' &&
      !typeOnly &&
      !RENDERER_VALUE_IMPORTS.has(target) &&
      !RENDERER_VALUE_IMPORT_DIRS.test(target)
    )
      problems.push(`${where}: the renderer may only \`import type\` from electron/shared`);
  }
  if (from === 'core') {
    for (const [pattern, label] of coreForbidden) {
      if (pattern.test(code)) problems.push(`${file}: core code uses ${label}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The project file a relative specifier names (`.ts`, `.svelte`, `.svelte.ts`, or a folder's index), or null. */
function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => known.has(c)) ?? null;
}

/**
 * Import circles among `files` (each a strongly connected group of two or more files, or a file importing itself),
 * type-only imports included: a circle of types still ties the modules into one unit to read and to move.
 */
function importCircles(files: ReadonlyMap<string, string>): string[][] {
  const known = new Set(files.keys());
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = importsOf(codeOf(file, text))
      .filter((i) => i.specifier.startsWith('.'))
      .map((i) => resolveImport(file, i.specifier, known))
      .filter((t): t is string => t !== null);
    edges.set(file, [...new Set(targets)]);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) circles.push(group.sort());
    }
  };
  for (const v of known) if (!index.has(v)) visit(v);
  return circles;
}

describe('import boundaries (architecture §2)', () => {
  it('the scanner catches violations and ignores comments', () => {
    expect(violations('electron/core/a.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(violations('electron/core/a.ts', "import { readFile } from 'node:fs/promises';")).toHaveLength(1);
    expect(violations('electron/core/a.ts', "import type { X } from '../main/index';")).toHaveLength(1);
    expect(violations('electron/core/a.ts', "import type { X } from '../shared/ipc';")).toEqual([]);
    expect(violations('electron/core/a.ts', 'const t = Date.now();')).toHaveLength(1);
    expect(violations('electron/core/a.ts', 'setTimeout(f, 1); process.exit(0);')).toHaveLength(2);
    expect(violations('electron/core/a.ts', '// uses Date.now() in main\n/* process.env */')).toEqual([]);
    expect(violations('electron/shared/a.ts', "import { x } from '../core/x';")).toHaveLength(1);
    expect(violations('electron/shared/a.ts', "import * as v from 'valibot';")).toEqual([]);
    expect(violations('electron/preload/a.ts', "export { x } from '../main/x';")).toHaveLength(1);
    expect(violations('electron/main/a.ts', "const p = import('../preload/index');")).toHaveLength(1);
    const svelte = (script: string) => `<script lang="ts">\n${script}\n</script>\n<p>hi</p>`;
    expect(
      violations('renderer/src/App.svelte', svelte("import { s } from '../../electron/shared/ipc';")),
    ).toEqual([
      "renderer/src/App.svelte: '../../electron/shared/ipc': the renderer may only `import type` from electron/shared",
    ]);
    expect(
      violations('renderer/src/App.svelte', svelte("import type { S } from '../../electron/shared/ipc';")),
    ).toEqual([]);
    expect(
      violations('renderer/src/lib/a.ts', "import {\n  x,\n} from '../../../electron/core/x';"),
    ).toHaveLength(1);
    expect(
      violations('renderer/src/lib/a.ts', "import { type X } from '../../../electron/shared/x';"),
    ).toHaveLength(1);
  });

  const files = [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'renderer'))];

  it('shared modules the renderer imports as values import nothing but types', () => {
    expect(
      violations('renderer/src/a.ts', "import { reminderCopy } from '../../electron/shared/reminder-copy';"),
    ).toEqual([]);
    const messageFiles = ['en', 'de'].flatMap((language) =>
      readdirSync(join(root, 'electron/shared/i18n', language)).map(
        (file) => `electron/shared/i18n/${language}/${file.replace(/\.ts$/, '')}`,
      ),
    );
    expect(messageFiles.every((mod) => RENDERER_VALUE_IMPORT_DIRS.test(mod))).toBe(true);
    for (const mod of [...RENDERER_VALUE_IMPORTS, ...messageFiles]) {
      const file = `${mod}.ts`;
      const imports = importsOf(codeOf(file, readFileSync(join(root, file), 'utf8')));
      // Only modules of this same set (not even i18next: the renderer's translator works without it).
      const inSet = (spec: string): boolean =>
        RENDERER_VALUE_IMPORTS.has(posix.normalize(posix.join(posix.dirname(mod), spec)));
      expect(
        imports.filter((i) => !i.typeOnly && !inSet(i.specifier)),
        mod,
      ).toEqual([]);
    }
  });

  it('finds the sources to scan', () => {
    expect(files.some((f) => f.startsWith('electron/shared/'))).toBe(true);
  });

  it('no import circles, type-only ones included (issue 18)', () => {
    const example = new Map([
      ['electron/main/a.ts', "import type { B } from './b';"],
      ['electron/main/b.ts', "import { c } from './c';"],
      ['electron/main/c.ts', "export type { A } from './a';"],
      ['electron/main/d.ts', "import { a } from './a';"],
    ]);
    expect(importCircles(example)).toEqual([
      ['electron/main/a.ts', 'electron/main/b.ts', 'electron/main/c.ts'],
    ]);
    example.set('electron/main/c.ts', 'export const c = 1;');
    expect(importCircles(example)).toEqual([]);
    const tree = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
    expect(importCircles(tree)).toEqual([]);
  });

  it('every source file keeps to its layer', () => {
    const problems = files.flatMap((f) => violations(f, readFileSync(join(root, f), 'utf8')));
    expect(problems).toEqual([]);
  });
});
