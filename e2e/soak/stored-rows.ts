// Reads the app's database directly, beside the app, in one read-only transaction: what is really
// stored, whatever the views show.
import type { Page } from '@playwright/test';
import type { ModelLine, ModelTopUp } from './model';

export interface StoredAttachment {
  id: string;
  topUpId: string;
  name: string;
  type: string;
  size: number;
  /** The size of the bytes really kept. */
  blobSize: number;
  updatedAt: number;
}

/** Rows as stored; the fields the soak does not model come along and are ignored. */
export interface StoredRows {
  lines: ModelLine[];
  topUps: ModelTopUp[];
  attachments: StoredAttachment[];
}

export function readStoredRows(page: Page): Promise<StoredRows> {
  return page.evaluate(async () => {
    // One connection per page load, kept between checks; the app never changes the schema here.
    const holder = globalThis as typeof globalThis & { soakConnection?: Promise<IDBDatabase> };
    holder.soakConnection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('topup');
      // The app creates the database; opening must never create or upgrade it.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      request.onsuccess = () => resolve(request.result);
    });
    const db = await holder.soakConnection;
    return new Promise<StoredRows>((resolve, reject) => {
      const transaction = db.transaction(['lines', 'topUps', 'attachments'], 'readonly');
      const all = (name: string) => transaction.objectStore(name).getAll();
      const lines = all('lines');
      const topUps = all('topUps');
      const attachments = all('attachments');
      transaction.oncomplete = () =>
        resolve({
          lines: lines.result as ModelLine[],
          topUps: topUps.result as ModelTopUp[],
          attachments: (
            attachments.result as (Omit<StoredAttachment, 'blobSize'> & { blob: Blob })[]
          ).map(({ blob, id, topUpId, name, type, size, updatedAt }) => ({
            id,
            topUpId,
            name,
            type,
            size,
            blobSize: blob.size,
            updatedAt,
          })),
        });
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('reading the database failed'));
    });
  });
}
