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
  shortcuts: [
    {
      name: 'Log top-up',
      short_name: 'Log top-up',
      url: '/log',
      icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Add plan',
      short_name: 'Add plan',
      url: '/plans/new',
      icons: [{ src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  // Pictures of the real app (`npm run screenshots`), for the richer install dialog.
  screenshots: [
    {
      src: 'screenshots/narrow.png',
      sizes: '720x1520',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Plans, the most urgent first',
    },
    {
      src: 'screenshots/wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'A plan with its due date and receipts',
    },
  ],
  // Receipts shared from another app (a screenshot, a PDF, an SMS) land in the service worker,
  // which keeps them and opens "Log this receipt".
  share_target: {
    action: '/share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: {
      title: 'title',
      text: 'text',
      url: 'url',
      files: [
        {
          name: 'receipt',
          accept: [
            'image/jpeg',
            'image/png',
            'image/webp',
            'application/pdf',
            '.jpg',
            '.jpeg',
            '.png',
            '.webp',
            '.pdf',
          ],
        },
      ],
    },
  },
} satisfies Partial<ManifestOptions>;
