// Builds the service worker's on-demand half (src/sw/on-demand.ts) into a classic script of its
// own, next to sw.js, and tells the worker its name (__WORKER_ON_DEMAND_URL__). A plugin of the
// worker's build (vite-plugin-pwa's injectManifest.buildPlugins), which it inherits its aliases
// and defines from. The name carries a hash of the content: the worker's own bytes change with
// it, so that the browser installs a new worker, which imports the new script.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('../src/sw/on-demand.ts', import.meta.url));

export function workerOnDemandScript(): Plugin {
  let fileName = '';
  let source = '';
  return {
    name: 'topup:worker-on-demand-script',
    async config(config) {
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        mode: config.mode,
        publicDir: false,
        resolve: config.resolve,
        define: config.define,
        build: {
          write: false,
          minify: true,
          lib: { entry: ENTRY, formats: ['iife'], name: 'topupWorkerOnDemand' },
        },
      });
      const results = Array.isArray(output) ? output : [output];
      const chunk = results
        .flatMap((result) => ('output' in result ? result.output : []))
        .find((file) => file.type === 'chunk');
      if (chunk?.type !== 'chunk') throw new Error("The worker's on-demand script was not built");
      source = chunk.code;
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      fileName = `sw-on-demand-${hash}.js`;
      return { define: { __WORKER_ON_DEMAND_URL__: JSON.stringify(`/${fileName}`) } };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
