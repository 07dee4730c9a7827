import { beforeEach, describe, expect, it } from 'vitest';
import { TOP_UPS_CSV_HEADER, topUpsCsv, USES_CSV_HEADER, usesCsv } from './csv-export';
import { db } from './database';
import { createLine } from './lines';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from './top-ups';
import { logUse } from './uses';

beforeEach(resetDatabase);

/** The file's records, split the simple way: these fixtures hold no quoted separators. */
async function records(blob: Blob): Promise<string[][]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // ignoreBOM keeps the mark in the text instead of consuming it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(1, -2)
    .split('\r\n')
    .map((line) => line.split(','));
}

async function seed() {
  const us = await createLine(
    lineInput({ name: '美国号码', carrier: 'Mint Mobile', phone: '4155550100' }),
  );
  const jp = await createLine(
    lineInput({
      name: 'Tokyo',
      carrier: 'Rakuten',
      phone: '09012345678',
      price: { minor: 1500, currency: 'JPY' },
      rule: { kind: 'days', every: 30 },
      nextDue: date('2027-01-10'),
    }),
  );
  const january = await logTopUp(
    us,
    topUpInput({ paidOn: date('2027-01-30'), note: '第一次' }),
    [],
    1,
  );
  const february = await logTopUp(
    us,
    topUpInput({ paidOn: date('2027-02-27'), confirmation: 'X9' }),
    [],
    2,
  );
  const yen = await logTopUp(
    jp,
    topUpInput({
      paidOn: date('2027-01-30'),
      amount: { minor: 1500, currency: 'JPY' },
      periods: 2,
      channel: 'refill-card',
      method: 'gift-card',
      confirmation: '',
    }),
    [],
    3,
  );
  return { us, jp, january, february, yen };
}

describe('topUpsCsv', () => {
  it('is a UTF-8 CSV file', async () => {
    expect((await topUpsCsv()).type).toBe('text/csv;charset=utf-8');
  });

  it('writes the English column keys even with no top-ups', async () => {
    expect(await records(await topUpsCsv())).toEqual([[...TOP_UPS_CSV_HEADER]]);
    expect(TOP_UPS_CSV_HEADER.join(',')).toBe(
      'line,carrier,phone_number,paid_on,amount,currency,periods,channel,payment_method,confirmation_number,note,due_before,due_after',
    );
  });

  it('writes every top-up, newest payment first, with its line and plain amounts', async () => {
    await seed();
    const [header, ...rows] = await records(await topUpsCsv());
    expect(header).toEqual([...TOP_UPS_CSV_HEADER]);
    expect(rows).toEqual([
      [
        '美国号码',
        'Mint Mobile',
        '4155550100',
        '2027-02-27',
        '15.00',
        'USD',
        '1',
        'website',
        'card',
        'X9',
        '',
        '2027-02-28',
        '2027-03-31',
      ],
      // Same day: the one logged later comes first.
      [
        'Tokyo',
        'Rakuten',
        '09012345678',
        '2027-01-30',
        '1500',
        'JPY',
        '2',
        'refill-card',
        'gift-card',
        '',
        '',
        '2027-01-10',
        '2027-03-31',
      ],
      [
        '美国号码',
        'Mint Mobile',
        '4155550100',
        '2027-01-30',
        '15.00',
        'USD',
        '1',
        'website',
        'card',
        'ABC123',
        '第一次',
        '2027-01-31',
        '2027-02-28',
      ],
    ]);
  });

  it('writes only the chosen top-ups, skipping ids that are gone or repeated', async () => {
    const { january, yen } = await seed();
    const rows = (await records(await topUpsCsv([january, 'gone', yen, january]))).slice(1);
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['Tokyo', '2027-01-30'],
      ['美国号码', '2027-01-30'],
    ]);
  });

  it('leaves the line cells empty for a top-up whose line is gone', async () => {
    const { us } = await seed();
    await db.lines.delete(us);
    const rows = (await records(await topUpsCsv())).slice(1);
    expect(rows.filter((row) => row[0] === '')).toHaveLength(2);
  });

  it('quotes and neutralises what the user typed', async () => {
    const id = await createLine(lineInput({ name: 'Home, "main"', phone: '+1 415 555 0100' }));
    await logTopUp(id, topUpInput({ note: '=1+1\nsecond line' }));
    const text = await (await topUpsCsv()).text();
    expect(text).toContain(`"Home, ""main""",Mint Mobile,'+1 415 555 0100,`);
    expect(text).toContain(`,"'=1+1\nsecond line",`);
  });
});

describe('usesCsv', () => {
  it('writes every use, the latest day first, with its line, and never a port-out kit', async () => {
    const activity = {
      every: 6,
      unit: 'months' as const,
      counts: ['sms' as const],
      since: date('2026-06-01'),
    };
    const uk = await createLine(
      lineInput({
        name: 'UK',
        carrier: 'giffgaff',
        phone: '07700900123',
        activity,
        portOut: { accountNumber: 'ACC-SECRET', billingZip: 'SW1A1AA', usedFor: 'bank' },
      }),
    );
    await logUse(uk, { usedOn: date('2026-09-01'), kind: 'sms', note: 'to the bank' }, 1);
    await logUse(uk, { usedOn: date('2026-11-02'), kind: 'call', note: '' }, 2);
    const blob = await usesCsv();
    expect(await records(blob)).toEqual([
      [...USES_CSV_HEADER],
      ['UK', 'giffgaff', '07700900123', '2026-11-02', 'call', ''],
      ['UK', 'giffgaff', '07700900123', '2026-09-01', 'sms', 'to the bank'],
    ]);
    await logTopUp(uk, topUpInput(), [], 3);
    const everything = (await blob.text()) + (await (await topUpsCsv()).text());
    expect(everything).not.toContain('ACC-SECRET');
    expect(everything).not.toContain('SW1A1AA');
  });
});
