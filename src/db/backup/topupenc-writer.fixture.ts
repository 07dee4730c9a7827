// Writes backups in the TOPUPENC container, which the app no longer writes but still reads, so
// that its tests have such files to read: the writer the app had, kept with the tests alone.
import {
  chunkNonce,
  deriveKeys,
  HEADER_BYTES,
  TOPUPENC_MAGIC,
  TOPUPENC_VERSION,
} from './backup-topupenc';

/** What the app wrote. */
export const TOPUPENC_ITERATIONS = 600_000;
export const TOPUPENC_CHUNK_BYTES = 1024 * 1024;

export interface TopupencOptions {
  iterations?: number;
  chunkBytes?: number;
}

/** The backup ZIP `zip` sealed with `passphrase` in a TOPUPENC container, as the app wrote it. */
export async function writeTopupenc(
  zip: Blob,
  passphrase: string,
  options: TopupencOptions = {},
): Promise<Blob> {
  const { iterations = TOPUPENC_ITERATIONS, chunkBytes = TOPUPENC_CHUNK_BYTES } = options;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const header = new Uint8Array(HEADER_BYTES);
  const data = new DataView(header.buffer);
  header.set(TOPUPENC_MAGIC, 0);
  data.setUint8(8, TOPUPENC_VERSION);
  data.setUint32(9, iterations);
  data.setUint32(13, chunkBytes);
  data.setUint32(17, Math.floor(zip.size / 2 ** 32));
  data.setUint32(21, zip.size % 2 ** 32);
  header.set(salt, 25);
  header.set(nonce, 41);
  header.set(check, 53);

  const parts: BlobPart[] = [header];
  for (let index = 0; index * chunkBytes < zip.size; index += 1) {
    const start = index * chunkBytes;
    const plain = await zip.slice(start, start + chunkBytes).arrayBuffer();
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: chunkNonce(nonce, index), additionalData: header },
      key,
      plain,
    );
    parts.push(sealed);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}
