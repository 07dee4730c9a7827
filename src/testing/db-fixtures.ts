// Shared by the db tests: a clean database and a valid line to start from.
import type { PlainDate } from '@/domain/plain-date';
import { db } from '@/db/database';
import type { LineInput, TopUpInput } from '@/db/row-schemas';

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export function date(text: string): PlainDate {
  return text as PlainDate;
}

export function lineInput(overrides: Partial<LineInput> = {}): LineInput {
  return {
    name: 'My US number',
    carrier: 'Mint Mobile',
    phone: '+1 415 555 0100',
    planName: 'Unlimited',
    price: { minor: 1500, currency: 'USD' },
    billing: 'prepaid',
    autopay: false,
    rule: { kind: 'monthly', every: 1, anchorDay: 31 },
    nextDue: date('2027-01-31'),
    leadDays: [3, 1, 0],
    graceDays: 10,
    notes: '',
    ...overrides,
  };
}

export function topUpInput(overrides: Partial<TopUpInput> = {}): TopUpInput {
  return {
    paidOn: date('2027-01-30'),
    amount: { minor: 1500, currency: 'USD' },
    periods: 1,
    channel: 'website',
    method: 'card',
    confirmation: 'ABC123',
    note: '',
    ...overrides,
  };
}
