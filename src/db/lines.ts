// Repository functions for lines. Each user action is one transaction: all of it or none.
import { ConflictError, MissingRowError } from './conflict-error';
import { db } from './database';
import { newId } from './ids';
import { type LineInput, lineInputSchema, parseOrThrow } from './row-schemas';
import { withBalance } from './balance';
import { withLastUse } from './last-use';
import type { AttachmentRow, LineRow, ReminderLogRow, TopUpRow, UseRow } from './rows';
import { storable } from './storable';

export async function createLine(input: LineInput, now = Date.now()): Promise<string> {
  const valid = parseOrThrow(lineInputSchema, input);
  const line: LineRow = {
    ...valid,
    ...(valid.activity ? { lastUsedOn: valid.activity.since } : {}),
    id: newId(),
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.lines.add(line);
  return line.id;
}

/**
 * Saves an edited line. `basedOn` is the `updatedAt` of the row the form was filled from: when the
 * row changed since (another tab saved it), the save is refused with a ConflictError.
 */
export async function updateLine(
  id: string,
  input: LineInput,
  basedOn: number,
  now = Date.now(),
): Promise<void> {
  const valid = parseOrThrow(lineInputSchema, input);
  await db.transaction('rw', [db.lines, db.uses, db.topUps], async () => {
    const current = await db.lines.get(id);
    if (!current) throw new MissingRowError(`No line ${id}`);
    if (current.updatedAt !== basedOn) throw new ConflictError(`Line ${id} changed meanwhile`);
    // What the form leaves out is gone: the optional fields come from the form alone.
    const { lateMode: _late, activity: _rule, portOut: _kit, ...rest } = current;
    const updatedAt = Math.max(now, current.updatedAt + 1);
    const { balance, ...fields } = valid;
    const line = withBalance({ ...rest, ...fields, updatedAt }, balance);
    await db.lines.put(await withLastUse(line));
  });
}

export async function setLineArchived(
  id: string,
  archived: boolean,
  now = Date.now(),
): Promise<void> {
  const changed = await db.lines.update(id, { archived, updatedAt: now });
  if (!changed) throw new MissingRowError(`No line ${id}`);
}

/** Everything a deletion removed, so that Undo can put it back exactly. */
export interface DeletedRows {
  lines: LineRow[];
  topUps: TopUpRow[];
  attachments: AttachmentRow[];
  reminderLog: ReminderLogRow[];
  uses: UseRow[];
}

/** Deletes a line with its top-ups, their attachments and its reminder log. */
export async function deleteLine(id: string): Promise<DeletedRows> {
  const tables = [db.lines, db.topUps, db.attachments, db.reminderLog, db.uses];
  return db.transaction('rw', tables, async () => {
    const line = await db.lines.get(id);
    if (!line) throw new MissingRowError(`No line ${id}`);
    const topUps = await db.topUps.where('lineId').equals(id).toArray();
    const topUpIds = topUps.map((topUp) => topUp.id);
    const attachments = await db.attachments.where('topUpId').anyOf(topUpIds).toArray();
    const reminderLog = await db.reminderLog.where('lineId').equals(id).toArray();
    const uses = await db.uses.where('lineId').equals(id).toArray();
    await db.uses.bulkDelete(uses.map((use) => use.id));
    await db.attachments.bulkDelete(attachments.map((attachment) => attachment.id));
    await db.topUps.bulkDelete(topUpIds);
    await db.reminderLog.bulkDelete(reminderLog.map((entry) => entry.key));
    await db.lines.delete(id);
    return { lines: [line], topUps, attachments, reminderLog, uses };
  });
}

/** Undo of a deletion: puts every removed row back, in one transaction. */
export async function restoreDeleted(rows: DeletedRows): Promise<void> {
  const attachments = await storable(rows.attachments);
  const tables = [db.lines, db.topUps, db.attachments, db.reminderLog, db.uses];
  await db.transaction('rw', tables, async () => {
    await db.lines.bulkPut(rows.lines);
    await db.topUps.bulkPut(rows.topUps);
    await db.attachments.bulkPut(attachments);
    await db.reminderLog.bulkPut(rows.reminderLog);
    await db.uses.bulkPut(rows.uses);
  });
}
