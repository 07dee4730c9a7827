// Byte helpers of the backup file: the ZIP checksum, and chunks typed as the Blob constructor wants.

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

/**
 * The CRC-32 of ZIP (IEEE 802.3) of everything seen so far: start from 0 and feed each chunk with
 * the previous result. fflate checks no checksum when it reads, so the import checks them here.
 */
export function crc32(previous: number, bytes: Uint8Array): number {
  let crc = ~previous;
  for (let index = 0; index < bytes.length; index += 1) {
    crc = (CRC_TABLE[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

/** The same bytes typed as backed by an ArrayBuffer, which a Blob part must be; copied only if not. */
export function ownBytes(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
  return chunk.buffer instanceof ArrayBuffer
    ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    : new Uint8Array(chunk);
}
