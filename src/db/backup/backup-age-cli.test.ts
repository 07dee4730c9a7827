/// <reference types="node" />
// The app's encrypted backups and Debian's `age` command open each other's files: an encrypted
// backup needs no Topup to be opened, and a backup ZIP encrypted by hand opens in the app. The
// command always runs scrypt at age's work factor, 18, which is slow by design: each test runs it
// once.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ageDecrypt, ageEncrypt, requireCommands, unzipList, unzipTest } from './age-cli.fixture';
import { encryptBackup } from './backup-age';
import { exportBackup } from './backup-export';
import { applyBackup, readBackup } from './backup-import';
import { db } from '@/db/database';
import { dumpDatabase, seedEverything } from '@/testing/backup-fixtures';
import { resetDatabase } from '@/testing/db-fixtures';

const PASSPHRASE = 'blue kettle 42, 月光';
let folder = '';

beforeEach(async () => {
  await resetDatabase();
  folder = await mkdtemp(join(tmpdir(), 'topup-age-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function bytesOfFile(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('an encrypted backup and the age command', () => {
  it('age --decrypt opens what the app exported, a ZIP that unzip tests sound and lists whole', async () => {
    requireCommands();
    await seedEverything(50_000);
    const zip = await bytesOfFile(await exportBackup());
    // As the app writes it, at its own work factor.
    const encrypted = await bytesOfFile(await encryptBackup(new Blob([zip]), PASSPHRASE));
    expect(new TextDecoder().decode(encrypted.subarray(0, 80))).toMatch(
      /^age-encryption\.org\/v1\n-> scrypt \S{22} 18\n/,
    );
    const agePath = join(folder, 'topup-backup-2027-01-31.zip.age');
    const zipPath = join(folder, 'topup-backup-2027-01-31.zip');
    await writeFile(agePath, encrypted);

    await ageDecrypt(agePath, zipPath, PASSPHRASE);
    expect(new Uint8Array(await readFile(zipPath))).toEqual(zip);
    expect(await unzipTest(zipPath)).toContain('No errors detected');
    const attachments = await db.attachments.toArray();
    expect((await unzipList(zipPath)).sort()).toEqual(
      ['topup.json', ...attachments.map((row) => `attachments/${row.id}`)].sort(),
    );
  }, 60_000);

  it('the app opens a backup ZIP that age --passphrase encrypted, and only with its passphrase', async () => {
    requireCommands();
    await seedEverything(50_000);
    const before = await dumpDatabase();
    const zipPath = join(folder, 'topup-backup-2027-01-31.zip');
    const agePath = join(folder, 'topup-backup-2027-01-31.zip.age');
    await writeFile(zipPath, await bytesOfFile(await exportBackup()));
    await ageEncrypt(zipPath, agePath, PASSPHRASE);
    await resetDatabase();
    const file = new Blob([await readFile(agePath)]);

    expect(await readBackup(file)).toEqual({ ok: false, error: { kind: 'passphrase-needed' } });
    expect(await readBackup(file, { passphrase: 'blue kettle 42, 月亮' })).toEqual({
      ok: false,
      error: { kind: 'wrong-passphrase' },
    });
    const result = await readBackup(file, { passphrase: PASSPHRASE });
    if (!result.ok) throw new Error(result.error.kind);
    await applyBackup(result.backup, 'replace');
    expect(await dumpDatabase()).toEqual({ ...before, shareInbox: [] });
  }, 60_000);
});
