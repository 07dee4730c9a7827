// Lint rules, including the layer boundaries of the architecture: each layer may import only the
// layers below it, and features never import one another. Cross-folder imports go through the
// `@/` alias, so the rules can name layers by path.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = ['app', 'features', 'ui', 'state', 'i18n', 'pwa', 'db', 'domain', 'sw'];

/** testing/ holds fixtures and helpers for tests; production code never imports them. */
const NOT_TESTING = { group: ['@/testing/*'], message: 'testing/ is for tests only.' };

/**
 * A no-restricted-imports rule allowing `src/<layer>` to import only the listed layers, and beside
 * them the listed modules of other layers (as 'sw/app-badge').
 */
function onlyLayers(allowed, message, modules = []) {
  const forbidden = LAYERS.filter((layer) => !allowed.includes(layer));
  const patterns = [
    { group: ['../*'], message: 'Import across folders through "@/…".' },
    NOT_TESTING,
  ];
  if (forbidden.length) {
    const group = forbidden.map((layer) => `@/${layer}/*`);
    patterns.push({ group: [...group, ...modules.map((module) => `!@/${module}`)], message });
  }
  const options = { patterns };
  if (!allowed.includes('db')) {
    options.paths = [{ name: 'dexie', message: 'Only db/ talks to Dexie: call its functions.' }];
  }
  return ['error', options];
}

export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'reports', 'test-results', 'playwright-report', '.stryker-tmp'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // No import cycles: a module that depends on itself through others has no layer of its own.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render text.',
        },
      ],
      'no-restricted-imports': onlyLayers(LAYERS, ''),
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'zustand'],
          patterns: [
            { group: ['@/*', '../*'], message: 'domain/ is pure and imports only itself.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain/ runs in the worker and Node too.' },
        { name: 'document', message: 'domain/ runs in the worker and Node too.' },
        { name: 'navigator', message: 'domain/ runs in the worker and Node too.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '"now" is a parameter in domain/.' },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': onlyLayers(['db', 'domain'], 'db/ imports domain/ only.') },
  },
  {
    files: ['src/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': onlyLayers(
        ['sw', 'db', 'domain', 'i18n'],
        'sw/ imports domain/, db/ and the catalogs of i18n/ only.',
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': onlyLayers(
        ['ui', 'state', 'i18n', 'domain'],
        'ui/, state/ and i18n/ are shared building blocks: they import domain/ and each other only.',
      ),
    },
  },
  {
    files: ['src/pwa/**/*.ts'],
    rules: {
      // The page's glue shares two modules with the worker: the badge, and the tag and interval
      // of the background check it registers for the worker. Neither uses a worker global.
      'no-restricted-imports': onlyLayers(
        ['pwa', 'state', 'db', 'domain'],
        'pwa/ is page glue: it imports state/, db/, domain/ and the modules it shares with sw/ only.',
        ['sw/app-badge', 'sw/due-check-schedule'],
      ),
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Go through the repository functions of db/.' }],
          patterns: [
            { group: ['../*'], message: 'Import across folders through "@/…".' },
            NOT_TESTING,
            {
              group: ['@/features/*', '@/app/*', '@/sw/*'],
              message:
                'A feature imports domain/, db/, state/, ui/, i18n/ and pwa/ only, never another feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Go through the repository functions of db/.' }],
          patterns: [
            { group: ['../*'], message: 'Import across folders through "@/…".' },
            NOT_TESTING,
            { group: ['@/sw/*'], message: 'The page never imports the worker.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and their fixtures may import any layer and testing/, across folders through "@/…".
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.fixture.ts', 'src/testing/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Import across folders through "@/…".' }] },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.mjs', '*.config.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The WebKit suite runs in Node and hands functions to the page.
    files: ['webkit/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Measurements and scripts report on the console.
    files: ['e2e/**/*.bench.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
