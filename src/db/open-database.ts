// Start-up's door to the database: open it (creating or upgrading it), and hear when another tab
// upgrades it.
import { db } from './database';

/**
 * Opens the database; rejects when IndexedDB is missing, blocked or denied. When another tab
 * later opens a newer schema, Dexie closes this connection so that the upgrade is not blocked,
 * and `onUpgradedElsewhere` tells the person to reload.
 */
export async function openDatabase(onUpgradedElsewhere: () => void): Promise<void> {
  db.on('versionchange', () => {
    onUpgradedElsewhere();
  });
  await db.open();
}
