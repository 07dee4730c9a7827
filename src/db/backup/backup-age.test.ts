import { Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { encryptBackup, isAgeBackup } from './backup-age';
import { exportBackup } from './backup-export';
import { BACKUP_LIMITS, type BackupError } from './backup-format';
import { applyBackup, readBackup } from './backup-import';
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

/**
 * A small scrypt work factor keeps these tests fast. One digit, so that no flipped bit of it asks
 * for more work than this.
 */
const FAST = { scryptWorkFactor: 9 };
const PASSPHRASE = 'correct horse battery staple';
const MAGIC = 'age-encryption.org/v1\n';
const latin1 = new TextDecoder('latin1');

async function bytesOfFile(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A small encrypted backup of the hand-made manifest, and its bytes to break. */
async function smallEncrypted(passphrase = PASSPHRASE) {
  return bytesOfFile(await encryptBackup(new Blob([backupZip(validManifest())]), passphrase, FAST));
}

/** The length of an age file's header: up to the end of its `---` line. */
function headerLength(bytes: Uint8Array): number {
  const text = latin1.decode(bytes.subarray(0, 1024));
  return text.indexOf('\n', text.indexOf('\n---') + 1) + 1;
}

/** The header's lines: the version, the stanza's two, the MAC's. */
function headerLines(bytes: Uint8Array): string[] {
  return latin1.decode(bytes.subarray(0, headerLength(bytes) - 1)).split('\n');
}

/** The file with its header's lines rewritten by `edit`, the bytes after it as they were. */
function withHeader(bytes: Uint8Array<ArrayBuffer>, edit: (lines: string[]) => void): Blob {
  const lines = headerLines(bytes);
  edit(lines);
  return new Blob([`${lines.join('\n')}\n`, bytes.subarray(headerLength(bytes))]);
}

/** A header edit: the character at `index` of line `line` made another base64 digit. */
function digitOf(line: number, index: number) {
  return (lines: string[]) => {
    const text = lines[line] ?? '';
    lines[line] = text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);
  };
}

/** A header edit: the stanza's work factor, ` 9` in the small backups, made `value`. */
function workFactor(value: string) {
  return (lines: string[]) => {
    lines[1] = (lines[1] ?? '').replace(/ 9$/, value);
  };
}

async function refusal(file: Uint8Array<ArrayBuffer> | Blob, passphrase?: string) {
  const blob = file instanceof Blob ? file : new Blob([file]);
  const result = await readBackup(blob, { passphrase });
  if (result.ok) throw new Error('The file was accepted');
  return result.error;
}

describe('a backup encrypted with a passphrase', () => {
  it('restores every row and every receipt byte with its passphrase, across many chunks', async () => {
    await seedEverything();
    const before = await dumpDatabase();
    const zip = await exportBackup();
    const encrypted = await encryptBackup(zip, PASSPHRASE, FAST);
    expect(zip.size / 65_536).toBeGreaterThan(30);
    await resetDatabase();

    const progress: number[] = [];
    const result = await readBackup(encrypted, {
      passphrase: PASSPHRASE,
      onProgress: (done, total) => {
        expect(total).toBe(encrypted.size);
        progress.push(done);
      },
    });
    if (!result.ok) throw new Error(result.error.kind);
    await applyBackup(result.backup, 'replace');
    expect(await dumpDatabase()).toEqual({ ...before, shareInbox: [] });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(encrypted.size);
    // Decrypting counts for half of the progress, reading the ZIP for the other half.
    expect(progress.filter((done) => done < encrypted.size / 2).length).toBeGreaterThan(10);
  });

  it('is an age file of one scrypt stanza, holding the ZIP and nothing readable', async () => {
    const zip = backupZip(validManifest());
    const bytes = await bytesOfFile(await encryptBackup(new Blob([zip]), PASSPHRASE, FAST));
    expect(isAgeBackup(bytes)).toBe(true);
    const [version, stanza, wrapped, mac] = headerLines(bytes);
    expect(version).toBe('age-encryption.org/v1');
    expect(stanza).toMatch(/^-> scrypt [A-Za-z0-9+/]{22} 9$/);
    expect(wrapped).toMatch(/^[A-Za-z0-9+/]{43}$/);
    expect(mac).toMatch(/^--- [A-Za-z0-9+/]{43}$/);
    const text = latin1.decode(bytes.subarray(headerLength(bytes)));
    for (const readable of ['PK\u0003\u0004', 'topup', 'attachments']) {
      expect(text).not.toContain(readable);
    }

    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(await decrypter.decrypt(bytes)).toEqual(zip);
  });

  it('gets a fresh salt, file key and nonce each time', async () => {
    const one = await smallEncrypted();
    const two = await smallEncrypted();
    expect(headerLines(one)[1]).not.toBe(headerLines(two)[1]);
    expect(one.subarray(headerLength(one))).not.toEqual(two.subarray(headerLength(two)));
  });

  it('opens with the same passphrase typed in another Unicode form', async () => {
    const bytes = await smallEncrypted('caf\u00e9 密码');
    const result = await readBackup(new Blob([bytes]), { passphrase: 'cafe\u0301 密码' });
    expect(result.ok).toBe(true);
  });

  it('opens when encrypted elsewhere with the passphrase as typed, not in NFC', async () => {
    const encrypter = new Encrypter();
    encrypter.setScryptWorkFactor(FAST.scryptWorkFactor);
    encrypter.setPassphrase('cafe\u0301');
    const bytes = new Uint8Array(await encrypter.encrypt(backupZip(validManifest())));
    const result = await readBackup(new Blob([bytes]), { passphrase: 'cafe\u0301' });
    expect(result.ok).toBe(true);
  });

  it('reports encryption progress up to the size of the ZIP', async () => {
    const zip = new Blob([new Uint8Array(200_000)]);
    const calls: [number, number][] = [];
    await encryptBackup(zip, PASSPHRASE, {
      ...FAST,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.every(([, total]) => total === 200_000)).toBe(true);
    const done = calls.map(([bytes]) => bytes);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(calls.at(-1)).toEqual([200_000, 200_000]);
  });

  it('refuses an empty passphrase rather than pretend to protect the file', async () => {
    await expect(encryptBackup(new Blob(['x']), '', FAST)).rejects.toThrow(RangeError);
  });
});

describe('opening an age backup refuses, and changes nothing', () => {
  itRefusesMissingAndWrongPassphrases(() => smallEncrypted(), refusal);

  it('with any single bit of the file flipped', async () => {
    // Three chunks, the last one short.
    const zip = backupZip(validManifest(), {
      ...VALID_FILES,
      padding: [new Uint8Array(140_000), { level: 0 }],
    });
    const bytes = await bytesOfFile(await encryptBackup(new Blob([zip]), PASSPHRASE, FAST));
    expect((await readBackup(new Blob([bytes]), { passphrase: PASSPHRASE })).ok).toBe(true);
    await expectEveryFlippedBitRefused({
      bytes,
      headerBytes: headerLength(bytes),
      allowed: ['not-a-zip', 'truncated', 'corrupt', 'wrong-passphrase', 'encryption-unsupported'],
      pastHeader: 'corrupt',
      refusal,
      passphrase: PASSPHRASE,
    });
  });

  it('cut off at any point, saying it is cut off or damaged', async () => {
    const zip = backupZip(validManifest(), {
      ...VALID_FILES,
      padding: [new Uint8Array(140_000), { level: 0 }],
    });
    const bytes = await bytesOfFile(await encryptBackup(new Blob([zip]), PASSPHRASE, FAST));
    const header = headerLength(bytes);
    const chunkEnds = [1, 2].map((chunks) => header + 16 + chunks * (65_536 + 16));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.nat({ max: bytes.length - 1 }), fc.constantFrom(header + 16, ...chunkEnds)),
        async (end) => {
          const error = await refusal(bytes.slice(0, end), PASSPHRASE);
          if (end < MAGIC.length) expect(error).toEqual({ kind: 'not-a-zip' });
          else if (end < header + 32) expect(error).toEqual({ kind: 'truncated' });
          else expect(['truncated', 'corrupt']).toContain(error.kind);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('with bytes added at its end', async () => {
    const bytes = await smallEncrypted();
    expect(await refusal(new Blob([bytes, new Uint8Array(1)]), PASSPHRASE)).toEqual({
      kind: 'corrupt',
    });
  });

  it.each<[string, (lines: string[]) => void, BackupError]>([
    ['another salt', digitOf(1, '-> scrypt '.length), { kind: 'wrong-passphrase' }],
    ['another wrapped file key', digitOf(2, 0), { kind: 'wrong-passphrase' }],
    ['another MAC', digitOf(3, '--- '.length), { kind: 'corrupt' }],
    ['work factor 0', workFactor(' 0'), { kind: 'corrupt' }],
    ['work factor 09', workFactor(' 09'), { kind: 'corrupt' }],
    ['no work factor', workFactor(''), { kind: 'corrupt' }],
    [
      'a recipient that is no passphrase',
      (lines) => (lines[1] = lines[1]?.replace('scrypt', 'X25519') ?? ''),
      { kind: 'encryption-unsupported' },
    ],
    [
      'a second recipient',
      (lines) => lines.splice(3, 0, '-> X25519 AAAA', 'AAAA'),
      { kind: 'corrupt' },
    ],
    ['no stanza', (lines) => lines.splice(1, 2), { kind: 'corrupt' }],
    [
      'a header longer than any passphrase file’s',
      (lines) => lines.splice(3, 0, ...Array(30).fill(`-> grease ${'A'.repeat(40)}`)),
      { kind: 'corrupt' },
    ],
  ])('with %s in its header', async (_name, edit, error) => {
    expect(await refusal(withHeader(await smallEncrypted(), edit), PASSPHRASE)).toEqual(error);
  });

  it('with another nonce', async () => {
    const bytes = await smallEncrypted();
    const at = headerLength(bytes);
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    expect(await refusal(bytes, PASSPHRASE)).toEqual({ kind: 'corrupt' });
  });

  it('encrypted to a key rather than a passphrase, before asking for a passphrase', async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()));
    const bytes = new Uint8Array(await encrypter.encrypt(backupZip(validManifest())));
    expect(await refusal(new Blob([bytes]))).toEqual({ kind: 'encryption-unsupported' });
    expect(await refusal(new Blob([bytes]), PASSPHRASE)).toEqual({
      kind: 'encryption-unsupported',
    });
  });

  it('asking for absurd scrypt work before spending any time on it', async () => {
    const bytes = await smallEncrypted();
    for (const value of ['21', '22', '64']) {
      const file = withHeader(bytes, workFactor(` ${value}`));
      const started = performance.now();
      expect(await refusal(file, PASSPHRASE)).toEqual({ kind: 'encryption-unsupported' });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('holding a ZIP larger than the limits allow, before decrypting it', async () => {
    const bytes = await smallEncrypted();
    const result = await readBackup(new Blob([bytes]), {
      passphrase: PASSPHRASE,
      limits: { ...BACKUP_LIMITS, totalBytes: 100 },
    });
    expect(result).toEqual({ ok: false, error: { kind: 'too-large', limit: 'total' } });
  });
});
