// Repository functions for top-ups. Logging a top-up stores it, its receipt files and the line's
// new due date in one transaction; deleting the latest top-up puts the line back exactly.
import {
  applyTopUp,
  latestTopUp,
  mayMoveLineBack,
  revertTopUp,
  type Schedule,
} from '@/domain/top-up';
import { addToBalance } from '@/domain/balance';
import { balanceBeforeTopUp } from './balance';
import { MissingRowError } from './conflict-error';
import { db } from './database';
import { newId } from './ids';
import { refreshLastUse, withLastUse } from './last-use';
import type { DeletedRows } from './lines';
import { InvalidInputError, parseOrThrow, type TopUpInput, topUpInputSchema } from './row-schemas';
import type { AttachmentRow, LineRow, StoredAttachmentRow, StoredBytes, TopUpRow } from './rows';
import { storable } from './storable';

export interface NewAttachment {
  name: string;
  type: string;
  blob: Blob;
}

function scheduleOf(line: LineRow): Schedule {
  const { rule, nextDue, billing, lateMode } = line;
  return lateMode ? { rule, nextDue, billing, lateMode } : { rule, nextDue, billing };
}

/** Rows of new files, made `storable` before the transaction. */
function attachmentRows(
  topUpId: string,
  files: readonly (Omit<NewAttachment, 'blob'> & { blob: StoredBytes })[],
  now: number,
): StoredAttachmentRow[] {
  return files.map((file) => ({
    id: newId(),
    topUpId,
    name: file.name,
    type: file.type,
    size: file.blob instanceof Blob ? file.blob.size : file.blob.byteLength,
    blob: file.blob,
    createdAt: now,
    updatedAt: now,
  }));
}

/** What a top-up did to its line, as the top-up records it. */
type Outcome = {
  schedule: Schedule;
  record: Pick<
    TopUpRow,
    'dueBefore' | 'dueAfter' | 'ruleBefore' | 'balanceBefore' | 'balanceAfter'
  >;
};

/**
 * A top-up to the balance: the plan's due date stays (its fee is taken from the balance), and the
 * balance grows by the amount on the day it was paid. Refused for a line with no balance.
 */
function toBalanceOutcome(line: LineRow, topUp: TopUpInput): Outcome {
  if (!line.balance) throw new InvalidInputError(['toBalance: the line keeps no balance']);
  const { price, rule, nextDue } = line;
  const balanceAfter = addToBalance(line.balance, price, rule, nextDue, topUp.paidOn, topUp.amount);
  const balanceBefore = { amount: line.balance.amount, asOf: line.balance.asOf };
  return {
    schedule: scheduleOf(line),
    record: { dueBefore: nextDue, dueAfter: nextDue, balanceBefore, balanceAfter },
  };
}

function topUpsOf(lineId: string): Promise<TopUpRow[]> {
  return db.topUps.where('lineId').equals(lineId).toArray();
}

/**
 * Logs a payment with its receipt files and moves the line's due date. Returns the top-up id.
 * A receipt shared into the app (`sharedId`) leaves the share inbox in the same transaction.
 */
export async function logTopUp(
  lineId: string,
  input: TopUpInput,
  files: readonly NewAttachment[] = [],
  now = Date.now(),
  sharedId?: string,
): Promise<string> {
  const valid = parseOrThrow(topUpInputSchema, input);
  const stored = await storable(files);
  const tables = [db.lines, db.topUps, db.attachments, db.shareInbox, db.uses];
  return db.transaction('rw', tables, async () => {
    if (sharedId !== undefined) await db.shareInbox.delete(sharedId);
    const line = await db.lines.get(lineId);
    if (!line) throw new MissingRowError(`No line ${lineId}`);
    const { schedule, record }: Outcome = valid.toBalance
      ? toBalanceOutcome(line, valid)
      : applyTopUp(scheduleOf(line), valid);
    // createdAt orders a line's top-ups (the latest is the one Delete may undo), so it must grow
    // even when two are logged within the same millisecond or the clock goes back.
    const previous = latestTopUp(await topUpsOf(lineId));
    const createdAt = Math.max(now, (previous?.createdAt ?? 0) + 1);
    const topUp: TopUpRow = {
      ...valid,
      ...record,
      id: newId(),
      lineId,
      createdAt,
      updatedAt: createdAt,
    };
    await db.topUps.add(topUp);
    await db.attachments.bulkAdd(attachmentRows(topUp.id, stored, createdAt));
    // Paid: whatever snooze was set for the old due date no longer applies.
    const { snoozedUntil: _paid, ...unsnoozed } = line;
    await db.lines.put(
      await withLastUse({
        ...unsnoozed,
        ...(record.balanceAfter && line.balance
          ? { balance: { ...line.balance, ...record.balanceAfter } }
          : {}),
        rule: schedule.rule,
        nextDue: schedule.nextDue,
        updatedAt: createdAt,
      }),
    );
    return topUp.id;
  });
}

/** An edit of a saved top-up: its fields as the form now has them, files to add and to remove. */
export interface TopUpEdit {
  input: TopUpInput;
  add?: readonly NewAttachment[];
  /** Ids of the top-up's own attachments. */
  remove?: readonly string[];
}

/** What an edit replaced, so that Undo can put it back exactly. */
export interface EditedTopUp {
  topUp: TopUpRow;
  line: LineRow | undefined;
  removed: AttachmentRow[];
  added: string[];
}

/**
 * Saves an edited top-up with the files added to it and removed from it, in one transaction.
 * When it is the line's latest and its date or periods changed, the line's due date is worked out
 * again as if it had been logged so; an older top-up's edit leaves the line's dates alone, since
 * later top-ups were built on them. A top-up to the balance moves the balance instead, on the
 * same terms: the latest, while the balance is still what it left. Returns what Undo needs.
 */
export async function editTopUp(
  id: string,
  { input, add = [], remove = [] }: TopUpEdit,
  now = Date.now(),
): Promise<EditedTopUp> {
  const valid = parseOrThrow(topUpInputSchema, input);
  const stored = await storable(add);
  const tables = [db.lines, db.topUps, db.attachments, db.uses];
  return db.transaction('rw', tables, async () => {
    const topUp = await db.topUps.get(id);
    if (!topUp) throw new MissingRowError(`No top-up ${id}`);
    const line = await db.lines.get(topUp.lineId);
    await saveFields(topUp, line, valid, now);
    const removed = (await db.attachments.bulkGet([...remove])).filter(
      (attachment): attachment is AttachmentRow => attachment?.topUpId === id,
    );
    await db.attachments.bulkDelete(removed.map((attachment) => attachment.id));
    const added = attachmentRows(id, stored, now);
    await db.attachments.bulkAdd(added);
    return { topUp, line, removed, added: added.map((attachment) => attachment.id) };
  });
}

/** Undo of editTopUp: the top-up, its files and its line as they were before. */
export async function undoTopUpEdit(edited: EditedTopUp): Promise<void> {
  const removed = await storable(edited.removed);
  const tables = [db.lines, db.topUps, db.attachments];
  await db.transaction('rw', tables, async () => {
    await db.topUps.put(edited.topUp);
    if (edited.line) await db.lines.put(edited.line);
    await db.attachments.bulkDelete(edited.added);
    await db.attachments.bulkPut(removed);
  });
}

/** The fields of an edit, and what they move on the line. Call inside editTopUp's transaction. */
async function saveFields(
  topUp: TopUpRow,
  line: LineRow | undefined,
  valid: TopUpInput,
  now: number,
): Promise<void> {
  const latest = line && mayMoveLineBack(line, topUp, await topUpsOf(topUp.lineId));
  // Whether it went to the balance is fixed when it is logged.
  const { toBalance: _kept, ...edit } = valid;
  const restored = latest ? balanceBeforeTopUp(line, topUp) : undefined;
  const movesDates = valid.paidOn !== topUp.paidOn || valid.periods !== topUp.periods;
  if (line && restored) {
    const { price, rule, nextDue } = line;
    const after = addToBalance(restored, price, rule, nextDue, edit.paidOn, edit.amount);
    await db.topUps.put({ ...topUp, ...edit, balanceAfter: after, updatedAt: now });
    const balance = { ...restored, ...after };
    await db.lines.put(await withLastUse({ ...line, balance, updatedAt: now }));
  } else if (line && latest && movesDates && !topUp.toBalance) {
    const before = revertTopUp(scheduleOf(line), topUp);
    const { schedule, record } = applyTopUp(before, edit);
    const { ruleBefore: _old, ...rest } = topUp;
    await db.topUps.put({ ...rest, ...edit, ...record, updatedAt: now });
    await db.lines.put(
      await withLastUse({
        ...line,
        rule: schedule.rule,
        nextDue: schedule.nextDue,
        updatedAt: now,
      }),
    );
  } else {
    await db.topUps.put({ ...topUp, ...edit, updatedAt: now });
    await refreshLastUse(topUp.lineId, now);
  }
}

/**
 * Deletes a top-up and its files. The line's latest top-up, when the line has not been moved by
 * hand since, takes the line back to its due date (and rule) before it. Returns what Undo needs.
 */
export async function deleteTopUp(id: string, now = Date.now()): Promise<DeletedRows> {
  return db.transaction('rw', [db.lines, db.topUps, db.attachments, db.uses], async () => {
    const topUp = await db.topUps.get(id);
    if (!topUp) throw new MissingRowError(`No top-up ${id}`);
    const line = await db.lines.get(topUp.lineId);
    const lineTopUps = await topUpsOf(topUp.lineId);
    const attachments = await db.attachments.where('topUpId').equals(id).toArray();
    await db.attachments.bulkDelete(attachments.map((attachment) => attachment.id));
    await db.topUps.delete(id);
    const deleted = { topUps: [topUp], attachments, reminderLog: [], uses: [] };
    if (!line) return { ...deleted, lines: [] };
    const movesBack = mayMoveLineBack(line, topUp, lineTopUps);
    const { rule, nextDue } = movesBack ? revertTopUp(scheduleOf(line), topUp) : line;
    const balance = movesBack ? balanceBeforeTopUp(line, topUp) : undefined;
    const next = await withLastUse({
      ...line,
      ...(balance ? { balance } : {}),
      rule,
      nextDue,
      updatedAt: now,
    });
    const changed = movesBack || next.lastUsedOn !== line.lastUsedOn;
    if (changed) await db.lines.put(next);
    // Undo puts back the line as it was before.
    return { ...deleted, lines: changed ? [line] : [] };
  });
}
