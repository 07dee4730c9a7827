import { describe, expect, it } from 'vitest';
import type { LineRow, TopUpRow } from '@/db/rows';
import { lineInput, topUpInput } from '@/testing/db-fixtures';
import { filterReceipts, receiptYears, searchableReceipts } from './receipt-filter';

const line = (id: string, name: string, carrier: string): LineRow => ({
  ...lineInput({ name, carrier }),
  id,
  archived: false,
  createdAt: 0,
  updatedAt: 0,
});

const topUp = (id: string, lineId: string, overrides: Partial<TopUpRow>): TopUpRow => ({
  ...topUpInput(),
  id,
  lineId,
  dueBefore: topUpInput().paidOn,
  dueAfter: topUpInput().paidOn,
  createdAt: 0,
  updatedAt: 0,
  ...overrides,
});

const lines = new Map([
  ['a', line('a', 'Mum’s phone', 'Tello')],
  ['b', line('b', '工作号', 'Mint Mobile')],
]);
const receipts = [
  topUp('1', 'a', {
    confirmation: 'TL-778',
    amount: { minor: 1000, currency: 'USD' },
    paidOn: '2027-03-01' as TopUpRow['paidOn'],
  }),
  topUp('2', 'b', {
    confirmation: 'MX-1',
    note: '充了三个月',
    amount: { minor: 4500, currency: 'USD' },
    paidOn: '2026-12-01' as TopUpRow['paidOn'],
  }),
  topUp('3', 'b', {
    confirmation: '',
    amount: { minor: 1550, currency: 'USD' },
    paidOn: '2026-11-01' as TopUpRow['paidOn'],
  }),
];
const searchable = searchableReceipts(receipts, lines);
const ids = (list: TopUpRow[]) => list.map((r) => r.id);
const all = { query: '', lineId: '', year: '' };

describe('filterReceipts', () => {
  it.each([
    ['mum', ['1']],
    ['TELLO', ['1']],
    ['工作', ['2', '3']],
    ['mx-1', ['2']],
    ['三个月', ['2']],
    ['45', ['2']],
    ['$15.50', ['3']],
    ['15.5', ['3']],
    ['10.00', ['1']],
    ['nothing like this', []],
  ])('finds %j in %j', (query, expected) => {
    expect(ids(filterReceipts(searchable, { ...all, query }))).toEqual(expected);
  });

  it('filters by line and by year, with the search on top', () => {
    expect(ids(filterReceipts(searchable, { ...all, lineId: 'b' }))).toEqual(['2', '3']);
    expect(ids(filterReceipts(searchable, { ...all, year: '2026' }))).toEqual(['2', '3']);
    expect(ids(filterReceipts(searchable, { query: 'mx', lineId: 'b', year: '2026' }))).toEqual([
      '2',
    ]);
  });

  it('lists the years with receipts, newest first', () => {
    expect(receiptYears(receipts)).toEqual(['2027', '2026']);
  });
});
