/**
 * # Encrypted backups of Topup before the age format: the TOPUPENC container, version 1, read only
 *
 * Topup wrote passphrase backups in this container of its own until it moved to the age format
 * (backup-age). Nothing writes it any more; the app still reads it, so that every backup a user
 * kept stays a backup. All integers are big-endian.
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
 * Chunks let the import read the ZIP's directory at its end first, as it does for a plain ZIP,
 * opening only the chunks it needs and holding a few megabytes at a time.
 */
import { type BackupError, BackupFailure, type BackupLimits } from './backup-format';
import type { ZipSource } from './backup-zip-reader';

export const TOPUPENC_MAGIC = [...'TOPUPENC'].map((char) => char.charCodeAt(0));
export const TOPUPENC_VERSION = 1;
const CHUNK_BYTES_MIN = 64 * 1024;
const CHUNK_BYTES_MAX = 16 * 1024 * 1024;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
export const TAG_BYTES = 16;
export const HEADER_BYTES = 69;

interface Header {
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

/** Whether these bytes, the first of a file, are those of a TOPUPENC backup. */
export function isTopupencBackup(head: Uint8Array): boolean {
  return TOPUPENC_MAGIC.every((byte, index) => head[index] === byte);
}

/** The header of a TOPUPENC backup, refused if it asks for what no Topup wrote. */
function decodeHeader(bytes: Uint8Array<ArrayBuffer>, limits: BackupLimits): Header {
  if (bytes.length < HEADER_BYTES) fail({ kind: 'truncated' });
  const data = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = data.getUint8(8);
  if (version > TOPUPENC_VERSION) fail({ kind: 'encryption-unsupported' });
  if (version !== TOPUPENC_VERSION) fail({ kind: 'corrupt' });
  const iterations = data.getUint32(9);
  const { min, max } = limits.passphraseIterations;
  if (iterations < min || iterations > max) fail({ kind: 'corrupt' });
  const chunkBytes = data.getUint32(13);
  if (chunkBytes < CHUNK_BYTES_MIN || chunkBytes > CHUNK_BYTES_MAX) fail({ kind: 'corrupt' });
  const zipBytes = data.getUint32(17) * 2 ** 32 + data.getUint32(21);
  if (!Number.isSafeInteger(zipBytes)) fail({ kind: 'too-large', limit: 'total' });
  return {
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

export async function deriveKeys(
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
    info: encoder.encode(`topup-backup/${TOPUPENC_VERSION} ${info}`),
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
export function chunkNonce(base: Uint8Array<ArrayBuffer>, index: number): Uint8Array<ArrayBuffer> {
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

/**
 * The ZIP inside a TOPUPENC backup, as a source the ZIP reader reads like a plain file: each
 * chunk is opened when a read first needs it, the latest one kept for the reads that follow.
 * Refuses a wrong passphrase, an altered header and a file of the wrong length before that.
 */
export async function openTopupencBackup(
  file: Blob,
  passphrase: string,
  onRead: (bytes: number) => void,
  limits: BackupLimits,
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
