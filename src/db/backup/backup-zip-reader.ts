// Reads a ZIP archive held in a Blob, a slice at a time, through its central directory.
//
// The archive is never scanned for signatures. fflate's streaming Unzip finds where an entry
// written with a data descriptor ends (and its Zip writes every entry so) by looking for the next
// header signature, so a receipt whose bytes happen to contain one is cut there. The central
// directory gives every entry's offset, sizes and checksum, so each entry is read exactly, and
// nothing is inflated before its declared size is known to be within the limits.
import { UnzipInflate } from 'fflate';
import { crc32, ownBytes } from './backup-bytes';
import { type BackupError, BackupFailure, type BackupLimits } from './backup-format';
import type { Pacer } from './backup-pacer';

const SLICE_BYTES = 1024 * 1024;
/**
 * Compressed bytes handed to the inflater at a time. Deflate inflates at most about 1,000 times,
 * so one step never makes more than some 4 MB before the sizes are checked again; and the page
 * gets a turn between steps (larger steps of a backup's manifest made long tasks).
 */
const INFLATE_STEP = 4 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_RECORD_BYTES = 22;
const COMMENT_MAX = 0xffff;
/** Values that say "see the ZIP64 record": the app never writes one, so it is never needed. */
const ZIP64_COUNT = 0xffff;
const ZIP64_SIZE = 0xffffffff;
const ENCRYPTED = 1;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipSource {
  size: number;
  /** Exactly `length` bytes from `offset`; a read past the end means the file was cut off. */
  read(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** From 1 to `length` bytes from `offset`: what is at hand, so that a file is read once. */
  readSome(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
}

function fail(error: BackupError): never {
  throw new BackupFailure(error);
}

/** Reads `file` through a window of about a megabyte, telling `onRead` of every slice read. */
export function blobSource(file: Blob, onRead: (bytes: number) => void): ZipSource {
  let windowStart = 0;
  let window = new Uint8Array(0);
  const holds = (offset: number, length: number) =>
    offset >= windowStart && offset + length <= windowStart + window.length;
  const load = async (offset: number, length: number) => {
    const end = Math.min(file.size, offset + Math.max(length, SLICE_BYTES));
    window = new Uint8Array(await file.slice(offset, end).arrayBuffer());
    windowStart = offset;
    onRead(window.length);
  };
  return {
    size: file.size,
    async read(offset, length) {
      if (!holds(offset, length)) await load(offset, length);
      if (!holds(offset, length)) fail({ kind: 'truncated' });
      return window.subarray(offset - windowStart, offset - windowStart + length);
    },
    async readSome(offset, length) {
      if (!holds(offset, 1)) await load(offset, 1);
      if (!holds(offset, 1)) fail({ kind: 'truncated' });
      const end = Math.min(offset + length, windowStart + window.length);
      return window.subarray(offset - windowStart, end - windowStart);
    },
  };
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where the end-of-directory record starts in `tail`, the last bytes of the file. */
function findEndRecord(tail: Uint8Array): number | undefined {
  const data = view(tail);
  for (let at = tail.length - END_RECORD_BYTES; at >= 0; at -= 1) {
    if (
      data.getUint32(at, true) === END_OF_DIRECTORY &&
      at + END_RECORD_BYTES + data.getUint16(at + 20, true) === tail.length
    ) {
      return at;
    }
  }
  return undefined;
}

const nameDecoder = new TextDecoder();

function readCentralDirectory(
  directory: Uint8Array,
  count: number,
  directoryOffset: number,
): Map<string, ZipEntry> {
  const data = view(directory);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + CENTRAL_HEADER_BYTES > directory.length) fail({ kind: 'corrupt' });
    if (data.getUint32(at, true) !== CENTRAL_HEADER) fail({ kind: 'corrupt' });
    const nameLength = data.getUint16(at + 28, true);
    const skipped = data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    const nameEnd = at + CENTRAL_HEADER_BYTES + nameLength;
    if (nameEnd + skipped > directory.length) fail({ kind: 'corrupt' });
    const entry: ZipEntry = {
      name: nameDecoder.decode(directory.subarray(at + CENTRAL_HEADER_BYTES, nameEnd)),
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      crc: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    };
    if ([entry.compressedSize, entry.size, entry.localOffset].includes(ZIP64_SIZE)) {
      fail({ kind: 'too-large', limit: 'total' });
    }
    if (entry.localOffset + LOCAL_HEADER_BYTES > directoryOffset) {
      fail({ kind: 'corrupt', file: entry.name });
    }
    if (entries.has(entry.name)) fail({ kind: 'duplicate-id', path: entry.name, id: entry.name });
    entries.set(entry.name, entry);
    at = nameEnd + skipped;
  }
  if (at !== directory.length) fail({ kind: 'corrupt' });
  return entries;
}

/** Every entry of the archive by name, from its central directory; nothing is inflated. */
export async function readZipDirectory(
  source: ZipSource,
  limits: BackupLimits,
): Promise<Map<string, ZipEntry>> {
  const { size } = source;
  const tailStart = Math.max(0, size - END_RECORD_BYTES - COMMENT_MAX);
  const tail = await source.read(tailStart, size - tailStart);
  const end = findEndRecord(tail);
  if (end === undefined) {
    // A ZIP ends with its directory: a file that starts as one but has no end was cut off.
    const signature = size >= 4 ? view(await source.read(0, 4)).getUint32(0, true) : 0;
    const startsAsZip = signature === LOCAL_HEADER || signature === END_OF_DIRECTORY;
    return fail({ kind: startsAsZip ? 'truncated' : 'not-a-zip' });
  }
  const record = view(tail.subarray(end));
  const count = record.getUint16(10, true);
  const directorySize = record.getUint32(12, true);
  const directoryOffset = record.getUint32(16, true);
  const oneDisk =
    record.getUint16(4, true) === 0 &&
    record.getUint16(6, true) === 0 &&
    record.getUint16(8, true) === count;
  if (!oneDisk) fail({ kind: 'corrupt' });
  if (count === ZIP64_COUNT || count > limits.entries) {
    fail({ kind: 'too-large', limit: 'entries' });
  }
  if (directorySize === ZIP64_SIZE || directoryOffset === ZIP64_SIZE) {
    fail({ kind: 'too-large', limit: 'total' });
  }
  if (directoryOffset + directorySize > tailStart + end) fail({ kind: 'corrupt' });
  const directory = await source.read(directoryOffset, directorySize);
  return readCentralDirectory(directory, count, directoryOffset);
}

export interface ReadEntryOptions {
  /** Refused as too large beyond this many bytes, before anything is inflated. */
  maxBytes: number;
  limit: 'manifest' | 'attachment';
  pace: Pacer;
  onData(chunk: Uint8Array<ArrayBuffer>): void;
}

/**
 * Hands the entry's bytes to `onData` as they come, checking them against the sizes and the
 * checksum of the directory. Inflating stops as soon as a step goes past the declared size, so
 * a small entry that would inflate to gigabytes costs no more than its size and one step.
 */
export async function readZipEntry(
  source: ZipSource,
  entry: ZipEntry,
  options: ReadEntryOptions,
): Promise<void> {
  const corrupt = new BackupFailure({ kind: 'corrupt', file: entry.name });
  if (entry.size > options.maxBytes) fail({ kind: 'too-large', limit: options.limit });
  if (entry.flags & ENCRYPTED) throw corrupt;
  if (entry.method !== STORED && entry.method !== DEFLATED) throw corrupt;
  const header = view(await source.read(entry.localOffset, LOCAL_HEADER_BYTES));
  if (header.getUint32(0, true) !== LOCAL_HEADER) throw corrupt;
  const start =
    entry.localOffset +
    LOCAL_HEADER_BYTES +
    header.getUint16(26, true) +
    header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > source.size) fail({ kind: 'truncated' });

  const state: { crc: number; size: number; finished: boolean; failure?: BackupFailure } = {
    crc: 0,
    size: 0,
    finished: false,
  };
  const accept = (chunk: Uint8Array<ArrayBuffer>) => {
    state.size += chunk.length;
    if (state.size > entry.size) {
      state.failure = corrupt;
      return;
    }
    state.crc = crc32(state.crc, chunk);
    options.onData(chunk);
  };

  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw corrupt;
    for (let at = start; at < end;) {
      const slice = await source.readSome(at, end - at);
      accept(slice);
      at += slice.length;
      await options.pace();
    }
    state.finished = true;
  } else {
    const inflater = new UnzipInflate();
    inflater.ondata = (error, chunk, final) => {
      if (state.failure) return;
      if (error) {
        state.failure = corrupt;
        return;
      }
      accept(ownBytes(chunk));
      state.finished = final;
    };
    for (let at = start; at < end;) {
      const slice = await source.readSome(at, Math.min(INFLATE_STEP, end - at));
      at += slice.length;
      inflater.push(slice, at >= end);
      if (state.failure) throw state.failure;
      await options.pace();
    }
  }
  if (state.failure) throw state.failure;
  if (!state.finished || state.size !== entry.size || state.crc !== entry.crc) throw corrupt;
}
