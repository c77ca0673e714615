// Unit, contract, main-glue and component tests. Node projects for core/shared/main/preload, jsdom for Svelte.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

const svelteConfig = fileURLToPath(new URL('./svelte.config.js', import.meta.url));
const jsonReport = process.env.WALKBREAK_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: `${jsonReport}/vitest.json` } : undefined,
    env: { TZ: 'Europe/London', ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/{core,shared,main,preload}/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Europe/London', ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
        },
      },
      {
        plugins: [svelte({ configFile: svelteConfig }), svelteTesting()],
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
          environment: 'jsdom',
          env: { TZ: 'Europe/London' },
        },
      },
    ],
  },
});
