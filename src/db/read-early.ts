// On a cold start the browser needs 60–250 ms to bring the app's database in from disk, and the
// first view needs only two of its tables. The page's first script reads them with the bare API
// while the bundle is still on its way, so that the first view renders from its rows without
// waiting for Dexie, which is loaded after the first render (see load-connection.ts).
//
// This module imports nothing, so that the early script stays one small file of its own; the
// bundle shares only its types.

export type EarlyRead<Store extends string> =
  /** No database yet: a first visit, which Dexie will create the database for. */
  | { found: 'none' }
  /** The rows of each table asked for. */
  | { found: 'rows'; rows: Record<Store, unknown[]> }
  /** A database of another schema version, or storage that failed: for Dexie to meet. */
  | { found: 'other' };

declare global {
  /**
   * The early script's read of the tables the first view shows (app/start-early.ts), which
   * start-up takes from here; missing when the bundle ran first.
   */
  var topupEarlyRead: Promise<EarlyRead<'lines' | 'settings'>> | undefined;
}

/**
 * Reads every row of `stores` from the database `name` when it is at `version`, in one read-only
 * transaction. Never creates the database (the upgrade a first visit would start is aborted),
 * never rejects, and closes its connection at once, so that it stands in the way of no upgrade.
 */
export function readEarly<Store extends string>(
  name: string,
  version: number,
  stores: readonly Store[],
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<EarlyRead<Store>> {
  return new Promise((resolve) => {
    const other = () => {
      resolve({ found: 'other' });
    };
    if (!factory) {
      other();
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      other();
      return;
    }
    request.onupgradeneeded = () => {
      resolve({ found: 'none' });
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      // The aborted first-visit upgrade, or storage refused: Dexie's open meets and reports it.
      event.preventDefault();
      other();
    };
    request.onsuccess = () => {
      const database = request.result;
      try {
        if (database.version !== version) {
          other();
          return;
        }
        const transaction = database.transaction(stores, 'readonly');
        const rows = {} as Record<Store, unknown[]>;
        for (const store of stores) {
          const getAll = transaction.objectStore(store).getAll();
          getAll.onsuccess = () => {
            rows[store] = getAll.result;
          };
        }
        transaction.oncomplete = () => {
          resolve({ found: 'rows', rows });
        };
        transaction.onabort = other;
      } catch {
        other();
      } finally {
        // Closes once the transaction is done.
        database.close();
      }
    };
  });
}
