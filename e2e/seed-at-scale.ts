// Fills the app's database, through IndexedDB itself, with a large realistic data set: lines,
// top-ups spread over the years, and receipt files of random (incompressible) bytes.
import type { Page } from '@playwright/test';

export interface ScaleSpec {
  lines: number;
  topUps: number;
  attachments: number;
  attachmentBytes: number;
}

export async function seedAtScale(page: Page, spec: ScaleSpec): Promise<void> {
  await page.evaluate(async ({ lines, topUps, attachments, attachmentBytes }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('topup');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const write = (store: string, rows: unknown[]) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const objects = tx.objectStore(store);
        for (const row of rows) objects.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    const iso = (day: number) =>
      new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const now = Date.UTC(2027, 0, 1);
    const lineRows = Array.from({ length: lines }, (_, i) => ({
      id: `line-${i}`,
      name: `Line ${i}`,
      carrier: 'Mint Mobile',
      phone: `+1 415 555 ${String(1000 + i)}`,
      plan: 'Unlimited',
      price: { minor: 1500, currency: 'USD' },
      billing: 'prepaid',
      autopay: false,
      rule: { kind: 'monthly', every: 1, anchorDay: 15 },
      nextDue: '2027-02-15',
      leadDays: [3, 1, 0],
      graceDays: 10,
      notes: '',
      archived: false,
      createdAt: now,
      updatedAt: now,
    }));
    await write('lines', lineRows);
    for (let start = 0; start < topUps; start += 2000) {
      const rows = [];
      for (let i = start; i < Math.min(topUps, start + 2000); i++) {
        rows.push({
          id: `top-up-${i}`,
          lineId: `line-${i % lines}`,
          paidOn: iso(Math.floor((i / topUps) * 6000)),
          amount: { minor: 1000 + (i % 50) * 10, currency: 'USD' },
          periods: 1,
          channel: 'website',
          method: 'card',
          confirmation: `CONF-${i}`,
          note: i % 7 === 0 ? 'paid from abroad' : '',
          dueBefore: iso(Math.floor((i / topUps) * 6000)),
          dueAfter: iso(Math.floor((i / topUps) * 6000) + 30),
          createdAt: now + i,
          updatedAt: now + i,
        });
      }
      await write('topUps', rows);
    }
    for (let i = 0; i < attachments; i++) {
      const bytes = new Uint8Array(attachmentBytes);
      for (let offset = 0; offset < bytes.length; offset += 65_536) {
        crypto.getRandomValues(bytes.subarray(offset, Math.min(bytes.length, offset + 65_536)));
      }
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      await write('attachments', [
        {
          id: `attachment-${i}`,
          topUpId: `top-up-${(i * 97) % topUps}`,
          name: `receipt-${i}.jpg`,
          type: 'image/jpeg',
          size: bytes.length,
          blob: new Blob([bytes], { type: 'image/jpeg' }),
          createdAt: now,
          updatedAt: now,
        },
      ]);
    }
    db.close();
  }, spec);
}

/** Records the longest main-thread task from now on; read it with `longestTask`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = globalThis as unknown as { __longest: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.__longest = Math.max(state.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __longest: number }).__longest);
}
