// Builds the browser harness (host page + window-bridge.js) into out/harness. Development and tests only;
// the production renderer is built by electron-vite and served unchanged (see serve.mjs).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const BRIDGE = 'window-bridge';

/** window-bridge.js is loaded as a classic script, so it must not contain import or export statements. */
function classicBridge(): Plugin {
  return {
    name: 'walkbreak-harness-classic-bridge',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === BRIDGE);
      if (!chunk || chunk.type !== 'chunk') return this.error(`${BRIDGE} chunk missing`);
      if (chunk.imports.length > 0 || chunk.exports.length > 0 || /^\s*(import|export)\b/m.test(chunk.code)) {
        this.error(
          `${BRIDGE}.js must be a plain script (no imports/exports); keep src/${BRIDGE}.ts import-free`,
        );
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [classicBridge()],
  build: {
    outDir: resolve(root, 'out/harness'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { host: resolve(here, 'index.html'), [BRIDGE]: resolve(here, `src/${BRIDGE}.ts`) },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === BRIDGE ? `harness/${BRIDGE}.js` : 'assets/[name]-[hash].js',
      },
    },
  },
});
