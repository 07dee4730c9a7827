// Generates every PNG icon and the favicon from public/favicon.svg (`npm run icons`);
// the generated files are committed.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: {
      ...minimal2023Preset.maskable,
      padding: 0.2,
      resizeOptions: { background: '#0f766e' },
    },
    apple: { ...minimal2023Preset.apple, padding: 0.2, resizeOptions: { background: '#0f766e' } },
  },
  images: ['public/favicon.svg'],
});
