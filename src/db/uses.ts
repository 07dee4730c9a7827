// Repository functions for the uses of a number. Logging or deleting a use moves its line's
// activity due date in the same transaction; a deleted use can be put back exactly.
import { MissingRowError } from './conflict-error';
import { db } from './database';
import { newId } from './ids';
import { refreshLastUse } from './last-use';
import { parseOrThrow, type UseInput, useInputSchema } from './row-schemas';
import type { UseRow } from './rows';

/** Logs a use of the line's number. Returns the use's id. */
export async function logUse(lineId: string, input: UseInput, now = Date.now()): Promise<string> {
  const valid = parseOrThrow(useInputSchema, input);
  return db.transaction('rw', [db.lines, db.uses, db.topUps], async () => {
    const use: UseRow = { ...valid, id: newId(), lineId, createdAt: now, updatedAt: now };
    if (!(await db.lines.get(lineId))) throw new MissingRowError(`No line ${lineId}`);
    await db.uses.add(use);
    await refreshLastUse(lineId, now);
    return use.id;
  });
}

/** Saves an edited use and moves its line's activity due date; returns the use as it was, for Undo. */
export async function editUse(id: string, input: UseInput, now = Date.now()): Promise<UseRow> {
  const valid = parseOrThrow(useInputSchema, input);
  return db.transaction('rw', [db.lines, db.uses, db.topUps], async () => {
    const use = await db.uses.get(id);
    if (!use) throw new MissingRowError(`No use ${id}`);
    await db.uses.put({ ...use, ...valid, updatedAt: Math.max(now, use.updatedAt + 1) });
    await refreshLastUse(use.lineId, now);
    return use;
  });
}

/** Deletes a use; returns it, for Undo. */
export async function deleteUse(id: string, now = Date.now()): Promise<UseRow> {
  return db.transaction('rw', [db.lines, db.uses, db.topUps], async () => {
    const use = await db.uses.get(id);
    if (!use) throw new MissingRowError(`No use ${id}`);
    await db.uses.delete(id);
    await refreshLastUse(use.lineId, now);
    return use;
  });
}

/** Undo of deleteUse and editUse: the use back as it was, and its line's due date with it. */
export async function restoreUse(use: UseRow, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.lines, db.uses, db.topUps], async () => {
    await db.uses.put(use);
    await refreshLastUse(use.lineId, now);
  });
}
