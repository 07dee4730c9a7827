/** Injected by Vite's `define`: the version from package.json. */
declare const __APP_VERSION__: string;

/** Injected by Vite's `define` from db/database-identity.ts, for the early script. */
declare const __DATABASE_NAME__: string;
declare const __STORED_VERSION__: number;

/** Injected by Vite's `define` from ui/remembered-texts-key.ts, for the early script. */
declare const __REMEMBERED_TEXTS_KEY__: string;
