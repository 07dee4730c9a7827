/**
 * # Encrypted backups: the TOPUPENC container, version 1
 *
 * A backup exported with a passphrase is the backup ZIP (see backup-format) sealed in this
 * container. All integers are big-endian.
 *
 * | offset | bytes | field                                                                  |
 * | -----: | ----: | ---------------------------------------------------------------------- |
 * |      0 |     8 | magic, the ASCII text `TOPUPENC`                                       |
 * |      8 |     1 | container version, 1                                                   |
 * |      9 |     4 | PBKDF2 iterations (600,000 written; 600,000 to 10,000,000 read)        |
 * |     13 |     4 | chunk size, ZIP bytes per chunk (1 MiB written; 64 KiB to 16 MiB read) |
 * |     17 |     8 | size of the ZIP in bytes                                               |
 * |     25 |    16 | salt, random                                                           |
 * |     41 |    12 | nonce base, random                                                     |
 * |     53 |    16 | passphrase check                                                       |
 * |     69 |       | the chunks                                                             |
 *
 * Keys: PBKDF2-HMAC-SHA-256 of the passphrase (Unicode NFC, UTF-8) with the salt and the
 * iterations gives 32 bytes; HKDF-SHA-256 of those (empty salt) gives the AES-256-GCM key (info
 * `topup-backup/1 key`) and the 16-byte passphrase check (info `topup-backup/1 check`). The check
 * tells a wrong passphrase from a damaged file before anything is decrypted; it is no shortcut
 * for guessing, which costs the same PBKDF2 work either way.
 *
 * Chunks: the ZIP is cut into pieces of the chunk size (the last one shorter) and each is sealed
 * with AES-256-GCM: its ciphertext, then its 16-byte tag. Chunk i uses the nonce base with i
 * (32 bits) XORed into its last four bytes, and the 69 header bytes as additional data. So no
 * nonce repeats under a key, chunks cannot be reordered or moved between files, and the header
 * cannot be altered; the declared ZIP size fixes the file's exact length, so a cut-off or
 * extended file is refused before any chunk is opened.
 *
 * Why chunks and not one AES-GCM message: WebCrypto seals a message in one call, holding all of
 * it and all of its ciphertext in memory, which for a 200 MB backup is more than a phone can be
 * trusted to spare. Sealed a megabyte at a time, export and import hold a few megabytes at once,
 * and import can read the ZIP's directory at its end first, as it does for a plain ZIP, opening
 * only the chunks it needs.
 */
import { BACKUP_LIMITS, type BackupError, BackupFailure, type BackupLimits } from './backup-format';
import type { ZipSource } from './backup-zip-reader';

const MAGIC = [...'TOPUPENC'].map((char) => char.charCodeAt(0));
export const ENCRYPTION_VERSION = 1;
/** What the app always writes; tests alone pass fewer. */
export const PASSPHRASE_ITERATIONS = 600_000;
export const CHUNK_BYTES = 1024 * 1024;
const CHUNK_BYTES_MIN = 64 * 1024;
const CHUNK_BYTES_MAX = 16 * 1024 * 1024;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
export const HEADER_BYTES = 69;
/** Output is gathered into a Blob every few megabytes, which the browser may keep on disk. */
const SPILL_BYTES = 8 * CHUNK_BYTES;

interface Header {
  version: number;
  iterations: number;
  chunkBytes: number;
  zipBytes: number;
  salt: Uint8Array<ArrayBuffer>;
  nonce: Uint8Array<ArrayBuffer>;
  check: Uint8Array<ArrayBuffer>;
}

interface Keys {
  key: CryptoKey;
  check: Uint8Array<ArrayBuffer>;
}

function fail(error: BackupError): never {
  throw new BackupFailure(error);
}

/** Whether these bytes, the first of a file, are those of an encrypted backup. */
export function isEncryptedBackup(head: Uint8Array): boolean {
  return MAGIC.every((byte, index) => head[index] === byte);
}

function encodeHeader(header: Header): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(HEADER_BYTES);
  const data = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  data.setUint8(8, header.version);
  data.setUint32(9, header.iterations);
  data.setUint32(13, header.chunkBytes);
  data.setUint32(17, Math.floor(header.zipBytes / 2 ** 32));
  data.setUint32(21, header.zipBytes % 2 ** 32);
  bytes.set(header.salt, 25);
  bytes.set(header.nonce, 41);
  bytes.set(header.check, 53);
  return bytes;
}

/** The header of an encrypted backup, refused if it asks for what no Topup writes. */
function decodeHeader(bytes: Uint8Array<ArrayBuffer>, limits: BackupLimits): Header {
  if (bytes.length < HEADER_BYTES) fail({ kind: 'truncated' });
  const data = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = data.getUint8(8);
  if (version > ENCRYPTION_VERSION) fail({ kind: 'encryption-unsupported' });
  if (version !== ENCRYPTION_VERSION) fail({ kind: 'corrupt' });
  const iterations = data.getUint32(9);
  const { min, max } = limits.passphraseIterations;
  if (iterations < min || iterations > max) fail({ kind: 'corrupt' });
  const chunkBytes = data.getUint32(13);
  if (chunkBytes < CHUNK_BYTES_MIN || chunkBytes > CHUNK_BYTES_MAX) fail({ kind: 'corrupt' });
  const zipBytes = data.getUint32(17) * 2 ** 32 + data.getUint32(21);
  if (!Number.isSafeInteger(zipBytes)) fail({ kind: 'too-large', limit: 'total' });
  return {
    version,
    iterations,
    chunkBytes,
    zipBytes,
    salt: bytes.slice(25, 41),
    nonce: bytes.slice(41, 53),
    check: bytes.slice(53, 69),
  };
}

function subtle(): SubtleCrypto {
  // Only in a secure context (https, or localhost while developing).
  if (!globalThis.crypto?.subtle) throw new Error('WebCrypto is not available here');
  return globalThis.crypto.subtle;
}

const encoder = new TextEncoder();

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Keys> {
  const webCrypto = subtle();
  // NFC, so that the same passphrase typed on another keyboard gives the same bytes.
  const secret = await webCrypto.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const stretched = await webCrypto.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    secret,
    256,
  );
  const master = await webCrypto.importKey('raw', stretched, 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(`topup-backup/${ENCRYPTION_VERSION} ${info}`),
  });
  const key = await webCrypto.deriveKey(
    hkdf('key'),
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(await webCrypto.deriveBits(hkdf('check'), master, CHECK_BYTES * 8));
  return { key, check };
}

/** The nonce of chunk `index`: the base with the index XORed into its last four bytes. */
function chunkNonce(base: Uint8Array<ArrayBuffer>, index: number): Uint8Array<ArrayBuffer> {
  const nonce = base.slice();
  const data = new DataView(nonce.buffer);
  data.setUint32(NONCE_BYTES - 4, (data.getUint32(NONCE_BYTES - 4) ^ index) >>> 0);
  return nonce;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}

function sealedSize(zipBytes: number, chunkBytes: number): number {
  return HEADER_BYTES + zipBytes + Math.ceil(zipBytes / chunkBytes) * TAG_BYTES;
}

export interface EncryptOptions {
  onProgress?: (done: number, total: number) => void;
  /** Lowered only by tests, to keep them fast; the app always writes PASSPHRASE_ITERATIONS. */
  iterations?: number;
  /** Lowered only by tests, to have many chunks in a small file. */
  chunkBytes?: number;
}

/**
 * The backup ZIP `zip` sealed with `passphrase`, read and encrypted a chunk at a time.
 * `onProgress` hears bytes of the ZIP encrypted.
 */
export async function encryptBackup(
  zip: Blob,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Blob> {
  const { onProgress, iterations = PASSPHRASE_ITERATIONS, chunkBytes = CHUNK_BYTES } = options;
  if (passphrase.length === 0) throw new RangeError('An empty passphrase protects nothing');
  const webCrypto = subtle();
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const header = encodeHeader({
    version: ENCRYPTION_VERSION,
    iterations,
    chunkBytes,
    zipBytes: zip.size,
    salt,
    nonce,
    check,
  });

  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [header];
  let pendingBytes = header.length;
  for (let index = 0; index * chunkBytes < zip.size; index += 1) {
    const start = index * chunkBytes;
    const plain = await zip.slice(start, start + chunkBytes).arrayBuffer();
    const sealed = await webCrypto.encrypt(
      { name: 'AES-GCM', iv: chunkNonce(nonce, index), additionalData: header },
      key,
      plain,
    );
    pending.push(new Uint8Array(sealed));
    pendingBytes += sealed.byteLength;
    if (pendingBytes >= SPILL_BYTES) {
      parts.push(new Blob(pending));
      pending = [];
      pendingBytes = 0;
    }
    onProgress?.(start + plain.byteLength, zip.size);
  }
  parts.push(new Blob(pending));
  const sealedFile = new Blob(parts, { type: 'application/octet-stream' });
  if (sealedFile.size !== sealedSize(zip.size, chunkBytes)) {
    throw new Error('The encrypted backup is not the size it should be');
  }
  return sealedFile;
}

/**
 * The ZIP inside an encrypted backup, as a source the ZIP reader reads like a plain file: each
 * chunk is opened when a read first needs it, the latest one kept for the reads that follow.
 * Refuses a wrong passphrase, an altered header and a file of the wrong length before that.
 */
export async function openEncryptedBackup(
  file: Blob,
  passphrase: string,
  onRead: (bytes: number) => void,
  limits: BackupLimits = BACKUP_LIMITS,
): Promise<ZipSource> {
  const headerBytes = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  onRead(headerBytes.length);
  const header = decodeHeader(headerBytes, limits);
  const { chunkBytes, zipBytes } = header;
  const expected = sealedSize(zipBytes, chunkBytes);
  if (file.size < expected) fail({ kind: 'truncated' });
  if (file.size > expected) fail({ kind: 'corrupt' });
  const { key, check } = await deriveKeys(passphrase, header.salt, header.iterations);
  if (!sameBytes(check, header.check)) fail({ kind: 'wrong-passphrase' });
  const webCrypto = subtle();

  let latest: { index: number; bytes: Uint8Array<ArrayBuffer> } | undefined;
  const chunk = async (index: number): Promise<Uint8Array<ArrayBuffer>> => {
    if (latest?.index === index) return latest.bytes;
    const start = HEADER_BYTES + index * (chunkBytes + TAG_BYTES);
    const length = Math.min(chunkBytes, zipBytes - index * chunkBytes) + TAG_BYTES;
    const sealed = await file.slice(start, start + length).arrayBuffer();
    onRead(sealed.byteLength);
    if (sealed.byteLength !== length) fail({ kind: 'truncated' });
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(
        await webCrypto.decrypt(
          { name: 'AES-GCM', iv: chunkNonce(header.nonce, index), additionalData: headerBytes },
          key,
          sealed,
        ),
      );
    } catch {
      // The passphrase is right (its check matched), so the chunk itself was altered.
      return fail({ kind: 'corrupt' });
    }
    latest = { index, bytes };
    return bytes;
  };
  /** The bytes from `offset` to the end of its chunk, at most `length` of them. */
  const piece = async (offset: number, length: number) => {
    const index = Math.floor(offset / chunkBytes);
    const from = offset - index * chunkBytes;
    return (await chunk(index)).subarray(from, from + length);
  };

  return {
    size: zipBytes,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > zipBytes) fail({ kind: 'truncated' });
      if (length === 0) return new Uint8Array(0);
      const first = await piece(offset, length);
      if (first.length === length) return first;
      const bytes = new Uint8Array(length);
      bytes.set(first);
      for (let at = first.length; at < length;) {
        const next = await piece(offset + at, length - at);
        bytes.set(next, at);
        at += next.length;
      }
      return bytes;
    },
    async readSome(offset, length) {
      if (offset < 0 || offset >= zipBytes) fail({ kind: 'truncated' });
      return piece(offset, Math.max(1, length));
    },
  };
}
