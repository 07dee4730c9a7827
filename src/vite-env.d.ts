/** Injected by Vite's `define`: the version from package.json. */
declare const __APP_VERSION__: string;

/** Injected by Vite's `define`: DATABASE_NAME from db/database-name.ts, for the early script. */
declare const __DATABASE_NAME__: string;
