// ESLint flat config: TypeScript + Svelte 5 rules, Prettier compatibility, and the layer boundaries from
// the architecture guide §2 (the same rules are checked by tests/shared/boundaries.test.ts).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// ---------------------------------------------------------------------------------------------------
// Layer boundaries. One `@typescript-eslint/no-restricted-imports` entry per folder: in a flat config
// a later entry replaces an earlier one, so each folder lists every restriction that applies to it.
// ---------------------------------------------------------------------------------------------------

const nodeBuiltins = [...new Set(builtinModules.filter((name) => !name.startsWith('_')))];

/** Relative specifiers that climb into another layer, e.g. `../main/tray` or `../../electron/core/x`. */
const into = (layer) => `^(\\.\\./)+(electron/)?${layer}(/|$)`;

const noElectron = { name: 'electron', message: 'Only electron/main may import Electron.' };
const noNodeBuiltins = nodeBuiltins.map((name) => ({
  name,
  message: 'Node built-ins belong in electron/main adapters.',
}));
const noNodePrefix = { regex: '^node:', message: 'Node built-ins belong in electron/main adapters.' };
const noMain = {
  regex: into('main'),
  message: 'Nothing imports electron/main (it is the composition root).',
};
const noPreload = { regex: into('preload'), message: 'Nothing imports electron/preload.' };
const noRenderer = { regex: into('renderer'), message: 'electron/* never imports the renderer.' };
const noCore = (who) => ({ regex: into('core'), message: `${who} must not import electron/core.` });

/** Core may use valibot like shared does; other packages need a reason (and an entry here). */
const noOtherPackages = {
  regex: `^(?!(${['valibot', 'electron', ...nodeBuiltins].join('|')})(/|$)|node:)[^.]`,
  message: 'Core is pure: it imports only ./, ../shared and valibot.',
};

const restrict = (paths, patterns) => ['error', { paths, patterns }];

const boundaries = [
  {
    name: 'walkbreak/boundaries/shared',
    files: ['electron/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        [],
        [
          {
            regex: '^(?!(valibot|i18next)(/|$))[^.]',
            message: 'electron/shared is a leaf: only valibot and i18next (the translator) may be imported.',
          },
          {
            regex: into('(core|main|preload|renderer)'),
            message: 'electron/shared imports no project code.',
          },
        ],
      ),
    },
  },
  {
    name: 'walkbreak/boundaries/core',
    files: ['electron/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        [noElectron, ...noNodeBuiltins],
        [noNodePrefix, noOtherPackages, noMain, noPreload, noRenderer],
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'setTimeout',
          'setInterval',
          'setImmediate',
          'clearTimeout',
          'clearInterval',
          'queueMicrotask',
        ].map((name) => ({ name, message: 'Core has no timers: use the Timer port.' })),
        ...['window', 'document', 'navigator', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: 'Core has no DOM or network: reach the world through a port.',
        })),
        { name: 'process', message: 'Core does not read the process: pass values in.' },
        { name: 'performance', message: 'Core has no clock: use the Clock port.' },
        { name: 'require', message: 'Core is ESM and imports only shared code.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Core has no clock: take `now` as an argument or use Clock.',
        },
        { object: 'globalThis', message: 'Core does not reach for globals.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Core has no clock: `new Date()` reads the current time; pass `now` in.',
        },
      ],
    },
  },
  {
    name: 'walkbreak/boundaries/main',
    files: ['electron/main/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([], [noPreload, noRenderer]),
    },
  },
  {
    name: 'walkbreak/boundaries/preload',
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([], [noCore('Preload'), noMain, noRenderer]),
    },
  },
  {
    name: 'walkbreak/boundaries/renderer',
    files: ['renderer/**/*.{ts,svelte}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        [{ ...noElectron, message: 'The renderer is sandboxed: use lib/bridge.ts, never Electron.' }],
        [
          {
            regex: 'electron/(core|main|preload)(/|$)',
            message: 'The renderer talks to main only via lib/bridge.ts.',
          },
          {
            // Modules that import nothing and hold only pure data or functions may be value-imported. The translator
            // is i18n/translator (no i18next, docs/i18n.md), never i18n/index.
            regex:
              'electron/shared(/(?!(reminder-copy|settings-limits|settings-fields|break-content|walk-items|history-words|desk|emergency|i18n/(translator|(en|de)/\\w+))$)|$)',
            allowTypeImports: true,
            message: 'The renderer may only `import type` from electron/shared (except pure leaf modules).',
          },
          { regex: '^node:', message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
        ],
      ),
    },
  },
];

// ---------------------------------------------------------------------------------------------------

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'dist-web/',
    'release/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.vite/',
  ]),

  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,

  {
    name: 'walkbreak/language',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
  },
  {
    name: 'walkbreak/rules',
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      'prefer-const': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      // With verbatimModuleSyntax `import { type A } from 'x'` still loads 'x' at runtime.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // The boundaries below use the typescript-eslint rule, which can tell `import type` apart.
      'no-restricted-imports': 'off',
    },
  },
  {
    name: 'walkbreak/svelte-typescript',
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
    // `let { a } = $props()` is idiomatic; the Svelte variant of prefer-const knows the runes.
    rules: { 'prefer-const': 'off', 'svelte/prefer-const': 'error' },
  },
  {
    name: 'walkbreak/browser-globals',
    files: ['renderer/**/*.{ts,svelte}', 'tests/renderer/**/*.ts', 'tests/harness/src/**/*.{ts,svelte}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'walkbreak/node-globals',
    files: [
      'electron/main/**/*.ts',
      'electron/preload/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{js,mjs,cjs}',
      '*.{js,mjs,cjs,ts}',
    ],
    ignores: ['tests/renderer/**', 'tests/harness/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'walkbreak/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  {
    name: 'walkbreak/typescript-only',
    files: ['**/*.ts', '**/*.svelte'],
    // TypeScript itself reports undefined names; ESLint's scope analysis does not know ambient types.
    rules: { 'no-undef': 'off' },
  },
  {
    // Type-aware checks where a forgotten promise loses data or an error (issue 18): the product code only.
    name: 'walkbreak/type-aware',
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.svelte'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  ...boundaries,

  svelte.configs.prettier,
  prettier,
]);
