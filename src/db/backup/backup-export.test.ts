import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, exportBackup } from './backup-export';
import { seedEverything } from '@/testing/backup-fixtures';
import { db } from '@/db/database';
import { resetDatabase } from '@/testing/db-fixtures';

beforeEach(resetDatabase);

async function unzip(file: Blob) {
  const methods = new Map<string, number>();
  const files = unzipSync(new Uint8Array(await file.arrayBuffer()), {
    filter: (entry) => {
      methods.set(entry.name, entry.compression);
      return true;
    },
  });
  return { files, methods };
}

describe('backupFileName', () => {
  it('names the file by the local calendar day', () => {
    expect(backupFileName(new Date(2027, 0, 5, 23, 59))).toBe('topup-backup-2027-01-05.zip');
    expect(backupFileName(new Date(2027, 11, 31, 0, 0))).toBe('topup-backup-2027-12-31.zip');
  });

  it('names an encrypted backup as the age file of that ZIP', () => {
    expect(backupFileName(new Date(2027, 0, 5, 23, 59), true)).toBe(
      'topup-backup-2027-01-05.zip.age',
    );
  });
});

describe('exportBackup', () => {
  it('writes a ZIP of topup.json, deflated, and each receipt stored as it is, named by its id', async () => {
    await seedEverything(5_000);
    const file = await exportBackup();
    expect(file.type).toBe('application/zip');
    const { files, methods } = await unzip(file);
    const attachments = await db.attachments.toArray();
    expect(Object.keys(files).sort()).toEqual(
      ['topup.json', ...attachments.map((row) => `attachments/${row.id}`)].sort(),
    );
    expect(methods.get('topup.json')).toBe(8);
    for (const row of attachments) {
      expect(methods.get(`attachments/${row.id}`)).toBe(0);
      expect(files[`attachments/${row.id}`]).toEqual(new Uint8Array(await row.blob.arrayBuffer()));
    }
  });

  it('describes every table in topup.json, attachments without their bytes, and no share inbox', async () => {
    await seedEverything(5_000);
    const started = Date.now();
    const { files } = await unzip(await exportBackup());
    const manifest: unknown = JSON.parse(strFromU8(files['topup.json'] ?? new Uint8Array()));
    const attachments = await db.attachments.toArray();
    expect(manifest).toEqual({
      format: 'topup-backup',
      formatVersion: 3,
      appVersion: __APP_VERSION__,
      exportedAt: expect.any(String),
      // The currency of every amount, with the digits the amounts are counted in.
      minorDigits: { JPY: 0, USD: 2 },
      tables: {
        lines: await db.lines.toArray(),
        topUps: await db.topUps.toArray(),
        settings: await db.settings.toArray(),
        reminderLog: await db.reminderLog.toArray(),
        attachments: attachments.map(({ blob: _bytes, ...row }) => ({
          ...row,
          file: `attachments/${row.id}`,
        })),
        uses: await db.uses.toArray(),
      },
    });
    const exportedAt = Date.parse((manifest as { exportedAt: string }).exportedAt);
    expect(exportedAt).toBeGreaterThanOrEqual(started);
    expect(exportedAt).toBeLessThanOrEqual(Date.now());
  });

  it('reports progress that only grows and ends at the total', async () => {
    await seedEverything();
    const calls: [number, number][] = [];
    await exportBackup((done, total) => calls.push([done, total]));
    const attachments = await db.attachments.toArray();
    const receiptBytes = attachments.reduce((sum, row) => sum + row.size, 0);
    const [, total = 0] = calls.at(-1) ?? [];
    expect(calls.at(-1)).toEqual([total, total]);
    expect(total).toBeGreaterThan(receiptBytes);
    // The large receipt is read a megabyte at a time.
    expect(calls.length).toBeGreaterThan(4);
    const dones = calls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('writes an empty database too', async () => {
    const { files } = await unzip(await exportBackup());
    expect(Object.keys(files)).toEqual(['topup.json']);
  });
});
