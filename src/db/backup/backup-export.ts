// Writing the whole database into one backup file (the format is described in backup-format).
// The archive is built with fflate's synchronous streaming classes on the page's thread: its
// worker-based API needs blob: workers, which the app's Content Security Policy forbids.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { blobGatherer } from './backup-bytes';
import { minorDigitsOf } from './backup-digits';
import {
  attachmentFile,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  type BackupManifest,
  MANIFEST_FILE,
} from './backup-format';
import { createPacer, type Pacer } from './backup-pacer';
import { db } from '@/db/database';
import type {
  AttachmentRow,
  LineRow,
  ReminderLogRow,
  SettingRow,
  TopUpRow,
  UseRow,
} from '@/db/rows';

const CHUNK_BYTES = 1024 * 1024;
/** Deflating this much takes a few tens of milliseconds on a slow phone. */
const DEFLATE_CHUNK_BYTES = 256 * 1024;
/** Rows turned into JSON at a time, so that no single step holds the thread for long. */
const ROWS_PER_PIECE = 500;

/**
 * `topup-backup-2027-01-31.zip`, by the device's calendar; `.zip.age` when encrypted, an age
 * file that `age -d` turns back into the `.zip` (backup-age).
 */
export function backupFileName(now: Date, encrypted = false): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `topup-backup-${day}.zip${encrypted ? '.age' : ''}`;
}

interface Snapshot {
  lines: LineRow[];
  topUps: TopUpRow[];
  settings: SettingRow[];
  reminderLog: ReminderLogRow[];
  attachments: AttachmentRow[];
  uses: UseRow[];
}

/**
 * All rows, read in one transaction so that the backup is one moment of the database even if
 * another tab writes meanwhile. Every attachment row is read as a Blob (stored-files): a stored
 * Blob stays on disk and is read one slice at a time while zipping; one stored as bytes (where
 * the browser refused Blobs) is in memory from here on.
 */
async function readSnapshot(): Promise<Snapshot> {
  return db.transaction(
    'r',
    [db.lines, db.topUps, db.settings, db.reminderLog, db.attachments, db.uses],
    async () => ({
      lines: await db.lines.toArray(),
      topUps: await db.topUps.toArray(),
      settings: await db.settings.toArray(),
      reminderLog: await db.reminderLog.toArray(),
      attachments: await db.attachments.toArray(),
      uses: await db.uses.toArray(),
    }),
  );
}

function manifestOf(snapshot: Snapshot, exportedAt: Date): BackupManifest {
  const { lines, topUps, settings, reminderLog, uses } = snapshot;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: __APP_VERSION__,
    exportedAt: exportedAt.toISOString(),
    minorDigits: minorDigitsOf({ lines, topUps }),
    tables: {
      lines,
      topUps,
      settings,
      reminderLog,
      attachments: snapshot.attachments.map(({ blob: _bytes, ...row }) => ({
        ...row,
        file: attachmentFile(row.id),
      })),
      uses,
    },
  };
}

/** The manifest's JSON text in pieces: the same text as JSON.stringify, made a few rows at a time. */
function* manifestPieces(manifest: BackupManifest): Generator<string> {
  const { tables, ...head } = manifest;
  yield `${JSON.stringify(head).slice(0, -1)},"tables":{`;
  for (const [index, name] of BACKUP_TABLES.entries()) {
    yield `${index === 0 ? '' : ','}${JSON.stringify(name)}:[`;
    const rows: readonly unknown[] = tables[name];
    for (let at = 0; at < rows.length; at += ROWS_PER_PIECE) {
      const piece = JSON.stringify(rows.slice(at, at + ROWS_PER_PIECE));
      yield `${at === 0 ? '' : ','}${piece.slice(1, -1)}`;
    }
    yield ']';
  }
  yield '}}';
}

async function encodeManifest(manifest: BackupManifest, pace: Pacer): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  for (const piece of manifestPieces(manifest)) {
    pieces.push(encoder.encode(piece));
    await pace();
  }
  return pieces;
}

/** Collects the archive's output; `failure` holds an error fflate reported through its callback. */
function zipOutput() {
  const output: { failure?: Error; ended: boolean } = { ended: false };
  const gathered = blobGatherer();
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      output.failure = error;
      return;
    }
    gathered.add(chunk);
    output.ended = final;
  });
  const check = () => {
    if (output.failure) throw output.failure;
  };
  return { zip, output, gathered, check };
}

/**
 * The whole database as a backup file: lines, top-ups and their receipt files, settings and the
 * reminder log. `onProgress` hears bytes written of the total before compression.
 */
export async function exportBackup(
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const exportedAt = new Date();
  const pace = createPacer();
  const snapshot = await readSnapshot();
  const manifest = await encodeManifest(manifestOf(snapshot, exportedAt), pace);
  const manifestBytes = manifest.reduce((sum, piece) => sum + piece.length, 0);
  const total = snapshot.attachments.reduce((sum, row) => sum + row.blob.size, manifestBytes);
  // Past these the archive would need ZIP64, which fflate does not write.
  if (snapshot.attachments.length + 1 > BACKUP_LIMITS.entries || total > BACKUP_LIMITS.totalBytes) {
    throw new RangeError('Too much to fit in one backup file');
  }

  const { zip, output, gathered, check } = zipOutput();
  let done = 0;
  const wrote = async (bytes: number) => {
    check();
    done += bytes;
    onProgress?.(done, total);
    await pace();
  };

  const manifestEntry = new ZipDeflate(MANIFEST_FILE, { level: 6 });
  manifestEntry.mtime = exportedAt;
  zip.add(manifestEntry);
  for (const [index, piece] of manifest.entries()) {
    const lastPiece = index === manifest.length - 1;
    for (let at = 0; at < piece.length; at += DEFLATE_CHUNK_BYTES) {
      const chunk = piece.subarray(at, at + DEFLATE_CHUNK_BYTES);
      manifestEntry.push(chunk, lastPiece && at + DEFLATE_CHUNK_BYTES >= piece.length);
      await wrote(chunk.length);
    }
  }

  // Stored as they are: receipt photos and PDFs are compressed already.
  for (const { id, blob } of snapshot.attachments) {
    const entry = new ZipPassThrough(attachmentFile(id));
    entry.mtime = exportedAt;
    zip.add(entry);
    if (blob.size === 0) entry.push(new Uint8Array(0), true);
    for (let at = 0; at < blob.size; at += CHUNK_BYTES) {
      const chunk = new Uint8Array(await blob.slice(at, at + CHUNK_BYTES).arrayBuffer());
      entry.push(chunk, at + CHUNK_BYTES >= blob.size);
      await wrote(chunk.length);
    }
  }

  zip.end();
  check();
  if (!output.ended) throw new Error('The backup archive did not end');
  onProgress?.(total, total);
  return gathered.blob('application/zip');
}
