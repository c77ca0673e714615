// Builds the three Electron bundles: main (ESM), preload (CommonJS, so `sandbox: true` works) and the renderer.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = fileURLToPath(new URL('.', import.meta.url));
const svelteConfig = resolve(root, 'svelte.config.js');

export default defineConfig({
  main: {
    build: { rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } } },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [svelte({ configFile: svelteConfig })],
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // Svelte's runtime is one barrel (svelte/internal/client) that every component imports whole, and Svelte
        // declares no sideEffects, so every runtime module any view uses (bindings, {@html}…) landed in the entry
        // that the reminder window loads first. Its modules under internal/client only define functions and
        // values (checked for 5.57: no top-level statements besides declarations), so marking them side-effect
        // free lets each chunk take only the runtime it uses. The flag modules (internal/flags/*, set at import)
        // are outside this folder and keep their side effects. docs/performance.md, "Reminder first load".
        treeshake: {
          moduleSideEffects: [
            {
              test: /[\\/]node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]/,
              sideEffects: false,
            },
          ],
        },
      },
      // electron-vite leaves the renderer unminified; minified it parses faster and ships a third of the bytes.
      minify: true,
      // .vite/manifest.json: the chunk graph (entry, static imports, one lazy chunk per view) that
      // bench/renderer-size.ts reads to compute what each window loads first.
      manifest: true,
    },
  },
});
