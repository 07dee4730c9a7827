// Shared by the hostile-backup tests: ZIP archives written byte by byte, so that every field can
// say what a hostile program wants it to say, and a deflate stream of zeros built block by block,
// which inflates to gigabytes without anything ever having to compress them.

export interface CraftedEntry {
  name: string;
  /** 0 stored, 8 deflated, or anything else. */
  method: number;
  data: Uint8Array<ArrayBuffer>;
  /** The size declared for the data once inflated. */
  size: number;
  crc: number;
}

const encoder = new TextEncoder();

function header(length: number, write: (data: DataView) => void): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

/** A ZIP archive of `entries` as a Blob; `count` overrides the number its end record declares. */
export function craftZip(entries: readonly CraftedEntry[], count = entries.length): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = header(30, (data) => {
      data.setUint32(0, 0x04034b50, true);
      data.setUint16(4, 20, true);
      data.setUint16(8, entry.method, true);
      data.setUint16(12, 0x21, true);
      data.setUint32(14, entry.crc, true);
      data.setUint32(18, entry.data.length, true);
      data.setUint32(22, entry.size, true);
      data.setUint16(26, name.length, true);
    });
    central.push(
      header(46, (data) => {
        data.setUint32(0, 0x02014b50, true);
        data.setUint16(4, 20, true);
        data.setUint16(6, 20, true);
        data.setUint16(10, entry.method, true);
        data.setUint16(14, 0x21, true);
        data.setUint32(16, entry.crc, true);
        data.setUint32(20, entry.data.length, true);
        data.setUint32(24, entry.size, true);
        data.setUint16(28, name.length, true);
        data.setUint32(42, offset, true);
      }),
      name,
    );
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, (data) => {
    data.setUint32(0, 0x06054b50, true);
    data.setUint16(8, count, true);
    data.setUint16(10, count, true);
    data.setUint32(12, directorySize, true);
    data.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...central, end]);
}

/** Writes bits as deflate does: values from their lowest bit, Huffman codes from their highest. */
function bitWriter() {
  const bytes: number[] = [];
  let byte = 0;
  let used = 0;
  const bit = (value: number) => {
    byte |= (value & 1) << used;
    used += 1;
    if (used === 8) {
      bytes.push(byte);
      byte = 0;
      used = 0;
    }
  };
  return {
    value(value: number, count: number) {
      for (let index = 0; index < count; index += 1) bit(value >> index);
    },
    code(code: number, length: number) {
      for (let index = length - 1; index >= 0; index -= 1) bit(code >> index);
    },
    /** The bytes written; the caller makes sure they end on a byte boundary, or pads them. */
    bytes: () => new Uint8Array(used ? [...bytes, byte] : bytes),
  };
}

// Fixed Huffman codes (RFC 1951, 3.2.6): the literal 0, the length 258 (symbol 285), the end of
// a block (symbol 256), and the distance 1 (distance code 0).
const LITERAL_ZERO = [0x30, 8] as const;
const LENGTH_258 = [0xc5, 8] as const;
const END_OF_BLOCK = [0, 7] as const;
const DISTANCE_1 = [0, 5] as const;

function block(
  writer: ReturnType<typeof bitWriter>,
  final: boolean,
  literal: boolean,
  matches: number,
) {
  writer.value(final ? 1 : 0, 1);
  writer.value(1, 2);
  if (literal) writer.code(...LITERAL_ZERO);
  for (let index = 0; index < matches; index += 1) {
    writer.code(...LENGTH_258);
    writer.code(...DISTANCE_1);
  }
  writer.code(...END_OF_BLOCK);
}

/**
 * A deflate stream of zeros: one zero, then copies of 258 bytes from one byte back. Its middle
 * blocks are a whole number of bytes each (13 bits a copy and 10 around them: 8,198 copies make
 * 106,584 bits), so one is written and then repeated. Each inflates to 2,115,084 bytes from
 * 13,323; `blocks` of them make the stream.
 */
export function zeroBomb(blocks: number): { data: Uint8Array<ArrayBuffer>; size: number } {
  const MIDDLE_COPIES = 8_198;
  const FIRST_COPIES = 6;
  const first = bitWriter();
  block(first, false, true, FIRST_COPIES);
  const middle = bitWriter();
  block(middle, false, false, MIDDLE_COPIES);
  const last = bitWriter();
  block(last, true, false, 0);
  const [head, body, tail] = [first.bytes(), middle.bytes(), last.bytes()];
  const data = new Uint8Array(head.length + blocks * body.length + tail.length);
  data.set(head, 0);
  for (let index = 0; index < blocks; index += 1) data.set(body, head.length + index * body.length);
  data.set(tail, head.length + blocks * body.length);
  return { data, size: 1 + 258 * (FIRST_COPIES + blocks * MIDDLE_COPIES) };
}

/** Where each entry's data lies in an archive, read from its central directory. */
export function zipLayout(zip: Uint8Array<ArrayBuffer>) {
  const data = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (data.getUint32(end, true) !== 0x06054b50) throw new Error('No end record');
  const count = data.getUint16(end + 10, true);
  const directory = data.getUint32(end + 16, true);
  const entries = new Map<string, { local: number; start: number; compressedSize: number }>();
  let at = directory;
  for (let index = 0; index < count; index += 1) {
    const nameLength = data.getUint16(at + 28, true);
    const skipped = data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = data.getUint32(at + 42, true);
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    entries.set(name, { local, start, compressedSize: data.getUint32(at + 20, true) });
    at += 46 + nameLength + skipped;
  }
  return { entries, directory, end };
}
