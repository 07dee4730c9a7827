// Opening the database, and hearing when another tab upgrades its schema.
import { db } from './database';

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
