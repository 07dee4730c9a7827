/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATABASE_NAME, STORED_VERSION } from './src/db/database-identity.ts';
import { CONTENT_SECURITY_POLICY } from './src/sw/content-security-policy.ts';
import { REMEMBERED_TEXTS_KEY } from './src/ui/remembered-texts-key.ts';
import { manifest } from './src/pwa/manifest.ts';

/**
 * Builds src/app/start-early.ts as a script of its own and loads it from the head of index.html,
 * ahead of the app's bundle: it starts reading the database while the bundle is still being
 * fetched and evaluated. It is a classic async script, run as soon as it arrives
 * (a module script would wait for the bundle's modules), so it must import nothing of the bundle's.
 */
/** The early script and the module it is made of, kept out of the bundle's chunks. */
const EARLY_SCRIPT_MODULES = /[\\/](start-early|read-early)\.ts$/;

const earlyScript: Plugin = {
  name: 'topup:early-script',
  apply: 'build',
  buildStart() {
    this.emitFile({
      type: 'chunk',
      id: fileURLToPath(new URL('./src/app/start-early.ts', import.meta.url)),
      name: 'start-early',
    });
  },
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle }) {
      const chunk = Object.values(bundle ?? {}).find(
        (file) => file.type === 'chunk' && file.name === 'start-early',
      );
      if (chunk?.type !== 'chunk') throw new Error('The start-early script was not built');
      if (chunk.imports.length || chunk.exports.length) {
        throw new Error(`start-early must stand alone; it imports ${chunk.imports.join()}`);
      }
      // First in the head, so that it is also the first file requested.
      return [
        {
          tag: 'script',
          attrs: { async: true, src: `/${chunk.fileName}` },
          injectTo: 'head-prepend',
        },
      ];
    },
  },
};

/**
 * Fails the build when Dexie ends up in the entry chunk: the first view renders from the early
 * script's rows, and Dexie loads after it (see src/db/load-connection.ts). One static import of
 * the database from the first view's modules would put it back on every start's path.
 */
const firstViewWithoutDexie: Plugin = {
  name: 'topup:first-view-without-dexie',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' || !file.isEntry) continue;
      const dexie = Object.keys(file.modules).find((id) =>
        /[\\/]node_modules[\\/]dexie[\\/]/.test(id),
      );
      if (dexie) this.error(`Dexie is in the entry chunk ${file.fileName} (${dexie})`);
    }
  },
};

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    __DATABASE_NAME__: JSON.stringify(DATABASE_NAME),
    __STORED_VERSION__: JSON.stringify(STORED_VERSION),
    __REMEMBERED_TEXTS_KEY__: JSON.stringify(REMEMBERED_TEXTS_KEY),
  },
  build: {
    // Everything the first view imports goes into the entry chunk, so that a start loads one
    // script through the service worker rather than one per shared module. The early script
    // (see earlyScript above) stays out: it must stand alone.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'first-view',
              tags: ['$initial'],
              test: (id: string) => !EARLY_SCRIPT_MODULES.test(id),
            },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    earlyScript,
    firstViewWithoutDexie,
    VitePWA({
      strategies: 'injectManifest',
      registerType: 'prompt',
      injectRegister: false,
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest,
      includeAssets: ['favicon.ico', 'apple-touch-icon-180x180.png', 'robots.txt'],
      injectManifest: {
        // The plugin adds the manifest, icons and includeAssets itself.
        globPatterns: ['**/*.{js,css,html}'],
        // A classic script: service workers as modules are not supported everywhere yet.
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The dev server gets no policy: its React refresh needs an inline script.
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // IndexedDB for the db tests, installed before Dexie is first imported.
    setupFiles: ['fake-indexeddb/auto'],
  },
});
