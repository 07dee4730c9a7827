// Receipts shared into Topup from other apps wait here until the user logs them with a top-up
// (or leaves them): the worker writes, the "Log this receipt" page and the top-up form read.
import { SHARED_TEXT_MAX } from '@/domain/share';
import { db } from './database';
import { newId } from './ids';
import type { SharedFile, ShareInboxRow, StoredShareInboxRow } from './rows';
import { storable } from './storable';

export type SharedInput = {
  title: string;
  text: string;
  url: string;
  files: SharedFile[];
  refusedFiles: string[];
};

/** Shares older than this are dropped when a new one arrives: they were never logged. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export async function addSharedItem(input: SharedInput, now = Date.now()): Promise<string> {
  const row: StoredShareInboxRow = {
    id: newId(),
    title: input.title.slice(0, SHARED_TEXT_MAX),
    text: input.text.slice(0, SHARED_TEXT_MAX),
    url: input.url.slice(0, SHARED_TEXT_MAX),
    files: await storable(input.files),
    refusedFiles: input.refusedFiles,
    receivedAt: now,
  };
  await db.transaction('rw', db.shareInbox, async () => {
    await db.shareInbox
      .where('receivedAt')
      .below(now - KEEP_MS)
      .delete();
    await db.shareInbox.add(row);
  });
  return row.id;
}

/** A shared item; null when there is none (already logged, or never arrived). */
export async function readSharedItem(id: string): Promise<ShareInboxRow | null> {
  return (await db.shareInbox.get(id)) ?? null;
}
