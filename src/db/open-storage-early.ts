// On a cold start the browser needs 60–250 ms to bring the app's database in from disk, and Dexie
// cannot ask for it early: its open() takes its first step in a later microtask, which comes only
// after the whole bundle has been evaluated and the start-up code has run. Opening the database
// with the bare API from a small script that runs before the bundle lets the browser do that
// reading while the bundle is fetched and evaluated. The connection is closed as soon as it opens;
// the browser keeps the database in memory for a moment after its last connection closes, so
// Dexie's own open a few hundred milliseconds later finds it ready.
//
// This module imports nothing, so that its script stays one small file of its own.

/**
 * Starts bringing the database `name` in from disk. On a first visit there is no database yet:
 * the upgrade that opening would start is aborted, so nothing is created here and Dexie creates
 * the schema as always. Failures are left for Dexie's open to meet and report.
 */
export function openStorageEarly(
  name: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): void {
  if (!factory) return;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name);
  } catch {
    return;
  }
  request.onupgradeneeded = () => {
    request.transaction?.abort();
  };
  request.onsuccess = () => {
    request.result.close();
  };
  request.onerror = (event) => {
    // The aborted first-visit upgrade, or storage refused: neither is this page's to report.
    event.preventDefault();
  };
}
