/**
 * # Encrypted backups: the age format
 *
 * A backup exported with a passphrase is the backup ZIP (see backup-format) encrypted to that
 * passphrase in the age format, version 1 (https://age-encryption.org/v1), binary, not armored,
 * and named `topup-backup-YYYY-MM-DD.zip.age`. age is an open, documented format with free tools
 * for every computer, so the backup does not need Topup to be opened: `age -d` with the passphrase
 * gives back the ZIP, which any unzip program opens. The app writes and reads it through the
 * age-encryption library (typage, by age's author), which it loads only when a backup is
 * encrypted or opened, so that the app's first load does not carry it.
 *
 * The file, as age specifies it:
 *
 * - A text header: the line `age-encryption.org/v1`; one scrypt stanza, the line
 *   `-> scrypt <salt, 16 bytes in base64> <work factor, log2 of scrypt's N>` and on the next line
 *   the file key sealed with ChaCha20-Poly1305 under scrypt(passphrase, salt, N, r = 8, p = 1);
 *   then `---` and the header's HMAC-SHA-256 under a key derived from the file key.
 * - A 16-byte random nonce, then the ZIP in 64 KiB chunks, each sealed with ChaCha20-Poly1305
 *   under a key derived from the file key and that nonce, the last one marked as the last. So
 *   chunks cannot be altered, reordered, dropped or added unnoticed.
 *
 * The app writes work factor 18 (scrypt over 256 MiB), age's own default. It reads up to 20: age's
 * CLI would accept 22, the library accepts 20, and 2^20 already needs a gigabyte. The app encrypts
 * to the passphrase in Unicode NFC, so that it gives the same bytes typed on any keyboard; reading
 * tries it as typed too, which is how age's CLI takes it.
 *
 * Reading: the header is looked at first, without the library, so that a file the app cannot open
 * (encrypted to a key rather than a passphrase, or asking for more scrypt work than the app
 * accepts) is refused before any time is spent on it. A wrong passphrase (it unwraps no file key)
 * is then told from a damaged header (a key is unwrapped, and the HMAC fails). The ZIP is
 * decrypted front to back into a Blob, gathered in parts of a few megabytes that the browser may
 * keep on disk, and then read as a plain ZIP is. Encrypting gathers its output the same way, so a
 * 200 MB backup is never held in memory whole.
 *
 * age's scrypt is one long synchronous computation (seconds on a phone), so the page runs these
 * functions in a worker (pwa/age-off-thread); they run on any thread.
 *
 * Backups encrypted before the app wrote age are in the TOPUPENC container (backup-topupenc),
 * which the app still reads and no longer writes.
 */
import type { ReadableStreamWithSize } from 'age-encryption';
import { BackupFailure, type BackupError, type BackupLimits } from './backup-format';
import { blobGatherer } from './backup-bytes';
import { createPacer } from './backup-pacer';
import { blobSource, type ZipSource } from './backup-zip-reader';

const MAGIC = new TextEncoder().encode('age-encryption.org/v1\n');
/** What the app always writes: age's default. */
export const SCRYPT_WORK_FACTOR = 18;
/** The most the app reads: the library's limit, below the CLI's (see above). */
const SCRYPT_WORK_FACTOR_MAX = 20;
/** A passphrase file's header is some 150 bytes; the app opens none longer than this. */
const HEADER_MAX = 1024;
const NONCE_BYTES = 16;
const TAG_BYTES = 16;

function fail(error: BackupError): never {
  throw new BackupFailure(error);
}

/** Whether these bytes, the first of a file, are those of an age file. */
export function isAgeBackup(head: Uint8Array): boolean {
  return MAGIC.every((byte, index) => head[index] === byte);
}

/** The bytes of `stream`, each chunk told to `onChunk` as it passes. */
function counted(
  stream: ReadableStream<Uint8Array>,
  onChunk: (bytes: number) => void,
): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onChunk(chunk.length);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** All the bytes of `stream` as one Blob, made of Blobs of a few megabytes each. */
async function blobOf(stream: ReadableStream<Uint8Array>, type: string): Promise<Blob> {
  const pace = createPacer();
  const reader = stream.getReader();
  const gathered = blobGatherer();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    gathered.add(next.value);
    await pace();
  }
  return gathered.blob(type);
}

export interface EncryptOptions {
  /** Hears bytes of the ZIP encrypted, of its size. */
  onProgress?: (done: number, total: number) => void;
  /** Lowered only by tests, to keep them fast; the app always writes SCRYPT_WORK_FACTOR. */
  scryptWorkFactor?: number;
}

/** The backup ZIP `zip` encrypted to `passphrase` as an age file, a chunk at a time. */
export async function encryptBackup(
  zip: Blob,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Blob> {
  const { onProgress, scryptWorkFactor = SCRYPT_WORK_FACTOR } = options;
  if (passphrase.length === 0) throw new RangeError('An empty passphrase protects nothing');
  const { Encrypter } = await import('age-encryption');
  const encrypter = new Encrypter();
  encrypter.setScryptWorkFactor(scryptWorkFactor);
  encrypter.setPassphrase(passphrase.normalize('NFC'));
  let done = 0;
  const sealed = await encrypter.encrypt(
    counted(zip.stream(), (bytes) => {
      done += bytes;
      onProgress?.(done, zip.size);
    }),
  );
  const file = await blobOf(sealed, 'application/octet-stream');
  if (file.size !== sealed.size(zip.size)) {
    throw new Error('The encrypted backup is not the size it should be');
  }
  return file;
}

/**
 * Refuses, before any time is spent on it, an age file the app cannot open or that cannot be
 * whole: its header must hold one scrypt stanza of a work factor the app accepts and end within
 * HEADER_MAX bytes, and be followed by at least a nonce and one chunk's tag. The library checks
 * the rest.
 */
function checkHeader(head: Uint8Array, fileSize: number): void {
  // One character a byte, so that offsets in the text are offsets in the file.
  const text = new TextDecoder('latin1').decode(head);
  const endedEarly = fileSize <= head.length;
  const incomplete = (): never => fail({ kind: endedEarly ? 'truncated' : 'corrupt' });
  const lines = text.split('\n');
  // The version line and the stanza's first line, each with its line break.
  if (lines.length < 3) incomplete();
  const [arrow, type, salt, workFactor = '', ...more] = (lines[1] ?? '').split(' ');
  if (arrow !== '->') fail({ kind: 'corrupt' });
  if (type !== 'scrypt') fail({ kind: 'encryption-unsupported' });
  if (!salt || more.length > 0 || !/^[1-9][0-9]?$/.test(workFactor)) fail({ kind: 'corrupt' });
  if (Number(workFactor) > SCRYPT_WORK_FACTOR_MAX) fail({ kind: 'encryption-unsupported' });
  const macLine = text.indexOf('\n---');
  const headerEnd = macLine < 0 ? -1 : text.indexOf('\n', macLine + 1) + 1;
  if (headerEnd <= 0) incomplete();
  if (fileSize < headerEnd + NONCE_BYTES + TAG_BYTES) fail({ kind: 'truncated' });
}

/** Decrypts an age file into the ZIP it holds: where this runs is the page's choice. */
export type DecryptAge = (
  file: Blob,
  passphrase: string,
  onRead: (bytes: number) => void,
  limits: BackupLimits,
) => Promise<Blob>;

/**
 * The ZIP inside an age file, decrypted with `passphrase` front to back into a Blob. Throws a
 * BackupFailure saying why a file cannot be opened.
 */
export const decryptAge: DecryptAge = async (file, passphrase, onRead, limits) => {
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  for (const form of new Set([passphrase.normalize('NFC'), passphrase])) {
    decrypter.addPassphrase(form);
  }
  // Tried after the passphrases, so reached only when none of them unwrapped the file key.
  let unmatched = false;
  decrypter.addIdentity({
    unwrapFileKey: () => {
      unmatched = true;
      return null;
    },
  });

  let plain: ReadableStreamWithSize;
  try {
    plain = await decrypter.decrypt(counted(file.stream(), onRead));
  } catch (error) {
    // Out of memory (scrypt at a high work factor on a small phone) is no fault of the file.
    if (error instanceof RangeError) throw error;
    return fail({ kind: unmatched ? 'wrong-passphrase' : 'corrupt' });
  }
  let refusal: BackupError | undefined;
  try {
    if (plain.size(file.size) > limits.totalBytes) refusal = { kind: 'too-large', limit: 'total' };
  } catch {
    // No age file is this long: it was cut off.
    refusal = { kind: 'truncated' };
  }
  if (refusal) {
    await plain.cancel();
    return fail(refusal);
  }
  try {
    return await blobOf(plain, 'application/zip');
  } catch (error) {
    if (error instanceof RangeError) throw error;
    // The passphrase is right (it unwrapped the file key), so a chunk itself was altered.
    return fail({ kind: 'corrupt' });
  }
};

/**
 * The ZIP inside an age backup, decrypted with `passphrase`, as a source the ZIP reader reads like
 * a plain file. Asks for the passphrase only once the header shows a file the app can open.
 */
export async function openAgeBackup(
  file: Blob,
  passphrase: string | undefined,
  onRead: (bytes: number) => void,
  limits: BackupLimits,
  decrypt: DecryptAge = decryptAge,
): Promise<ZipSource> {
  checkHeader(new Uint8Array(await file.slice(0, HEADER_MAX).arrayBuffer()), file.size);
  if (passphrase === undefined) fail({ kind: 'passphrase-needed' });
  // The file is read twice, to decrypt it and then as a ZIP: each pass counts for half of it.
  const halfRead = (bytes: number) => onRead(bytes / 2);
  return blobSource(await decrypt(file, passphrase, halfRead, limits), halfRead);
}
