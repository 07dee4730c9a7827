// The minor digits a backup states, from export to import: the same as the app's, other and
// convertible exactly, not convertible (refused, nothing written), and a backup of format 1 that
// states none.
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runtimeMinorDigits } from '@/domain/money-digits';
import { LIMITS } from '@/domain/limits';
import { exportBackup } from './backup-export';
import type { BackupError } from './backup-format';
import { applyBackup, readBackup } from './backup-import';
import { backupZip, dumpDatabase, seedEverything, validManifest } from '@/testing/backup-fixtures';
import { db } from '@/db/database';
import { createLine } from '@/db/lines';
import { lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from '@/db/top-ups';

beforeEach(resetDatabase);

type Version1 = ReturnType<typeof validManifest>;
type Manifest = Omit<Version1, 'tables'> & {
  formatVersion: number;
  minorDigits?: Record<string, unknown>;
  tables: Version1['tables'] & { uses?: unknown[] };
};

/** The hand-made manifest with its line's price and its top-up's amount in `currency`. */
function manifestIn(
  currency: string,
  price: number,
  paid: number,
  minorDigits: Record<string, unknown> | undefined,
): Manifest {
  const manifest: Manifest = validManifest();
  const [line] = manifest.tables.lines;
  const [topUp] = manifest.tables.topUps;
  if (!line || !topUp) throw new Error('The valid manifest has a line and a top-up');
  line.price = { minor: price, currency };
  topUp.amount = { minor: paid, currency };
  if (minorDigits === undefined) return manifest;
  return {
    ...manifest,
    formatVersion: 3,
    minorDigits,
    tables: { ...manifest.tables, uses: [] },
  };
}

async function amountsRead(manifest: Manifest) {
  const result = await readBackup(new Blob([backupZip(manifest)]));
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.error)}`);
  return {
    price: result.backup.lines[0]?.price,
    paid: result.backup.topUps[0]?.amount,
  };
}

/** Reads `manifest` against a seeded database: refused with `error`, and nothing changed. */
async function expectRefused(manifest: Manifest, error: BackupError) {
  await seedEverything(5_000);
  const before = await dumpDatabase();
  expect(await readBackup(new Blob([backupZip(manifest)]))).toEqual({ ok: false, error });
  expect(await dumpDatabase()).toEqual(before);
}

describe('a backup states its minor digits', () => {
  it('for each currency of an amount in it, and no other', async () => {
    const line = await createLine(lineInput({ price: { minor: 150_000, currency: 'HUF' } }));
    await logTopUp(line, topUpInput({ amount: { minor: 5_000_000, currency: 'IDR' } }), []);
    await db.settings.put({ key: 'defaultCurrency', value: 'EUR', createdAt: 1, updatedAt: 1 });
    const zip = unzipSync(new Uint8Array(await (await exportBackup()).arrayBuffer()));
    const manifest: unknown = JSON.parse(strFromU8(zip['topup.json'] ?? new Uint8Array()));
    expect(manifest).toMatchObject({ formatVersion: 3, minorDigits: { HUF: 2, IDR: 2 } });
    expect(Object.keys((manifest as { minorDigits: object }).minorDigits)).toEqual(['HUF', 'IDR']);
  });

  it('and a backup with the same digits as the app is restored as it was', async () => {
    const line = await createLine(lineInput({ price: { minor: 150_000, currency: 'HUF' } }));
    await logTopUp(line, topUpInput({ amount: { minor: 5_000_050, currency: 'IDR' } }), []);
    const before = await dumpDatabase();
    const file = await exportBackup();
    await resetDatabase();
    const result = await readBackup(file);
    if (!result.ok) throw new Error(result.error.kind);
    await applyBackup(result.backup, 'replace');
    expect((await dumpDatabase()).lines).toEqual(before.lines);
    expect((await dumpDatabase()).topUps).toEqual(before.topUps);
  });
});

describe('a backup whose digits differ from the app', () => {
  it('has its amounts multiplied when it counts fewer digits: HUF 1,500 stays HUF 1,500', async () => {
    expect(await amountsRead(manifestIn('HUF', 1500, 25, { HUF: 0 }))).toEqual({
      price: { minor: 150_000, currency: 'HUF' },
      paid: { minor: 2500, currency: 'HUF' },
    });
  });

  it('has its amounts divided when it counts more digits and every one divides', async () => {
    expect(await amountsRead(manifestIn('USD', 15_000, 20, { USD: 3 }))).toEqual({
      price: { minor: 1500, currency: 'USD' },
      paid: { minor: 2, currency: 'USD' },
    });
  });

  it('is refused, with nothing written, when an amount holds a fraction of the app’s unit', async () => {
    await expectRefused(manifestIn('USD', 15_000, 15_005, { USD: 3 }), {
      kind: 'minor-digits',
      currency: 'USD',
      digits: 3,
      ours: 2,
    });
  });

  it('is refused, with nothing written, when an amount would pass the largest the app keeps', async () => {
    await expectRefused(manifestIn('HUF', LIMITS.amountMax, 1, { HUF: 0 }), {
      kind: 'minor-digits',
      currency: 'HUF',
      digits: 0,
      ours: 2,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['leaves out a currency of its amounts', {}, 'minorDigits.USD'],
    ['names a currency it holds no amount in', { USD: 2, EUR: 2 }, 'minorDigits.EUR'],
    ['gives a fraction of a digit', { USD: 1.5 }, 'minorDigits.USD'],
    ['gives digits below zero', { USD: -1 }, 'minorDigits.USD'],
    ['gives more digits than any currency has', { USD: 10 }, 'minorDigits.USD'],
    ['gives digits as text', { USD: '2' }, 'minorDigits.USD'],
    [
      'holds a __proto__ key',
      JSON.parse('{"USD": 2, "__proto__": {"USD": 0}}'),
      'minorDigits.__proto__',
    ],
  ])('is refused as invalid when its statement %s', async (_case, stated, path) => {
    await expectRefused(manifestIn('USD', 1500, 1500, stated), { kind: 'invalid-data', path });
  });
});

describe('a backup of format 1, which states no digits', () => {
  it("is read with this browser's Intl digits, as the database upgrade reads stored rows", async () => {
    // Node's ICU data, like Chromium's, counts no digits for HUF and IDR; ISO 4217 counts two.
    expect(runtimeMinorDigits('HUF')).toBe(0);
    expect(runtimeMinorDigits('IDR')).toBe(0);
    const manifest = manifestIn('HUF', 1500, 1500, undefined);
    expect(manifest.formatVersion).toBe(1);
    const [topUp] = manifest.tables.topUps;
    if (topUp) topUp.amount = { minor: 50_000, currency: 'IDR' };
    expect(await amountsRead(manifest)).toEqual({
      price: { minor: 150_000, currency: 'HUF' },
      paid: { minor: 5_000_000, currency: 'IDR' },
    });
    expect(await amountsRead(manifestIn('USD', 1500, 1, undefined))).toEqual({
      price: { minor: 1500, currency: 'USD' },
      paid: { minor: 1, currency: 'USD' },
    });
  });

  it('is refused, with nothing written, when the browser counted finer than ISO and an amount has a fraction', async () => {
    const RealNumberFormat = Intl.NumberFormat;
    const numberFormat = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      this: unknown,
      ...args
    ) {
      const format = new RealNumberFormat(...args);
      if (args[1]?.currency !== 'USD') return format;
      const options = format.resolvedOptions();
      format.resolvedOptions = () => ({ ...options, maximumFractionDigits: 3 });
      return format;
    });
    try {
      await expectRefused(manifestIn('USD', 15_000, 15_005, undefined), {
        kind: 'minor-digits',
        currency: 'USD',
        digits: 3,
        ours: 2,
      });
    } finally {
      numberFormat.mockRestore();
    }
  });
});
