import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, MissingRowError } from './conflict-error';
import { db } from './database';
import { createLine, deleteLine, restoreDeleted, setLineArchived, updateLine } from './lines';
import { InvalidInputError } from './row-schemas';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from './top-ups';

beforeEach(resetDatabase);

describe('createLine', () => {
  it('stores a valid line, not archived, with its timestamps', async () => {
    const id = await createLine(lineInput(), 1000);
    expect(await db.lines.get(id)).toEqual({
      ...lineInput(),
      id,
      archived: false,
      createdAt: 1000,
      updatedAt: 1000,
    });
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['an impossible date', { nextDue: date('2027-02-29') }],
    ['a date before 2000', { nextDue: date('1999-12-31') }],
    ['a date after 2100', { nextDue: date('2101-01-01') }],
    ['a negative price', { price: { minor: -1, currency: 'USD' } }],
    ['a fractional minor amount', { price: { minor: 1.5, currency: 'USD' } }],
    ['an unknown currency', { price: { minor: 100, currency: 'usd' } }],
    ['a zero-month rule', { rule: { kind: 'monthly' as const, every: 0, anchorDay: 1 } }],
    ['an anchor day of 32', { rule: { kind: 'monthly' as const, every: 1, anchorDay: 32 } }],
    ['a name too long', { name: 'x'.repeat(81) }],
    ['negative grace days', { graceDays: -1 }],
  ])('refuses %s and stores nothing', async (_case, overrides) => {
    await expect(createLine(lineInput(overrides))).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.lines.count()).toBe(0);
  });

  it('trims the text it keeps', async () => {
    const id = await createLine(lineInput({ name: '  Home  ', carrier: ' Tello ' }));
    expect(await db.lines.get(id)).toMatchObject({ name: 'Home', carrier: 'Tello' });
  });
});

describe('updateLine', () => {
  it('saves the edit and moves updatedAt forward, keeping createdAt', async () => {
    const id = await createLine(lineInput(), 1000);
    await updateLine(id, lineInput({ name: 'Work' }), 1000, 2000);
    expect(await db.lines.get(id)).toMatchObject({
      name: 'Work',
      createdAt: 1000,
      updatedAt: 2000,
    });
  });

  it('refuses a save based on a version another tab has changed since', async () => {
    const id = await createLine(lineInput(), 1000);
    await updateLine(id, lineInput({ name: 'First tab' }), 1000, 2000);
    await expect(
      updateLine(id, lineInput({ name: 'Second tab' }), 1000, 3000),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.lines.get(id))?.name).toBe('First tab');
  });

  it('says when the line is gone', async () => {
    await expect(updateLine('missing', lineInput(), 0)).rejects.toBeInstanceOf(MissingRowError);
  });
});

describe('setLineArchived', () => {
  it('archives and restores a line', async () => {
    const id = await createLine(lineInput());
    await setLineArchived(id, true);
    expect((await db.lines.get(id))?.archived).toBe(true);
    await setLineArchived(id, false);
    expect((await db.lines.get(id))?.archived).toBe(false);
    await expect(setLineArchived('missing', true)).rejects.toBeInstanceOf(MissingRowError);
  });
});

describe('deleteLine', () => {
  async function seed() {
    const id = await createLine(lineInput());
    const other = await createLine(lineInput({ name: 'Other' }));
    const photo = {
      name: 'r.png',
      type: 'image/png',
      blob: new Blob(['png'], { type: 'image/png' }),
    };
    await logTopUp(id, topUpInput(), [photo]);
    await logTopUp(other, topUpInput(), [photo]);
    await db.reminderLog.add({
      key: `${id}|2027-01-31|lead-1`,
      lineId: id,
      dueDate: date('2027-01-31'),
      stage: 'lead-1',
      shownAt: 5,
    });
    return { id, other };
  }

  it('removes the line, its top-ups, their attachments and its reminder log, and nothing else', async () => {
    const { id, other } = await seed();
    const removed = await deleteLine(id);
    expect(removed.lines).toHaveLength(1);
    expect(removed.topUps).toHaveLength(1);
    expect(removed.attachments).toHaveLength(1);
    expect(removed.reminderLog).toHaveLength(1);
    expect(await db.lines.toArray()).toMatchObject([{ id: other }]);
    expect(await db.topUps.where('lineId').equals(id).count()).toBe(0);
    expect(await db.attachments.count()).toBe(1);
    expect(await db.reminderLog.count()).toBe(0);
  });

  it('is undone exactly by restoreDeleted', async () => {
    const { id } = await seed();
    const before = {
      lines: await db.lines.toArray(),
      topUps: await db.topUps.toArray(),
      attachments: (await db.attachments.toArray()).length,
      reminderLog: await db.reminderLog.toArray(),
    };
    await restoreDeleted(await deleteLine(id));
    expect(await db.lines.toArray()).toEqual(before.lines);
    expect(await db.topUps.toArray()).toEqual(before.topUps);
    expect(await db.attachments.count()).toBe(before.attachments);
    expect(await db.reminderLog.toArray()).toEqual(before.reminderLog);
    const restored = await db.attachments.toArray();
    expect(await Promise.all(restored.map((a) => a.blob.text()))).toEqual(['png', 'png']);
  });

  it('removes nothing when a step fails midway', async () => {
    const { id } = await seed();
    const failing = () => {
      throw new Error('disk error');
    };
    db.lines.hook('deleting', failing);
    try {
      await expect(deleteLine(id)).rejects.toThrow('disk error');
    } finally {
      db.lines.hook('deleting').unsubscribe(failing);
    }
    expect(await db.lines.count()).toBe(2);
    expect(await db.topUps.count()).toBe(2);
    expect(await db.attachments.count()).toBe(2);
    expect(await db.reminderLog.count()).toBe(1);
  });
});
