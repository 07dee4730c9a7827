// Byte helpers of the backup file: the ZIP checksum, chunks typed as the Blob constructor wants,
// and a Blob gathered from chunks.

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

/** Output is gathered into a Blob every few megabytes, which the browser may keep on disk. */
const SPILL_BYTES = 8 * 1024 * 1024;

/** Gathers chunks into one Blob made of Blobs of a few megabytes each, so that none is held whole. */
export function blobGatherer(): { add: (chunk: Uint8Array) => void; blob: (type: string) => Blob } {
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const spill = () => {
    parts.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    add(chunk) {
      pending.push(ownBytes(chunk));
      pendingBytes += chunk.length;
      if (pendingBytes >= SPILL_BYTES) spill();
    },
    blob(type) {
      spill();
      return new Blob(parts, { type });
    },
  };
}
