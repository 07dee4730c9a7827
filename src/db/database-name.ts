/** The name of the app's IndexedDB database, in a module of its own so that the start-up code
 * can name it before Dexie is even evaluated (see open-storage-early.ts). */
export const DATABASE_NAME = 'topup';
