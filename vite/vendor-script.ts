// React, ReactDOM and Dexie as a classic script of their own, run ahead of the app's module
// bundle, which takes them from it.
//
// Why: on every start after the first, Chromium gives a classic script the service worker
// precached at install a compiled copy (a V8 code cache), and a module script none; the app's
// single module bundle spent ~160 ms of each cold start being compiled again before it could
// run. These three libraries are four fifths of that bundle and change only with an upgrade.
//
// How: the libraries are built into one IIFE that puts their module namespaces on a global; in
// the app's build every import of them resolves to a small module that reads its bindings from
// there, so the app, its lazy chunks and the other libraries (wouter, zustand, dexie-react-hooks,
// react-virtual) share the one React and the one Dexie. Build only: the dev server and the unit
// tests import the packages as they are.
import { createHash } from 'node:crypto';
import { build, type Plugin } from 'vite';

/** The packages (and entry points) the vendor script carries. */
const VENDORED = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', 'dexie'];
const GLOBAL = '__topupVendor';
const SHIM_PREFIX = '\0vendor-shim:';
const VENDOR_ENTRY = '\0vendor-entry';

/** The export names of a package as Node sees them (every name its interface declares). */
async function exportNames(id: string): Promise<string[]> {
  const namespace = (await import(id)) as Record<string, unknown>;
  return Object.keys(namespace).filter(
    (name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name),
  );
}

function vendorEntrySource(): string {
  const imports = VENDORED.map((id, index) => `import * as m${index} from ${JSON.stringify(id)};`);
  const entries = VENDORED.map((id, index) => `${JSON.stringify(id)}: m${index}`);
  return `${imports.join('\n')}\nglobalThis.${GLOBAL} = Object.freeze({ ${entries.join(', ')} });\n`;
}

/** Builds the vendor IIFE: minified, production React, one file. */
async function buildVendorScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      {
        name: 'topup:vendor-entry',
        resolveId: (id) => (id === VENDOR_ENTRY ? id : null),
        load: (id) => (id === VENDOR_ENTRY ? vendorEntrySource() : null),
      },
    ],
    build: {
      write: false,
      copyPublicDir: false,
      minify: true,
      rolldownOptions: { input: VENDOR_ENTRY, output: { format: 'iife' } },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((result) => ('output' in result ? result.output : []));
  const chunk = chunks.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('The vendor script was not built');
  return chunk.code;
}

export function vendorScript(): Plugin {
  let fileName = '';
  const names = new Map<string, string[]>();
  return {
    name: 'topup:vendor-script',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      for (const id of VENDORED) names.set(id, await exportNames(id));
      const source = await buildVendorScript();
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      fileName = `assets/vendor-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    resolveId(id) {
      return VENDORED.includes(id) ? SHIM_PREFIX + id : null;
    },
    load(id) {
      if (!id.startsWith(SHIM_PREFIX)) return null;
      const target = id.slice(SHIM_PREFIX.length);
      const bindings = (names.get(target) ?? []).map((name) => `export const ${name} = m.${name};`);
      return [
        `const m = globalThis.${GLOBAL}[${JSON.stringify(target)}];`,
        'export default m.default;',
        ...bindings,
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      // Deferred, so it runs before the module bundle (both run in document order once the page
      // is parsed); first in the head and of high priority (a deferred script's default is low),
      // so that it is asked for before the bundle, and as urgently.
      handler: () => [
        {
          tag: 'script',
          attrs: { defer: true, fetchpriority: 'high', src: `/${fileName}` },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
