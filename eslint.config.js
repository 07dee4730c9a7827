// Lint rules, including the layer boundaries of the architecture: each layer may import only the
// layers below it, and features never import one another. Cross-folder imports go through the
// `@/` alias, so the rules can name layers by path.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = ['app', 'features', 'ui', 'state', 'i18n', 'pwa', 'db', 'domain', 'sw'];

/** A no-restricted-imports rule allowing `src/<layer>` to import only the listed layers. */
function onlyLayers(allowed, message) {
  const forbidden = LAYERS.filter((layer) => !allowed.includes(layer));
  const patterns = [{ group: ['../*'], message: 'Import across folders through "@/…".' }];
  if (forbidden.length) patterns.push({ group: forbidden.map((layer) => `@/${layer}/*`), message });
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
      'no-restricted-imports': onlyLayers(
        ['pwa', 'state', 'db', 'domain'],
        'pwa/ is page glue: it imports state/, db/ and domain/ only.',
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
            { group: ['@/sw/*'], message: 'The page never imports the worker.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.mjs', '*.config.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Measurements and scripts report on the console.
    files: ['e2e/**/*.bench.ts', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
