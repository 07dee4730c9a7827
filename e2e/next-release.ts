// A new release of the app, as a test sees it: `/sw.js` with other bytes, served by `vite preview`
// to a browser context that carries the cookie below, so that one test can update its worker while
// the tests beside it keep the build as it is. Only the end-to-end suites' server has it.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const NEXT_RELEASE_COOKIE = 'topup-next-release';

export function nextReleaseStandIn(): Plugin {
  return {
    name: 'topup-next-release',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const asked = request.url === '/sw.js';
        if (!asked || !request.headers.cookie?.includes(`${NEXT_RELEASE_COOKIE}=1`)) return next();
        const worker = readFileSync('dist/sw.js', 'utf8');
        response.setHeader('Content-Type', 'text/javascript');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(`${worker}\n// the next release\n`);
      });
    },
  };
}
