import { beforeEach, describe, expect, it } from 'vitest';
import { MissingRowError } from './conflict-error';
import { db } from './database';
import { createLine, restoreDeleted } from './lines';
import { InvalidInputError } from './row-schemas';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { deleteTopUp, editTopUp, logTopUp, undoTopUpEdit } from './top-ups';

beforeEach(resetDatabase);

const photo = () => ({ name: 'receipt.jpg', type: 'image/jpeg', blob: new Blob(['jpeg-bytes']) });

async function nextDue(lineId: string) {
  return (await db.lines.get(lineId))?.nextDue;
}

describe('logTopUp', () => {
  it('moves a month-end line Jan 31 → Feb 28 → Mar 31 and records the dates on each top-up', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const first = await logTopUp(id, topUpInput({ paidOn: date('2027-01-29') }), [], 1);
    expect(await nextDue(id)).toBe('2027-02-28');
    const second = await logTopUp(id, topUpInput({ paidOn: date('2027-02-27') }), [], 2);
    expect(await nextDue(id)).toBe('2027-03-31');
    expect(await db.topUps.get(first)).toMatchObject({
      dueBefore: '2027-01-31',
      dueAfter: '2027-02-28',
    });
    expect(await db.topUps.get(second)).toMatchObject({
      dueBefore: '2027-02-28',
      dueAfter: '2027-03-31',
    });
  });

  it('stores the receipt files apart from the top-up, linked to it', async () => {
    const id = await createLine(lineInput());
    const topUpId = await logTopUp(id, topUpInput(), [photo(), photo()]);
    const attachments = await db.attachments.where('topUpId').equals(topUpId).toArray();
    expect(attachments).toHaveLength(2);
    expect(attachments[0]).toMatchObject({ name: 'receipt.jpg', type: 'image/jpeg', size: 10 });
    expect(await attachments[0]?.blob.text()).toBe('jpeg-bytes');
  });

  it('restarts a late prepaid validity line from the payment date', async () => {
    const id = await createLine(
      lineInput({
        rule: { kind: 'validity', days: 90, stack: false },
        nextDue: date('2027-03-01'),
      }),
    );
    await logTopUp(id, topUpInput({ paidOn: date('2027-03-05') }));
    expect(await nextDue(id)).toBe('2027-06-03');
  });

  it('saves nothing — no top-up, no file, no new date — when storing a file fails', async () => {
    const id = await createLine(lineInput());
    const failing = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.attachments.hook('creating', failing);
    try {
      await expect(logTopUp(id, topUpInput(), [photo()])).rejects.toThrow();
    } finally {
      db.attachments.hook('creating').unsubscribe(failing);
    }
    expect(await db.topUps.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await nextDue(id)).toBe('2027-01-31');
  });

  it('refuses invalid input and an unknown line', async () => {
    const id = await createLine(lineInput());
    await expect(logTopUp(id, topUpInput({ periods: 0 }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(logTopUp(id, topUpInput({ paidOn: date('2027-02-30') }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(logTopUp('missing', topUpInput())).rejects.toBeInstanceOf(MissingRowError);
    expect(await db.topUps.count()).toBe(0);
  });
});

describe('deleteTopUp', () => {
  it('knows the latest of top-ups logged within the same millisecond', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    for (let i = 0; i < 5; i++) {
      await logTopUp(id, topUpInput({ paidOn: date('2027-01-20') }), [], 1000);
    }
    expect(await nextDue(id)).toBe('2027-06-30');
    for (const expected of ['2027-05-31', '2027-04-30', '2027-03-31', '2027-02-28', '2027-01-31']) {
      const latest = (await db.topUps.where('lineId').equals(id).sortBy('createdAt')).at(-1);
      await deleteTopUp(latest?.id ?? '', 2000);
      expect(await nextDue(id)).toBe(expected);
    }
  });

  it('takes the line back exactly when the latest top-up is deleted, and Undo redoes it', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    await logTopUp(id, topUpInput({ paidOn: date('2027-01-30') }), [], 1);
    const latest = await logTopUp(id, topUpInput({ paidOn: date('2027-02-27') }), [photo()], 2);
    const lineBefore = await db.lines.get(id);
    const removed = await deleteTopUp(latest);
    expect(await nextDue(id)).toBe('2027-02-28');
    expect(await db.attachments.count()).toBe(0);
    await restoreDeleted(removed);
    expect(await db.lines.get(id)).toEqual(lineBefore);
    expect(await db.attachments.count()).toBe(1);
  });

  it('restores the anchor day a late monthly restart had moved', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const late = await logTopUp(id, topUpInput({ paidOn: date('2027-02-10') }));
    expect(await db.lines.get(id)).toMatchObject({
      nextDue: '2027-03-10',
      rule: { kind: 'monthly', every: 1, anchorDay: 10 },
    });
    await deleteTopUp(late);
    expect(await db.lines.get(id)).toMatchObject({
      nextDue: '2027-01-31',
      rule: { kind: 'monthly', every: 1, anchorDay: 31 },
    });
  });

  it('leaves the dates alone when an older top-up is deleted', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const older = await logTopUp(id, topUpInput({ paidOn: date('2027-01-30') }), [], 1);
    await logTopUp(id, topUpInput({ paidOn: date('2027-02-27') }), [], 2);
    await deleteTopUp(older);
    expect(await nextDue(id)).toBe('2027-03-31');
    expect(await db.topUps.count()).toBe(1);
  });

  it('leaves the dates alone when the due date was changed by hand since', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const topUp = await logTopUp(id, topUpInput());
    await db.lines.update(id, { nextDue: date('2027-05-01') });
    await deleteTopUp(topUp);
    expect(await nextDue(id)).toBe('2027-05-01');
  });
});

describe('editTopUp', () => {
  it('works the due date out again when the latest top-up now pays more periods', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const topUp = await logTopUp(id, topUpInput());
    await editTopUp(topUp, { input: topUpInput({ periods: 3, note: 'three months' }) });
    expect(await nextDue(id)).toBe('2027-04-30');
    expect(await db.topUps.get(topUp)).toMatchObject({
      periods: 3,
      note: 'three months',
      dueBefore: '2027-01-31',
      dueAfter: '2027-04-30',
    });
  });

  it('changes only the fields of an older top-up', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const older = await logTopUp(id, topUpInput(), [], 1);
    await logTopUp(id, topUpInput({ paidOn: date('2027-02-27') }), [], 2);
    await editTopUp(older, { input: topUpInput({ periods: 2, confirmation: 'NEW' }) });
    expect(await nextDue(id)).toBe('2027-03-31');
    expect(await db.topUps.get(older)).toMatchObject({
      confirmation: 'NEW',
      dueAfter: '2027-02-28',
    });
  });
});

describe('editTopUp with files, and its Undo', () => {
  it('adds and removes receipt files with the fields, and Undo puts all of it back', async () => {
    const id = await createLine(lineInput({ nextDue: date('2027-01-31') }));
    const topUp = await logTopUp(id, topUpInput(), [photo()], 1);
    const [kept] = await db.attachments.toArray();
    const edited = await editTopUp(
      topUp,
      {
        input: topUpInput({ paidOn: date('2027-02-02'), note: 'e-mail came later' }),
        add: [{ ...photo(), name: 'email.pdf', type: 'application/pdf' }],
        remove: [kept?.id ?? ''],
      },
      2,
    );
    const files = await db.attachments.where('topUpId').equals(topUp).toArray();
    expect(files.map((file) => file.name)).toEqual(['email.pdf']);
    // Paid two days later, on a line that restarts when paid late: due Mar 2 now.
    expect(await nextDue(id)).toBe('2027-03-02');

    await undoTopUpEdit(edited);
    const back = await db.attachments.where('topUpId').equals(topUp).toArray();
    expect(back.map((file) => file.name)).toEqual(['receipt.jpg']);
    expect(await nextDue(id)).toBe('2027-02-28');
    expect(await db.topUps.get(topUp)).toMatchObject({ paidOn: '2027-01-30', note: '' });
  });

  it('removes only the top-up’s own files, and refuses a top-up that is gone', async () => {
    const id = await createLine(lineInput());
    const first = await logTopUp(id, topUpInput(), [photo()], 1);
    const second = await logTopUp(id, topUpInput(), [], 2);
    const [other] = await db.attachments.where('topUpId').equals(first).toArray();
    await editTopUp(second, { input: topUpInput(), remove: [other?.id ?? ''] });
    expect(await db.attachments.count()).toBe(1);
    await expect(editTopUp('missing', { input: topUpInput() })).rejects.toBeInstanceOf(
      MissingRowError,
    );
  });
});
