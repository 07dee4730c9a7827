// Each schema version opens the data of the version before it without losing a row.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { runtimeMinorDigits } from '@/domain/money-digits';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, TopupDatabase } from './database';
import type { LineRow, TopUpRow } from './rows';
import { date, lineInput, topUpInput } from '@/testing/db-fixtures';

describe('migration from version 1 (settings only) to version 2', () => {
  it('keeps every settings row and opens the new tables empty and usable', async () => {
    const name = 'topup-migration-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const seeded = [
      { key: 'language', value: 'zh-Hant', createdAt: 1, updatedAt: 2 },
      { key: 'theme', value: 'dark', createdAt: 3, updatedAt: 4 },
    ];
    await v1.table('settings').bulkAdd(seeded);
    v1.close();

    const v2 = new TopupDatabase(name);
    await v2.open();
    expect(await v2.settings.orderBy('key').toArray()).toEqual(seeded);
    expect(await v2.lines.count()).toBe(0);
    expect(await v2.topUps.where('[lineId+paidOn]').between(['a', ''], ['z', '']).count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});

function lineRow(id: string, minor: number, currency: string, notes = ''): LineRow {
  return {
    ...lineInput({ price: { minor, currency }, notes }),
    id,
    archived: false,
    createdAt: 1,
    updatedAt: 2,
  };
}

function topUpRow(id: string, lineId: string, minor: number, currency: string): TopUpRow {
  return {
    ...topUpInput({ amount: { minor, currency }, note: 'paid at the kiosk' }),
    id,
    lineId,
    dueBefore: date('2027-01-31'),
    dueAfter: date('2027-02-28'),
    createdAt: 3,
    updatedAt: 4,
  };
}

/** A line as versions before 4 stored it, its plan's name in `plan`. */
function storedBefore4({ planName, ...rest }: LineRow) {
  return { ...rest, plan: planName };
}

/** A version 2 database of `name` holding `lines` and `topUps`, closed. */
async function seedVersion2(name: string, lines: LineRow[], topUps: TopUpRow[]) {
  const v2 = new Dexie(name);
  v2.version(2).stores(SCHEMA_V2);
  await v2.table('lines').bulkAdd(lines.map(storedBefore4));
  await v2.table('topUps').bulkAdd(topUps);
  v2.close();
}

describe('migration from version 2 to version 3 (amounts in ISO 4217 digits)', () => {
  it("rewrites HUF and IDR amounts, stored with the browser's none, in ISO's two", async () => {
    // The rows were stored with this runtime's digits, which for these two are Chromium's: none.
    expect(runtimeMinorDigits('HUF')).toBe(0);
    expect(runtimeMinorDigits('IDR')).toBe(0);
    const name = 'topup-migration-v2';
    const huf = lineRow('huf', 1500, 'HUF', 'Budapest SIM');
    const usd = lineRow('usd', 1500, 'USD');
    const jpy = lineRow('jpy', 3000, 'JPY');
    const idrTopUp = topUpRow('idr', 'huf', 50_000, 'IDR');
    const hufTopUp = topUpRow('huf-paid', 'huf', 1500, 'HUF');
    const usdTopUp = topUpRow('usd-paid', 'usd', 1500, 'USD');
    await seedVersion2(name, [huf, usd, jpy], [idrTopUp, hufTopUp, usdTopUp]);

    const v3 = new TopupDatabase(name);
    await v3.open();
    expect(v3.verno).toBe(4);
    // HUF 1,500 and IDR 50,000 still, now as 150000 and 5000000 hundredths; nothing else changes.
    expect(await v3.lines.orderBy('id').toArray()).toEqual([
      { ...huf, price: { minor: 150_000, currency: 'HUF' } },
      jpy,
      usd,
    ]);
    expect(await v3.topUps.orderBy('id').toArray()).toEqual([
      { ...hufTopUp, amount: { minor: 150_000, currency: 'HUF' } },
      { ...idrTopUp, amount: { minor: 5_000_000, currency: 'IDR' } },
      usdTopUp,
    ]);
    v3.close();
    await Dexie.delete(name);
  });

  it('rounds an amount the browser counted finer than ISO, and keeps the exact one in the note', async () => {
    // A browser whose data counts three digits for USD: 15.005 has no exact amount in cents.
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
    const name = 'topup-migration-v2-finer';
    try {
      await seedVersion2(
        name,
        [lineRow('usd', 15_005, 'USD', 'Mint')],
        [topUpRow('usd-paid', 'usd', 15_000, 'USD')],
      );
      const v3 = new TopupDatabase(name);
      await v3.open();
      expect(await v3.lines.get('usd')).toMatchObject({
        price: { minor: 1501, currency: 'USD' },
        notes: '15.005 USD → 15.01 USD (ISO 4217)\nMint',
      });
      expect(await v3.topUps.get('usd-paid')).toMatchObject({
        amount: { minor: 1500, currency: 'USD' },
        note: 'paid at the kiosk',
      });
      v3.close();
    } finally {
      numberFormat.mockRestore();
      await Dexie.delete(name);
    }
  });
});

describe('migration from version 3 to version 4 (planName)', () => {
  it("renames every line's `plan` to `planName` and changes nothing else", async () => {
    const name = 'topup-migration-v3';
    const line = lineRow('mint', 1500, 'USD', 'kept alive from abroad');
    const stored = storedBefore4(line);
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('lines').bulkAdd([stored, { ...stored, id: 'empty', plan: '' }]);
    v3.close();

    const v4 = new TopupDatabase(name);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.lines.orderBy('id').toArray()).toEqual([
      { ...line, id: 'empty', planName: '' },
      line,
    ]);
    v4.close();
    await Dexie.delete(name);
  });
});
