/** The name of the app's IndexedDB database and its schema's version, in a module of their own so
 * that start-up can read the database before Dexie is even loaded (see read-early.ts). */
export const DATABASE_NAME = 'topup';

/** The latest `version(n)` of database.ts; a test holds the two together. */
export const SCHEMA_VERSION = 3;

/** The version IndexedDB itself records: Dexie opens version n as n × 10. */
export const STORED_VERSION = SCHEMA_VERSION * 10;
