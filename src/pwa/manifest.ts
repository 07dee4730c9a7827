// The web app manifest, kept in one typed place; vite-plugin-pwa writes it to manifest.webmanifest.
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0f766e';
export const BACKGROUND_COLOR = '#f6f7f9';

export const manifest = {
  id: '/',
  name: 'Topup',
  short_name: 'Topup',
  description:
    'Keep every phone number alive: due dates, top-up receipts and reminders, all on your device.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  lang: 'en',
  dir: 'ltr',
  categories: ['finance', 'productivity', 'utilities'],
  icons: [
    { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>;
