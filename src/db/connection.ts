// Dexie's side of start-up and of the shared live reads: opening the database, hearing when
// another tab upgrades its schema, following a query. Loaded after the first render, through
// load-connection.ts.
import { liveQuery, type Subscription } from 'dexie';
import { db, type TopupDatabase } from './database';

/** Opens the database; rejects when IndexedDB is missing, blocked or denied. */
export async function openDatabase(): Promise<void> {
  await db.open();
}

/**
 * Calls `onUpgraded` when another tab opens a newer schema. Dexie then closes this connection so
 * that the upgrade is not blocked; the page must reload before it can use the database again.
 */
export function onUpgradedElsewhere(onUpgraded: () => void): void {
  db.on('versionchange', () => {
    onUpgraded();
  });
}

/** Runs `query` now and again after every change to what it read, in any tab or the worker. */
export function followQuery<T>(
  query: (database: TopupDatabase) => Promise<T>,
  observer: { next: (value: T) => void; error: (error: unknown) => void },
): Subscription {
  return liveQuery(() => query(db)).subscribe(observer);
}
