/** The name of the app's IndexedDB database. */
export const DATABASE_NAME = 'topup';

/** The latest `version(n)` of database.ts; a test holds the two together. */
export const SCHEMA_VERSION = 3;
