import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, type BackupError, BackupFailure } from './backup-format';
import { awkwardBytes, bytesOf, declareSize } from '@/testing/backup-fixtures';
import { blobSource, readZipDirectory, readZipEntry, type ZipSource } from './backup-zip-reader';

const noPause = () => Promise.resolve();

/** An archive as fflate's streaming Zip writes it: every entry followed by a data descriptor. */
function streamedZip(files: Record<string, { bytes: Uint8Array; deflate: boolean }>): Blob {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(new Uint8Array(chunk));
  });
  for (const [name, { bytes, deflate }] of Object.entries(files)) {
    const entry = deflate ? new ZipDeflate(name) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return new Blob(chunks);
}

async function readAll(source: ZipSource, name: string, maxBytes = BACKUP_LIMITS.attachmentBytes) {
  const entries = await readZipDirectory(source, BACKUP_LIMITS);
  const entry = entries.get(name);
  if (!entry) throw new Error(`No ${name}`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  await readZipEntry(source, entry, {
    maxBytes,
    limit: 'attachment',
    pace: noPause,
    onData: (chunk) => chunks.push(chunk),
  });
  return new Blob(chunks);
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BackupFailure)) throw new Error(`Not refused: ${String(error)}`);
  return error.error;
}

describe('the ZIP reader', () => {
  it('reads entries of a streamed archive exactly, even bytes that look like ZIP headers', async () => {
    const stored = awkwardBytes(3 * 1024 * 1024 + 17, 5);
    const text = strToU8('{"hello":"世界"}'.repeat(1000));
    const file = streamedZip({
      'attachments/a': { bytes: stored, deflate: false },
      'topup.json': { bytes: text, deflate: true },
      'attachments/b': { bytes: awkwardBytes(10, 6), deflate: false },
    });
    const source = blobSource(file, () => undefined);
    expect(await bytesOf(await readAll(source, 'attachments/a'))).toBe(
      await bytesOf(new Blob([stored])),
    );
    expect(await bytesOf(await readAll(source, 'topup.json'))).toBe(
      await bytesOf(new Blob([text])),
    );
    expect(await bytesOf(await readAll(source, 'attachments/b'))).toBe(
      await bytesOf(new Blob([awkwardBytes(10, 6)])),
    );
  });

  it('reads the file a slice at a time, front to back, about once', async () => {
    const file = streamedZip({
      'attachments/a': { bytes: awkwardBytes(4 * 1024 * 1024), deflate: false },
    });
    let read = 0;
    const source = blobSource(file, (bytes) => (read += bytes));
    await readAll(source, 'attachments/a');
    expect(read).toBeLessThan(file.size + 128 * 1024);
  });

  it('stops inflating at the first byte past the declared size', async () => {
    const bomb = declareSize(
      zipSync({ 'attachments/a': new Uint8Array(8 * 1024 * 1024) }),
      'attachments/a',
      10,
    );
    const source = blobSource(new Blob([bomb]), () => undefined);
    const entry = (await readZipDirectory(source, BACKUP_LIMITS)).get('attachments/a');
    if (!entry) throw new Error('No entry');
    let received = 0;
    const error = await refusal(
      readZipEntry(source, entry, {
        maxBytes: BACKUP_LIMITS.attachmentBytes,
        limit: 'attachment',
        pace: noPause,
        onData: (chunk) => (received += chunk.length),
      }),
    );
    expect(error).toEqual({ kind: 'corrupt', file: 'attachments/a' });
    expect(received).toBeLessThanOrEqual(10);
  });

  it('refuses deflated data that ends early', async () => {
    const zip = zipSync({ 'attachments/a': [awkwardBytes(100_000), { level: 6 }] });
    // Keep the directory but shorten what the entry's data says it holds.
    const source = blobSource(new Blob([zip]), () => undefined);
    const entry = (await readZipDirectory(source, BACKUP_LIMITS)).get('attachments/a');
    if (!entry) throw new Error('No entry');
    const error = await refusal(
      readZipEntry(
        source,
        { ...entry, compressedSize: entry.compressedSize - 1000 },
        {
          maxBytes: BACKUP_LIMITS.attachmentBytes,
          limit: 'attachment',
          pace: noPause,
          onData: () => undefined,
        },
      ),
    );
    expect(error).toEqual({ kind: 'corrupt', file: 'attachments/a' });
  });

  it('refuses an archive with two entries of one name', async () => {
    const zip = zipSync({ 'attachments/a': strToU8('1'), 'attachments/b': strToU8('2') });
    // Rename b to a, in the local header and in the central directory.
    const text = new TextDecoder('latin1').decode(zip);
    for (
      let at = text.indexOf('attachments/b');
      at >= 0;
      at = text.indexOf('attachments/b', at + 1)
    ) {
      zip[at + 'attachments/'.length] = 'a'.charCodeAt(0);
    }
    const error = await refusal(
      readZipDirectory(
        blobSource(new Blob([zip]), () => undefined),
        BACKUP_LIMITS,
      ),
    );
    expect(error).toEqual({ kind: 'duplicate-id', path: 'attachments/a', id: 'attachments/a' });
  });

  it('tells a cut-off archive from a file that is no archive', async () => {
    const zip = zipSync({ 'attachments/a': awkwardBytes(1000) });
    const cut = blobSource(new Blob([zip.subarray(0, zip.length - 10)]), () => undefined);
    expect(await refusal(readZipDirectory(cut, BACKUP_LIMITS))).toEqual({ kind: 'truncated' });
    const other = blobSource(new Blob(['%PDF-1.7 not a zip']), () => undefined);
    expect(await refusal(readZipDirectory(other, BACKUP_LIMITS))).toEqual({ kind: 'not-a-zip' });
  });
});
