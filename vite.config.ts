/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/sw/content-security-policy.ts';
import { manifest } from './src/pwa/manifest.ts';
import { nextReleaseStandIn } from './e2e/next-release.ts';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  plugins: [
    react(),
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
    process.env.TOPUP_NEXT_RELEASE === 'on' ? nextReleaseStandIn() : null,
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
