import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRule } from '@/domain/activity-rule';
import { db } from './database';
import { createLine, deleteLine, restoreDeleted, updateLine } from './lines';
import { InvalidInputError } from './row-schemas';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { deleteTopUp, logTopUp } from './top-ups';
import { deleteUse, editUse, logUse, restoreUse } from './uses';

beforeEach(resetDatabase);

const sixMonths: ActivityRule = {
  every: 6,
  unit: 'months',
  counts: ['call', 'sms', 'data'],
  since: date('2026-06-01'),
};

async function lastUsedOn(lineId: string) {
  return (await db.lines.get(lineId))?.lastUsedOn;
}

describe('uses and the line they keep alive', () => {
  it('starts the clock on the day the rule was set, and has none without a rule', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    expect(await lastUsedOn(id)).toBe('2026-06-01');
    const plain = await createLine(lineInput());
    expect(await db.lines.get(plain)).not.toHaveProperty('lastUsedOn');
  });

  it('moves the clock to the newest use it counts, and deleting the use moves it back', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const sms = await logUse(id, { usedOn: date('2026-09-14'), kind: 'sms', note: 'to mum' });
    expect(await lastUsedOn(id)).toBe('2026-09-14');
    await logUse(id, { usedOn: date('2026-08-01'), kind: 'call', note: '' });
    expect(await lastUsedOn(id)).toBe('2026-09-14');
    const removed = await deleteUse(sms);
    expect(await lastUsedOn(id)).toBe('2026-08-01');
    await restoreUse(removed);
    expect(await lastUsedOn(id)).toBe('2026-09-14');
    expect(await db.uses.get(sms)).toEqual(removed);
  });

  it('counts a top-up only when the rule lists top-ups', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const paid = await logTopUp(id, topUpInput({ paidOn: date('2026-10-01') }));
    expect(await lastUsedOn(id)).toBe('2026-06-01');
    await deleteTopUp(paid);

    const line = await db.lines.get(id);
    const counting = { ...sixMonths, counts: [...sixMonths.counts, 'top-up' as const] };
    await updateLine(id, { ...lineInput(), activity: counting }, line?.updatedAt ?? 0);
    const topUp = await logTopUp(id, topUpInput({ paidOn: date('2026-10-01') }));
    expect(await lastUsedOn(id)).toBe('2026-10-01');
    const undo = await deleteTopUp(topUp);
    expect(await lastUsedOn(id)).toBe('2026-06-01');
    await restoreDeleted(undo);
    expect(await lastUsedOn(id)).toBe('2026-10-01');
  });

  it('drops the clock when the rule is removed from the line', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const line = await db.lines.get(id);
    await updateLine(id, lineInput(), line?.updatedAt ?? 0);
    const updated = await db.lines.get(id);
    expect(updated).not.toHaveProperty('activity');
    expect(updated).not.toHaveProperty('lastUsedOn');
  });

  it('deletes a line with its uses, and Undo puts them back', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const use = await logUse(id, { usedOn: date('2026-09-14'), kind: 'data', note: '' });
    const deleted = await deleteLine(id);
    expect(await db.uses.count()).toBe(0);
    await restoreDeleted(deleted);
    expect(await db.uses.get(use)).toMatchObject({ lineId: id, kind: 'data' });
    expect(await lastUsedOn(id)).toBe('2026-09-14');
  });

  it('refuses a use of an unknown kind or date, writing nothing', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const bad = { usedOn: date('2026-13-01'), kind: 'sms' as const, note: '' };
    await expect(logUse(id, bad)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.uses.count()).toBe(0);
  });
});

describe('editUse', () => {
  it('moves the activity clock to the edited day, and Undo puts it back', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const use = await logUse(id, { usedOn: date('2026-09-01'), kind: 'sms', note: '' });
    const before = await editUse(use, { usedOn: date('2026-10-15'), kind: 'call', note: 'fixed' });
    expect(await lastUsedOn(id)).toBe('2026-10-15');
    expect(await db.uses.get(use)).toMatchObject({ kind: 'call', note: 'fixed' });
    await restoreUse(before);
    expect(await lastUsedOn(id)).toBe('2026-09-01');
    expect(await db.uses.get(use)).toMatchObject({ kind: 'sms', note: '' });
  });

  it('refuses a day that is no date, and a use that is gone', async () => {
    const id = await createLine(lineInput({ activity: sixMonths }));
    const use = await logUse(id, { usedOn: date('2026-09-01'), kind: 'sms', note: '' });
    await expect(
      editUse(use, { usedOn: '2026-02-30' as never, kind: 'sms', note: '' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      editUse('missing', { usedOn: date('2026-09-01'), kind: 'sms', note: '' }),
    ).rejects.toThrow();
  });
});
