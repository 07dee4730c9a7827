import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from './backup/backup-export';
import { applyBackup, readBackup } from './backup/backup-import';
import { db } from './database';
import { createLine, deleteLine, restoreDeleted } from './lines';
import type { StoredAttachmentRow } from './rows';
import { addSharedItem, readSharedItem } from './share-inbox';
import { deleteTopUp, editTopUp, logTopUp, undoTopUpEdit } from './top-ups';
import { awkwardBytes, bytesOf } from '@/testing/backup-fixtures';
import { lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

function holdsBlob(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null || value instanceof ArrayBuffer) return false;
  return Object.values(value).some(holdsBlob);
}

/** IndexedDB as WebKit's is in a private session: it refuses any value holding a Blob. */
function refuseBlobs() {
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (holdsBlob(value)) {
        throw new DOMException(
          'Error preparing Blob/File data to be stored in object store',
          'UnknownError',
        );
      }
      return original.call(this, value, key);
    });
  }
}

const BYTES = awkwardBytes(300_000);

function photo(bytes: Uint8Array<ArrayBuffer> = BYTES) {
  return { name: 'receipt.jpg', type: 'image/jpeg', blob: new Blob([bytes]) };
}

/** The attachment rows as IndexedDB holds them, past the conversion to Blobs. */
function storedAttachments(): Promise<StoredAttachmentRow[]> {
  return db.attachments.toCollection().raw().toArray();
}

async function expectBlob(blob: unknown, bytes: Uint8Array<ArrayBuffer>, type: string) {
  expect(blob).toBeInstanceOf(Blob);
  expect((blob as Blob).type).toBe(type);
  expect(await bytesOf(blob as Blob)).toBe(await bytesOf(new Blob([bytes])));
}

async function expectAllStoredAsBytes() {
  for (const row of await storedAttachments()) expect(row.blob).toBeInstanceOf(ArrayBuffer);
}

/** Writes while IndexedDB takes Blobs (as every earlier version wrote), then refuses them again. */
async function whileBlobsTaken(write: () => Promise<unknown>) {
  vi.restoreAllMocks();
  await write();
  refuseBlobs();
}

/** An attachment row holding a Blob, as an earlier version wrote it. */
async function addOldAttachment(topUpId: string, bytes: Uint8Array<ArrayBuffer>) {
  await whileBlobsTaken(() =>
    db.attachments.add({
      id: 'old-1',
      topUpId,
      name: 'old.png',
      type: 'image/png',
      size: bytes.length,
      blob: new Blob([bytes], { type: 'image/png' }),
      createdAt: 1,
      updatedAt: 1,
    }),
  );
}

describe('where IndexedDB takes Blobs', () => {
  it('keeps a receipt and a shared file as the Blobs they are, out of memory', async () => {
    const lineId = await createLine(lineInput());
    await logTopUp(lineId, topUpInput(), [photo()]);
    const [stored] = await storedAttachments();
    expect(stored?.blob).toBeInstanceOf(Blob);
    await expectBlob(stored?.blob, BYTES, '');
    const file = { name: 'shared.png', type: 'image/png', blob: new Blob([BYTES]) };
    await addSharedItem({ title: '', text: '', url: '', files: [file], refusedFiles: [] });
    const [shared] = await db.shareInbox.toCollection().raw().toArray();
    expect(shared?.files[0]?.blob).toBeInstanceOf(Blob);
    expect(await db.settings.get('blob-probe')).toBeUndefined();
  });
});

describe('where IndexedDB refuses Blobs, a receipt of a top-up', () => {
  beforeEach(refuseBlobs);

  it('is stored as bytes and read back as a Blob of its bytes and type', async () => {
    const lineId = await createLine(lineInput());
    const topUpId = await logTopUp(lineId, topUpInput(), [photo()]);
    const [stored] = await storedAttachments();
    expect(stored?.blob).toBeInstanceOf(ArrayBuffer);
    expect(stored?.size).toBe(BYTES.length);
    const [read] = await db.attachments.where('topUpId').equals(topUpId).toArray();
    await expectBlob(read?.blob, BYTES, 'image/jpeg');
    expect(await db.attachments.get('no-such-id')).toBeUndefined();
  });

  it('stored as a Blob by an earlier version still reads as that Blob', async () => {
    const lineId = await createLine(lineInput());
    const topUpId = await logTopUp(lineId, topUpInput());
    await addOldAttachment(topUpId, BYTES);
    expect((await storedAttachments())[0]?.blob).toBeInstanceOf(Blob);
    await expectBlob((await db.attachments.get('old-1'))?.blob, BYTES, 'image/png');
  });

  it('keeps its bytes through an edit and its undo, stored as bytes again', async () => {
    const lineId = await createLine(lineInput());
    const topUpId = await logTopUp(lineId, topUpInput(), [photo()]);
    await addOldAttachment(topUpId, awkwardBytes(1000, 2));
    const kept = (await storedAttachments()).find((row) => row.name === 'receipt.jpg');
    const other = awkwardBytes(5000, 3);
    const edited = await editTopUp(topUpId, {
      input: topUpInput(),
      add: [photo(other)],
      remove: ['old-1', kept?.id ?? ''],
    });
    const [added] = await db.attachments.toArray();
    await expectBlob(added?.blob, other, 'image/jpeg');
    await expectAllStoredAsBytes();

    await undoTopUpEdit(edited);
    expect(await db.attachments.count()).toBe(2);
    await expectBlob((await db.attachments.get(kept?.id ?? ''))?.blob, BYTES, 'image/jpeg');
    const old = await db.attachments.get('old-1');
    await expectBlob(old?.blob, awkwardBytes(1000, 2), 'image/png');
    await expectAllStoredAsBytes();
  });

  it('keeps its bytes through a deletion of its top-up or line and their undo', async () => {
    const lineId = await createLine(lineInput());
    const topUpId = await logTopUp(lineId, topUpInput(), [photo()]);
    const [before] = await storedAttachments();

    await restoreDeleted(await deleteTopUp(topUpId));
    expect(await storedAttachments()).toEqual([before]);
    await restoreDeleted(await deleteLine(lineId));
    expect(await storedAttachments()).toEqual([before]);
    await expectAllStoredAsBytes();
    await expectBlob((await db.attachments.toArray())[0]?.blob, BYTES, 'image/jpeg');
  });

  it('goes through a backup and its restore byte for byte, stored as bytes or as a Blob', async () => {
    const lineId = await createLine(lineInput());
    const topUpId = await logTopUp(lineId, topUpInput(), [photo()]);
    await addOldAttachment(topUpId, awkwardBytes(1000, 2));
    const zip = await exportBackup();
    await resetDatabase();

    const result = await readBackup(zip);
    if (!result.ok) throw new Error(result.error.kind);
    await applyBackup(result.backup, 'replace');
    await expectAllStoredAsBytes();
    const byName = new Map((await db.attachments.toArray()).map((row) => [row.name, row.blob]));
    await expectBlob(byName.get('receipt.jpg'), BYTES, 'image/jpeg');
    await expectBlob(byName.get('old.png'), awkwardBytes(1000, 2), 'image/png');
  });
});

describe('where IndexedDB refuses Blobs, a shared receipt', () => {
  beforeEach(refuseBlobs);

  const shared = (files: { name: string; type: string; blob: Blob }[]) => ({
    title: 'Receipt',
    text: '',
    url: '',
    files,
    refusedFiles: [],
  });

  it('is stored as bytes and read back as a Blob of its bytes and type', async () => {
    const file = new File([BYTES], 'shared.png', { type: 'image/png' });
    const id = await addSharedItem(shared([{ name: file.name, type: 'image/png', blob: file }]));
    const [stored] = await db.shareInbox.toCollection().raw().toArray();
    expect(stored?.files[0]?.blob).toBeInstanceOf(ArrayBuffer);
    const item = await readSharedItem(id);
    expect(item?.files.map((entry) => entry.name)).toEqual(['shared.png']);
    await expectBlob(item?.files[0]?.blob, BYTES, 'image/png');
    expect(await readSharedItem('no-such-id')).toBeNull();
  });

  it('stored as a Blob by an earlier version still reads as that Blob', async () => {
    await whileBlobsTaken(() =>
      db.shareInbox.add({
        ...shared([{ name: 'old.pdf', type: 'application/pdf', blob: new Blob([BYTES]) }]),
        id: 'old-share',
        receivedAt: 1,
      }),
    );
    const item = await readSharedItem('old-share');
    expect(item?.files[0]?.blob).toBeInstanceOf(Blob);
    expect(await bytesOf(item?.files[0]?.blob ?? new Blob())).toBe(
      await bytesOf(new Blob([BYTES])),
    );
  });
});
