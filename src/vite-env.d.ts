/** Injected by Vite's `define`: the version from package.json. */
declare const __APP_VERSION__: string;
