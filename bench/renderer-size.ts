// Benchmark: JavaScript + CSS the renderer ships, gzip-compressed, from the production build (out/renderer).
// Each window loads the entry chunk, what it imports statically, then its view's lazy chunk and that chunk's
// static imports (renderer/src/lib/views.ts); this walks that graph in Vite's build manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, RENDERER_BUILD, ROOT } from './build';
import { round } from './format';
import type { BenchResult } from './types';

const OUT = join(ROOT, 'out/renderer');
const VIEWS_DIR = 'src/views/';
const REMINDER = `${VIEWS_DIR}ReminderView.svelte`;
/** Views shipped in the entry chunk on purpose (renderer/src/lib/views.ts): the reminder must open at once. */
const IN_ENTRY = [REMINDER];
const KB = 1024;

/** One chunk of Vite's .vite/manifest.json (the fields used here). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Files (JS and CSS, relative to out/renderer) a chunk needs before it runs: itself, its CSS, its static imports. */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`chunk ${key} is not in the build manifest`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
const total = (files: Iterable<string>): number => [...files].reduce((sum, f) => sum + gzipBytes(f), 0);

/** Gzip KB a window showing `viewKey` (a lazy view's chunk, or null for a view in the entry) loads before it renders. */
export function firstLoadKb(manifest: Manifest, viewKey: string | null): number {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('the build manifest has no entry chunk');
  const files = staticClosure(manifest, entry);
  if (viewKey !== null) staticClosure(manifest, viewKey, files);
  return total(files) / KB;
}

export function benchRendererSize(): BenchResult[] {
  ensureBuilt(RENDERER_BUILD);
  const manifest = readManifest();
  const assets = readdirSync(join(OUT, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  const allKb = total(assets) / KB;
  const viewKeys = Object.keys(manifest)
    .filter((k) => k.startsWith(VIEWS_DIR) && manifest[k]!.isDynamicEntry)
    .sort();
  const viewFiles = readdirSync(join(ROOT, 'renderer', VIEWS_DIR)).filter((f) => f.endsWith('.svelte'));
  if (viewKeys.includes(REMINDER)) throw new Error(`${REMINDER} is a lazy chunk; it belongs in the entry`);
  const reminderKb = firstLoadKb(manifest, null);
  const lazyExpected = viewFiles.length - IN_ENTRY.length;

  const results: BenchResult[] = [
    {
      // Issue 15: at most 25 KB (it was 39 KB with i18next and every view's share of the Svelte runtime in it).
      name: 'renderer: reminder window first load (JS + CSS, gzip)',
      value: round(reminderKb, 1),
      unit: 'KB',
      goal: '<= 25',
      pass: reminderKb <= 25,
    },
    {
      name: 'renderer: everything shipped (JS + CSS, gzip)',
      value: round(allKb, 1),
      unit: 'KB',
      goal: '<= 150',
      pass: allKb <= 150,
    },
    {
      name: 'renderer: views split into their own lazy chunk (all but the reminder, in the entry)',
      value: viewKeys.length,
      unit: `of ${viewFiles.length} views`,
      goal: `= ${lazyExpected}`,
      pass: viewKeys.length === lazyExpected,
    },
    {
      name: 'renderer: ReminderView first load (JS + CSS, gzip)',
      value: round(reminderKb, 1),
      unit: 'KB',
      goal: 'report',
      pass: true,
    },
  ];
  for (const key of viewKeys) {
    const name = key.slice(VIEWS_DIR.length).replace(/\.svelte$/, '');
    results.push({
      name: `renderer: ${name} first load (JS + CSS, gzip)`,
      value: round(firstLoadKb(manifest, key), 1),
      unit: 'KB',
      goal: 'report',
      pass: true,
    });
  }
  return results;
}
