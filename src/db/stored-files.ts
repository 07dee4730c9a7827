// Receipt files are stored as Blobs where the browser's IndexedDB takes them, and as their bytes
// (an ArrayBuffer, beside their type) where it refuses them; either way they are read back as
// Blobs, so the rest of the app only ever sees a Blob.
//
// Why: WebKit (Safari) refuses a Blob or File put into IndexedDB whenever it cannot write the
// blob's own backing file, failing the whole transaction with "UnknownError: Error preparing
// Blob/File data to be stored in object store". It always does in an ephemeral session (Private
// Browsing, and every WebDriver session: https://github.com/WebKit/WebKit/pull/39577) and at times
// in a normal one (https://github.com/dexie/Dexie.js/issues/1919, /issues/1227). Bytes are plain
// data that every engine stores; but bytes read back are held in memory, where a stored Blob stays
// on disk until read, so Blobs are kept wherever they are taken (see storable.ts).
//
// Writing: every writer passes its files through `storable` BEFORE its transaction opens;
// awaiting anything but IndexedDB inside a transaction lets it commit early. Reading: database.ts
// sets the readers below as Dexie `reading` hooks of `attachments` and `shareInbox`, so every get,
// query and live read hands out Blobs; only `Collection.raw()` sees the stored form.
//
// A stored Blob (as every earlier version wrote) is read as that Blob; no migration rewrites it.
import type {
  AttachmentRow,
  ShareInboxRow,
  StoredAttachmentRow,
  StoredBytes,
  StoredShareInboxRow,
} from './rows';

function blobOf(bytes: StoredBytes, type: string): Blob {
  return bytes instanceof Blob ? bytes : new Blob([bytes], { type });
}

/** An attachment row as the app sees it. Undefined stays undefined (`get` of a missing id). */
export function readAttachment(row: StoredAttachmentRow | undefined): AttachmentRow | undefined {
  return row && { ...row, blob: blobOf(row.blob, row.type) };
}

/** A share inbox row as the app sees it. */
export function readShareInboxRow(row: StoredShareInboxRow | undefined): ShareInboxRow | undefined {
  return (
    row && {
      ...row,
      files: row.files.map((file) => ({ ...file, blob: blobOf(file.blob, file.type) })),
    }
  );
}
