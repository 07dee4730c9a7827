// What the benchmarks (`npm run bench`) share: where the app and the baseline are served, a large
// realistic data set written straight into IndexedDB, and timers that run inside the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The app's production build (dist) and the baseline page (dist/baseline), each on its own origin. */
export const BENCH_APP_PORT = 4177;
export const BENCH_BASELINE_PORT = 4178;
export const BENCH_APP_URL = `http://127.0.0.1:${BENCH_APP_PORT}`;
export const BENCH_BASELINE_URL = `http://127.0.0.1:${BENCH_BASELINE_PORT}`;

/** The mark the Plans view sets once its lines are on screen, and the baseline's equivalent. */
export const APP_READY_MARK = 'topup:plans-ready';
export const BASELINE_READY_MARK = 'baseline:ready';

/** Ten years of a heavy user: 100 lines, 20,000 top-ups, 300 receipt files (100 MB). */
export const AT_SCALE: ScaleSpec = {
  lines: 100,
  topUps: 20_000,
  attachments: 300,
  attachmentBytes: 333_334,
};

export interface ScaleSpec {
  lines: number;
  topUps: number;
  attachments: number;
  attachmentBytes: number;
}

/** The names of the origin's databases; asking creates none. */
export function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map(({ name }) => name ?? ''));
}

/**
 * Resolves once the app has created its database with its schema (start-up opens it before the
 * first view renders): a bare open before then would create an empty one instead.
 */
export async function appDatabaseCreated(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => databaseNames(page)).toContain('topup');
}

/** Fills the app's database, once the app has created it with its schema. */
export async function seedAtScale(page: Page, spec: ScaleSpec): Promise<void> {
  await appDatabaseCreated(page);
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
      planName: 'Unlimited',
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
    for (let i = 0; i < attachments && topUps > 0; i++) {
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

export interface HeapPeak {
  /** The V8 heap in use, in bytes. */
  usedBytes: number;
  /** The V8 heap plus the ArrayBuffers and external strings it holds: what the page's JS keeps. */
  usedWithBuffersBytes: number;
  samples: number;
}

/**
 * Samples the page's JavaScript heap through the DevTools protocol every 50 ms until the returned
 * function is called, which resolves with the peak. ArrayBuffer contents live outside the V8 heap,
 * so the peak counts them too: a file held whole in memory shows there.
 */
export async function sampleHeap(page: Page): Promise<() => Promise<HeapPeak>> {
  const cdp = await page.context().newCDPSession(page);
  const peak: HeapPeak = { usedBytes: 0, usedWithBuffersBytes: 0, samples: 0 };
  let running = true;
  const sampling = (async () => {
    while (running) {
      const usage = await cdp.send('Runtime.getHeapUsage');
      peak.usedBytes = Math.max(peak.usedBytes, usage.usedSize);
      peak.usedWithBuffersBytes = Math.max(
        peak.usedWithBuffersBytes,
        usage.usedSize + usage.backingStorageSize,
      );
      peak.samples += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await sampling;
    await cdp.detach();
    return peak;
  };
}

/** What ends a timed interaction: an element shown, with a text or a changed text, another gone. */
export interface Probe {
  /** The user's action that starts the clock: the next click or key press anywhere in the page. */
  trigger: 'click' | 'keydown';
  selector: string;
  /** Text the element must contain. */
  text?: string;
  /** Text the element must no longer have. */
  textNot?: string;
  /** A selector that must match nothing. */
  absent?: string;
}

/**
 * Arms a timer in the page. It starts at the trigger event's own time stamp (when the browser got
 * the input) and stops at the first frame painted after the DOM shows what the probe waits for.
 * Read the result, in milliseconds, with `probeResult` after the action.
 */
export async function armProbe(page: Page, probe: Probe): Promise<void> {
  await page.evaluate((probe) => {
    const state = globalThis as unknown as { __probe?: Promise<number> };
    state.__probe = new Promise<number>((resolve) => {
      let start: number | undefined;
      const holds = () => {
        if (probe.absent && document.querySelector(probe.absent)) return false;
        return [...document.querySelectorAll(probe.selector)].some(
          (element) =>
            (probe.text === undefined || element.textContent.includes(probe.text)) &&
            (probe.textNot === undefined || element.textContent !== probe.textNot),
        );
      };
      const observer = new MutationObserver(() => {
        if (start === undefined || !holds()) return;
        observer.disconnect();
        const from = start;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - from)));
      });
      document.addEventListener(
        probe.trigger,
        (event) => {
          start = event.timeStamp;
          observer.observe(document, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
        },
        { capture: true, once: true },
      );
    });
  }, probe);
}

export async function probeResult(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __probe: Promise<number> }).__probe);
}

/**
 * When a mark was set, in milliseconds since the navigation started; waits for it. A
 * PerformanceObserver in the page answers, rather than Playwright's waitForFunction, whose
 * polling script (tens of milliseconds to evaluate on a cold start) would run on the page's main
 * thread in the middle of the start it measures. Call it as soon as the navigation commits.
 */
export async function markTime(page: Page, mark: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(name, 'mark')[0];
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        });
        observer.observe({ type: 'mark', buffered: true });
      }),
    mark,
  );
}

/** Raw measurements of one bench spec, collected by scripts/bench.mjs into bench/results.json. */
export function writeRaw(name: string, data: unknown): void {
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync(`reports/bench/${name}.json`, JSON.stringify(data, null, 2));
}
