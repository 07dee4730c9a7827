// Restoring a backup, in two steps: readBackup reads and checks the whole file without touching
// the database, so the user sees what it holds before deciding; applyBackup then writes it all
// in one transaction, so a restore is complete or never happened.
import { parseUtf8Json } from '@/domain/utf8-json';
import { checkManifest } from './backup-check';
import { type DecryptAge, isAgeBackup, openAgeBackup } from './backup-age';
import {
  BACKUP_LIMITS,
  type BackupError,
  BackupFailure,
  type BackupLimits,
  type BackupSummary,
  MANIFEST_FILE,
  type ParsedBackup,
} from './backup-format';
import { createPacer, type Pacer } from './backup-pacer';
import { isTopupencBackup, openTopupencBackup } from './backup-topupenc';
import {
  blobSource,
  readZipDirectory,
  readZipEntry,
  type ZipEntry,
  type ZipSource,
} from './backup-zip-reader';
import { db } from '@/db/database';
import { refreshLastUse } from '@/db/last-use';
import type { AttachmentRow } from '@/db/rows';
import { storable } from '@/db/storable';

export type ReadBackupResult =
  { ok: true; backup: ParsedBackup; summary: BackupSummary } | { ok: false; error: BackupError };

function fail(error: BackupError): never {
  throw new BackupFailure(error);
}

/**
 * Parses the manifest's UTF-8 bytes, rejecting bytes that are not UTF-8 as well as text that is
 * not JSON; the page passes one that works off its thread.
 */
export type ParseJson = (utf8: readonly Uint8Array[]) => Promise<unknown>;

async function readManifest(
  source: ZipSource,
  entry: ZipEntry,
  limits: BackupLimits,
  pace: Pacer,
  parseJson: ParseJson,
): Promise<unknown> {
  const chunks: Uint8Array[] = [];
  await readZipEntry(source, entry, {
    maxBytes: limits.manifestBytes,
    limit: 'manifest',
    pace,
    onData: (chunk) => chunks.push(chunk),
  });
  try {
    // JSON.parse makes "__proto__" an own key, never a prototype; the row schemas refuse it.
    return await parseJson(chunks);
  } catch {
    return fail({ kind: 'not-json' });
  }
}

async function readBlob(
  source: ZipSource,
  entry: ZipEntry,
  type: string,
  limits: BackupLimits,
  pace: Pacer,
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  await readZipEntry(source, entry, {
    maxBytes: limits.attachmentBytes,
    limit: 'attachment',
    pace,
    onData: (chunk) => parts.push(chunk),
  });
  return new Blob(parts, { type });
}

async function readAll(
  source: ZipSource,
  limits: BackupLimits,
  pace: Pacer,
  parseJson: ParseJson,
): Promise<ParsedBackup> {
  const entries = await readZipDirectory(source, limits);
  const manifestEntry = entries.get(MANIFEST_FILE);
  if (!manifestEntry) fail({ kind: 'missing-manifest' });
  const manifest = await checkManifest(
    await readManifest(source, manifestEntry, limits, pace, parseJson),
    pace,
  );

  let total = manifestEntry.size;
  const files = manifest.attachments.map(({ file, ...row }, index) => {
    const entry = entries.get(file);
    const path = `tables.attachments[${index}]`;
    if (!entry) fail({ kind: 'dangling-reference', path: `${path}.file`, target: file });
    if (entry.size !== row.size) {
      fail({ kind: 'dangling-reference', path: `${path}.size`, target: file });
    }
    total += entry.size;
    return { row, entry };
  });
  if (total > limits.totalBytes) fail({ kind: 'too-large', limit: 'total' });

  // In the order they lie in the archive, so that the file is read front to back once.
  const inFileOrder = [...files].sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  const blobs = new Map<string, Blob>();
  for (const { row, entry } of inFileOrder) {
    blobs.set(row.id, await readBlob(source, entry, row.type, limits, pace));
  }
  const attachments = files.map(({ row }): AttachmentRow => ({
    ...row,
    blob: blobs.get(row.id) ?? new Blob(),
  }));
  return { ...manifest, attachments };
}

function summaryOf(backup: ParsedBackup): BackupSummary {
  return {
    lines: backup.lines.length,
    topUps: backup.topUps.length,
    attachments: backup.attachments.length,
    settings: backup.settings.length,
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
  };
}

export interface ReadBackupOptions {
  /** Hears bytes of the file read, of its size. */
  onProgress?: (done: number, total: number) => void;
  /** The passphrase of an encrypted backup. */
  passphrase?: string;
  /** Lowered only by tests. */
  limits?: BackupLimits;
  /** How the manifest is parsed: on this thread unless the page offers a worker. */
  parseJson?: ParseJson;
  /** How an age file is decrypted: on this thread unless the page offers a worker. */
  decryptAge?: DecryptAge;
}

/** Enough of a file's first bytes to tell an age file (22 bytes) and a TOPUPENC one (8). */
const HEAD_BYTES = 22;

/**
 * The file as a ZIP: itself, or the ZIP inside it when it is an encrypted backup, in the age
 * format the app writes or in the TOPUPENC container it wrote before.
 */
async function zipOf(
  file: Blob,
  onRead: (bytes: number) => void,
  passphrase: string | undefined,
  limits: BackupLimits,
  decryptAge: DecryptAge | undefined,
): Promise<ZipSource> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (isAgeBackup(head)) return openAgeBackup(file, passphrase, onRead, limits, decryptAge);
  if (!isTopupencBackup(head)) return blobSource(file, onRead);
  if (passphrase === undefined) fail({ kind: 'passphrase-needed' });
  return openTopupencBackup(file, passphrase, onRead, limits);
}

/**
 * Reads a backup file, plain or encrypted, and checks all of it. Resolves with what it holds, or
 * with why it cannot be restored (an encrypted file without its passphrase among the reasons); a
 * damaged or foreign file never makes it throw.
 */
export async function readBackup(
  file: Blob,
  options: ReadBackupOptions = {},
): Promise<ReadBackupResult> {
  const {
    onProgress,
    passphrase,
    limits = BACKUP_LIMITS,
    parseJson = async (utf8) => parseUtf8Json(utf8),
    decryptAge,
  } = options;
  let done = 0;
  const onRead = (bytes: number) => {
    done = Math.min(file.size, done + bytes);
    onProgress?.(done, file.size);
  };
  try {
    const source = await zipOf(file, onRead, passphrase, limits, decryptAge);
    const backup = await readAll(source, limits, createPacer(), parseJson);
    onProgress?.(file.size, file.size);
    return { ok: true, backup, summary: summaryOf(backup) };
  } catch (error) {
    if (error instanceof BackupFailure) return { ok: false, error: error.error };
    throw error;
  }
}

interface Versioned {
  updatedAt: number;
}

interface Keyed<T> {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
}

/** The rows that are not stored yet, or are stored in an older version. */
async function newerThanStored<T extends Versioned>(
  table: Keyed<Versioned>,
  rows: readonly T[],
  keyOf: (row: T) => string,
): Promise<T[]> {
  const stored = await table.bulkGet(rows.map(keyOf));
  return rows.filter((row, index) => {
    const current = stored[index];
    return current === undefined || row.updatedAt > current.updatedAt;
  });
}

async function absentFrom<T>(
  table: Keyed<T>,
  rows: readonly T[],
  keyOf: (row: T) => string,
): Promise<T[]> {
  const stored = await table.bulkGet(rows.map(keyOf));
  return rows.filter((_row, index) => stored[index] === undefined);
}

/**
 * Writes rows a batch at a time. Each batch's requests are cloned on the main thread when they
 * are made, so one bulk write of 20,000 rows would freeze the page; between batches the page
 * gets a turn while the transaction stays open (it has requests in flight). Batches are small
 * enough that making one is not a long task.
 */
async function writeInBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  const BATCH = 200;
  for (let start = 0; start < rows.length; start += BATCH) {
    await write(rows.slice(start, start + BATCH));
  }
}

/**
 * Writes a backup read by readBackup, in one transaction: if any write fails, nothing changes.
 *
 * - `replace` empties lines, top-ups, attachments, settings and the reminder log and writes the
 *   backup's rows. The share inbox is left alone.
 * - `merge` keeps what the device has and adds what the backup has: a row is written when it is
 *   missing here or the backup's copy was edited later (`updatedAt`), for lines, top-ups,
 *   attachments and settings alike. The attachments of a written top-up come with it, and one
 *   added to a top-up elsewhere is added here too; nothing is deleted. The reminder log becomes
 *   the union of both, so an alert already shown is not shown again.
 */
export async function applyBackup(backup: ParsedBackup, mode: 'replace' | 'merge'): Promise<void> {
  const attachments = await storable(backup.attachments);
  const tables = [db.lines, db.topUps, db.attachments, db.settings, db.reminderLog, db.uses];
  await db.transaction('rw', tables, async () => {
    if (mode === 'replace') {
      for (const table of tables) await table.clear();
      await writeInBatches(backup.lines, (batch) => db.lines.bulkAdd(batch));
      await writeInBatches(backup.topUps, (batch) => db.topUps.bulkAdd(batch));
      await writeInBatches(attachments, (batch) => db.attachments.bulkAdd(batch));
      await writeInBatches(backup.settings, (batch) => db.settings.bulkAdd(batch));
      await writeInBatches(backup.reminderLog, (batch) => db.reminderLog.bulkAdd(batch));
      await writeInBatches(backup.uses, (batch) => db.uses.bulkAdd(batch));
      return;
    }
    const byId = (row: { id: string }) => row.id;
    const byKey = (row: { key: string }) => row.key;
    const lines = await newerThanStored(db.lines, backup.lines, byId);
    await writeInBatches(lines, (batch) => db.lines.bulkPut(batch));
    const topUps = await newerThanStored(db.topUps, backup.topUps, byId);
    await writeInBatches(topUps, (batch) => db.topUps.bulkPut(batch));
    const newer = await newerThanStored(db.attachments, attachments, byId);
    await writeInBatches(newer, (batch) => db.attachments.bulkPut(batch));
    const settings = await newerThanStored(db.settings, backup.settings, byKey);
    await writeInBatches(settings, (batch) => db.settings.bulkPut(batch));
    const reminderLog = await absentFrom(db.reminderLog, backup.reminderLog, byKey);
    await writeInBatches(reminderLog, (batch) => db.reminderLog.bulkPut(batch));
    const uses = await newerThanStored(db.uses, backup.uses, byId);
    await writeInBatches(uses, (batch) => db.uses.bulkPut(batch));
    // A line written from the backup, or given uses or top-ups by it, has its activity clock
    // worked out from both sides' uses and top-ups.
    const touched = new Set([
      ...lines.map((row) => row.id),
      ...[...uses, ...topUps].map((row) => row.lineId),
    ]);
    for (const lineId of touched) await refreshLastUse(lineId, Date.now());
  });
}
