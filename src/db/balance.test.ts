import { beforeEach, describe, expect, it } from 'vitest';
import { correctBalance } from './balance';
import { db } from './database';
import { createLine, restoreDeleted, updateLine } from './lines';
import { InvalidInputError } from './row-schemas';
import { deleteTopUp, logTopUp, editTopUp } from './top-ups';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';

beforeEach(resetDatabase);

const usd = (minor: number) => ({ minor, currency: 'USD' });

/** A Tello-like line: $10 a month on the 9th, taken from a balance of $17.40 read on Dec 20. */
const tello = () =>
  lineInput({
    price: usd(1000),
    rule: { kind: 'monthly', every: 1, anchorDay: 9 },
    nextDue: date('2027-01-09'),
    balance: { amount: usd(1740), asOf: date('2026-12-20'), renewsFromBalance: true },
  });

const lineOf = async (id: string) => db.lines.get(id);

describe('a top-up to the balance', () => {
  it('adds to the balance on its day and leaves the due date alone', async () => {
    const id = await createLine(tello(), 1);
    // Jan 9 took $10: $7.40 on Jan 20, then $5 more.
    const topUpId = await logTopUp(
      id,
      topUpInput({ paidOn: date('2027-01-20'), amount: usd(500), toBalance: true }),
      [],
      2,
    );
    const line = await lineOf(id);
    expect(line?.nextDue).toBe('2027-01-09');
    expect(line?.balance).toEqual({
      amount: usd(1240),
      asOf: '2027-01-20',
      renewsFromBalance: true,
    });
    expect(await db.topUps.get(topUpId)).toMatchObject({
      toBalance: true,
      dueBefore: '2027-01-09',
      dueAfter: '2027-01-09',
      balanceBefore: { amount: usd(1740), asOf: '2026-12-20' },
      balanceAfter: { amount: usd(1240), asOf: '2027-01-20' },
    });
  });

  it('is refused for a line that keeps no balance', async () => {
    const id = await createLine(lineInput());
    await expect(logTopUp(id, topUpInput({ toBalance: true }))).rejects.toThrow(InvalidInputError);
  });

  it('deleted, puts the balance back; Undo returns it', async () => {
    const id = await createLine(tello(), 1);
    const topUpId = await logTopUp(
      id,
      topUpInput({ paidOn: date('2027-01-20'), amount: usd(500), toBalance: true }),
      [],
      2,
    );
    const deleted = await deleteTopUp(topUpId, 3);
    expect((await lineOf(id))?.balance?.amount).toEqual(usd(1740));
    await restoreDeleted(deleted);
    expect((await lineOf(id))?.balance?.amount).toEqual(usd(1240));
  });

  it('edited, moves the balance by the new amount, and keeps going to the balance', async () => {
    const id = await createLine(tello(), 1);
    const topUpId = await logTopUp(
      id,
      topUpInput({ paidOn: date('2027-01-20'), amount: usd(500), toBalance: true }),
      [],
      2,
    );
    await editTopUp(
      topUpId,
      { input: topUpInput({ paidOn: date('2027-01-20'), amount: usd(2000) }) },
      3,
    );
    expect((await lineOf(id))?.balance?.amount).toEqual(usd(2740));
    expect((await lineOf(id))?.nextDue).toBe('2027-01-09');
    expect(await db.topUps.get(topUpId)).toMatchObject({ toBalance: true, amount: usd(2000) });
  });

  it('once the balance was corrected, neither an edit nor a delete moves it', async () => {
    const id = await createLine(tello(), 1);
    const topUpId = await logTopUp(
      id,
      topUpInput({ paidOn: date('2027-01-20'), amount: usd(500), toBalance: true }),
      [],
      2,
    );
    await correctBalance(id, { amount: usd(1300), asOf: date('2027-01-21') }, undefined, 3);
    await editTopUp(
      topUpId,
      { input: topUpInput({ paidOn: date('2027-01-20'), amount: usd(900) }) },
      4,
    );
    await deleteTopUp(topUpId, 5);
    expect((await lineOf(id))?.balance?.amount).toEqual(usd(1300));
  });
});

describe('correcting the balance', () => {
  it('takes the credit’s expiry from a confirmed balance reply', async () => {
    const id = await createLine(tello(), 1);
    await correctBalance(
      id,
      { amount: usd(5678), asOf: date('2027-01-22') },
      date('2027-05-02'),
      2,
    );
    expect((await lineOf(id))?.balance).toEqual({
      amount: usd(5678),
      asOf: '2027-01-22',
      renewsFromBalance: true,
      creditExpiresOn: '2027-05-02',
    });
  });

  it('keeps the readings it replaces, newest first', async () => {
    const id = await createLine(tello(), 1);
    await correctBalance(id, { amount: usd(900), asOf: date('2027-01-02') }, undefined, 2);
    await correctBalance(id, { amount: usd(2500), asOf: date('2027-01-05') }, undefined, 3);
    const line = await lineOf(id);
    expect(line?.balance).toEqual({
      amount: usd(2500),
      asOf: '2027-01-05',
      renewsFromBalance: true,
    });
    expect(line?.balanceHistory).toEqual([
      { amount: usd(900), asOf: '2027-01-02' },
      { amount: usd(1740), asOf: '2026-12-20' },
    ]);
  });

  it('from the plan form keeps the old reading too, and only when it reads otherwise', async () => {
    const id = await createLine(tello(), 1);
    const same = await lineOf(id);
    await updateLine(id, { ...tello(), name: 'Renamed' }, same?.updatedAt ?? 0, 2);
    expect((await lineOf(id))?.balanceHistory).toBeUndefined();
    const before = await lineOf(id);
    const input = tello();
    await updateLine(
      id,
      {
        ...input,
        balance: { amount: usd(300), asOf: date('2027-01-03'), renewsFromBalance: true },
      },
      before?.updatedAt ?? 0,
      3,
    );
    expect((await lineOf(id))?.balanceHistory).toEqual([{ amount: usd(1740), asOf: '2026-12-20' }]);
  });

  it('refuses a balance in another currency than the plan’s price', async () => {
    const input = tello();
    await expect(
      createLine({
        ...input,
        balance: {
          amount: { minor: 100, currency: 'GBP' },
          asOf: date('2027-01-01'),
          renewsFromBalance: false,
        },
      }),
    ).rejects.toThrow(InvalidInputError);
  });
});
