// Opening the database, and hearing when another tab upgrades its schema.
import { db } from './database';

let opening: Promise<unknown> | undefined;

/** Begins opening the database without waiting; `openDatabase` then waits for this opening. */
export function startOpeningDatabase(): void {
  opening ??= db.open();
  // Whoever awaits `openDatabase` hears of a failure; this early start must not report it twice.
  opening.catch(() => undefined);
}

/** Opens the database; rejects when IndexedDB is missing, blocked or denied. */
export async function openDatabase(): Promise<void> {
  startOpeningDatabase();
  await opening;
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
