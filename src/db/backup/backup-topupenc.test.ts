// Backups in the container the app wrote before age, which it still reads (backup-topupenc).
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { HEADER_BYTES, TAG_BYTES } from './backup-topupenc';
import { exportBackup } from './backup-export';
import { BACKUP_LIMITS, type BackupError } from './backup-format';
import { applyBackup, readBackup } from './backup-import';
import { TOPUPENC_ITERATIONS, writeTopupenc } from './topupenc-writer.fixture';
import {
  backupZip,
  dumpDatabase,
  seedEverything,
  VALID_FILES,
  validManifest,
} from '@/testing/backup-fixtures';
import { resetDatabase } from '@/testing/db-fixtures';
import {
  expectEveryFlippedBitRefused,
  itRefusesMissingAndWrongPassphrases,
} from '@/testing/passphrase-refusals';

beforeEach(resetDatabase);

/** Few PBKDF2 rounds keep these tests fast; the reader is told to accept them. */
const FAST = { iterations: 1000, chunkBytes: 64 * 1024 };
const LIMITS = { ...BACKUP_LIMITS, passphraseIterations: { min: 1000, max: 2000 } };
const PASSPHRASE = 'correct horse battery staple';

async function bytesOfFile(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

function header(bytes: Uint8Array<ArrayBuffer>): DataView {
  return new DataView(bytes.buffer, 0, HEADER_BYTES);
}

/** A small encrypted backup of the hand-made manifest, and its bytes to break. */
async function smallEncrypted(passphrase = PASSPHRASE) {
  return bytesOfFile(await writeTopupenc(new Blob([backupZip(validManifest())]), passphrase, FAST));
}

async function refusal(file: Uint8Array<ArrayBuffer> | Blob, passphrase?: string) {
  const blob = file instanceof Blob ? file : new Blob([file]);
  const result = await readBackup(blob, { passphrase, limits: LIMITS });
  if (result.ok) throw new Error('The file was accepted');
  return result.error;
}

describe('a TOPUPENC backup', () => {
  it('restores every row and every receipt byte with its passphrase, across many chunks', async () => {
    await seedEverything();
    const before = await dumpDatabase();
    const zip = await exportBackup();
    const encrypted = await writeTopupenc(zip, PASSPHRASE, FAST);
    expect(Math.ceil(zip.size / FAST.chunkBytes)).toBeGreaterThan(30);
    await resetDatabase();

    const result = await readBackup(encrypted, { passphrase: PASSPHRASE, limits: LIMITS });
    if (!result.ok) throw new Error(result.error.kind);
    await applyBackup(result.backup, 'replace');
    expect(await dumpDatabase()).toEqual({ ...before, shareInbox: [] });
  });

  it('opens as the app wrote it, with 600,000 PBKDF2 rounds and megabyte chunks', async () => {
    expect(BACKUP_LIMITS.passphraseIterations.min).toBe(TOPUPENC_ITERATIONS);
    const encrypted = await writeTopupenc(new Blob([backupZip(validManifest())]), PASSPHRASE);
    expect(header(await bytesOfFile(encrypted)).getUint32(9)).toBe(600_000);
    const result = await readBackup(encrypted, { passphrase: PASSPHRASE });
    expect(result.ok).toBe(true);
  }, 20_000);

  it('opens with the same passphrase typed in another Unicode form', async () => {
    const bytes = await smallEncrypted('caf\u00e9 密码');
    const result = await readBackup(new Blob([bytes]), {
      passphrase: 'cafe\u0301 密码',
      limits: LIMITS,
    });
    expect(result.ok).toBe(true);
  });

  it('reads the encrypted file about once, a chunk at a time', async () => {
    await seedEverything();
    const encrypted = await writeTopupenc(await exportBackup(), PASSPHRASE, FAST);
    let read = 0;
    class CountingBlob extends Blob {
      override slice(start?: number, end?: number, type?: string): Blob {
        const part = super.slice(start, end, type);
        read += part.size;
        return part;
      }
    }
    const counted = new CountingBlob([encrypted]);
    const result = await readBackup(counted, { passphrase: PASSPHRASE, limits: LIMITS });
    expect(result.ok).toBe(true);
    expect(read).toBeLessThan(encrypted.size + 3 * (FAST.chunkBytes + TAG_BYTES));
  });
});

describe('opening a TOPUPENC backup refuses, and changes nothing', () => {
  itRefusesMissingAndWrongPassphrases(() => smallEncrypted(), refusal);

  it('with any single bit of the file flipped', async () => {
    // Three chunks, the last one short.
    const zip = backupZip(validManifest(), {
      ...VALID_FILES,
      padding: [new Uint8Array(140_000), { level: 0 }],
    });
    const bytes = await bytesOfFile(await writeTopupenc(new Blob([zip]), PASSPHRASE, FAST));
    expect(await readBackup(new Blob([bytes]), { passphrase: PASSPHRASE, limits: LIMITS })).toEqual(
      expect.objectContaining({ ok: true }),
    );
    await expectEveryFlippedBitRefused({
      bytes,
      headerBytes: HEADER_BYTES,
      allowed: [
        'not-a-zip',
        'truncated',
        'corrupt',
        'wrong-passphrase',
        'encryption-unsupported',
        'too-large',
      ],
      refusal,
      passphrase: PASSPHRASE,
    });
  });

  it('cut off at any point, saying it is cut off', async () => {
    const bytes = await smallEncrypted();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (end) => {
        const error = await refusal(bytes.slice(0, end), PASSPHRASE);
        expect(error).toEqual({ kind: end < 8 ? 'not-a-zip' : 'truncated' });
      }),
      { numRuns: 60 },
    );
  });

  it('with bytes added at its end', async () => {
    const bytes = await smallEncrypted();
    expect(await refusal(new Blob([bytes, new Uint8Array(1)]), PASSPHRASE)).toEqual({
      kind: 'corrupt',
    });
  });

  it('with two chunks swapped', async () => {
    const bytes = await bytesOfFile(
      await writeTopupenc(
        new Blob([
          backupZip(validManifest(), {
            ...VALID_FILES,
            padding: [new Uint8Array(200_000), { level: 0 }],
          }),
        ]),
        PASSPHRASE,
        FAST,
      ),
    );
    const sealed = FAST.chunkBytes + TAG_BYTES;
    const swapped = bytes.slice();
    swapped.set(bytes.subarray(HEADER_BYTES, HEADER_BYTES + sealed), HEADER_BYTES + sealed);
    swapped.set(bytes.subarray(HEADER_BYTES + sealed, HEADER_BYTES + 2 * sealed), HEADER_BYTES);
    expect(await refusal(swapped, PASSPHRASE)).toEqual({ kind: 'corrupt' });
  });

  /** The small backup with one header field rewritten. */
  async function withHeader(edit: (data: DataView) => void) {
    const bytes = await smallEncrypted();
    edit(header(bytes));
    return bytes;
  }

  it.each<[string, (data: DataView) => void, BackupError]>([
    [
      'a newer container version',
      (data) => data.setUint8(8, 2),
      { kind: 'encryption-unsupported' },
    ],
    ['container version 0', (data) => data.setUint8(8, 0), { kind: 'corrupt' }],
    ['fewer rounds than the least', (data) => data.setUint32(9, 999), { kind: 'corrupt' }],
    ['no rounds at all', (data) => data.setUint32(9, 0), { kind: 'corrupt' }],
    ['more rounds than the most', (data) => data.setUint32(9, 2001), { kind: 'corrupt' }],
    ['four billion rounds', (data) => data.setUint32(9, 0xffffffff), { kind: 'corrupt' }],
    ['chunks of one byte', (data) => data.setUint32(13, 1), { kind: 'corrupt' }],
    ['chunks of 4 GB', (data) => data.setUint32(13, 0xffffffff), { kind: 'corrupt' }],
    [
      'a ZIP size beyond 2^53',
      (data) => data.setUint32(17, 0xffffffff),
      { kind: 'too-large', limit: 'total' },
    ],
    [
      'a larger ZIP size',
      (data) => data.setUint32(21, data.getUint32(21) + 1),
      { kind: 'truncated' },
    ],
    [
      'a smaller ZIP size',
      (data) => data.setUint32(21, data.getUint32(21) - 1),
      { kind: 'corrupt' },
    ],
    [
      'another salt',
      (data) => data.setUint8(25, data.getUint8(25) ^ 1),
      { kind: 'wrong-passphrase' },
    ],
    [
      'another check',
      (data) => data.setUint8(60, data.getUint8(60) ^ 1),
      { kind: 'wrong-passphrase' },
    ],
    ['another nonce', (data) => data.setUint8(45, data.getUint8(45) ^ 1), { kind: 'corrupt' }],
  ])('with %s in its header', async (_name, edit, error) => {
    expect(await refusal(await withHeader(edit), PASSPHRASE)).toEqual(error);
  });

  it('with the app’s bounds, absurd rounds before spending any time on them', async () => {
    const bytes = await smallEncrypted();
    for (const rounds of [599_999, 10_000_001, 0xffffffff]) {
      header(bytes).setUint32(9, rounds);
      const started = performance.now();
      const result = await readBackup(new Blob([bytes]), { passphrase: PASSPHRASE });
      expect(result).toEqual({ ok: false, error: { kind: 'corrupt' } });
      expect(performance.now() - started).toBeLessThan(1000);
    }
    // The test's own 1,000 rounds are too few for the app.
    header(bytes).setUint32(9, FAST.iterations);
    expect(await readBackup(new Blob([bytes]), { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: { kind: 'corrupt' },
    });
  });
});
