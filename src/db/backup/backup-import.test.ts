import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from './backup-export';
import { BACKUP_LIMITS, type BackupError, type ParsedBackup } from './backup-format';
import { applyBackup, readBackup } from './backup-import';
import {
  awkwardBytes,
  backupZip,
  bytesOf,
  declareSize,
  dumpDatabase,
  seedEverything,
  VALID_FILES,
  validManifest,
} from '@/testing/backup-fixtures';
import { db } from '@/db/database';
import { createLine, deleteLine, updateLine } from '@/db/lines';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from '@/db/top-ups';
import { logUse } from '@/db/uses';

beforeEach(resetDatabase);

/** A receipt size for tests where the size does not matter. */
const SMALL = 5_000;

async function version(lineId: string): Promise<number> {
  const line = await db.lines.get(lineId);
  if (!line) throw new Error(`No line ${lineId}`);
  return line.updatedAt;
}

async function read(file: Blob): Promise<ParsedBackup> {
  const result = await readBackup(file);
  if (!result.ok) throw new Error(`Refused: ${JSON.stringify(result.error)}`);
  return result.backup;
}

describe('export, then readBackup and applyBackup', () => {
  it('restores every row and every byte of every receipt into an emptied database', async () => {
    await seedEverything();
    const before = await dumpDatabase();
    const file = await exportBackup();
    await resetDatabase();

    const result = await readBackup(file);
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.summary).toEqual({
      lines: 4,
      topUps: 4,
      attachments: 3,
      // The two saved, and the version the database noted when it was created.
      settings: 3,
      exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      appVersion: __APP_VERSION__,
    });
    await applyBackup(result.backup, 'replace');

    // The share inbox is not in a backup: the emptied database's stays empty.
    expect(await dumpDatabase()).toEqual({ ...before, shareInbox: [] });
  });

  it('keeps receipt bytes that look like ZIP headers intact', async () => {
    const line = await createLine(lineInput());
    const bytes = awkwardBytes(100_000, 3);
    await logTopUp(line, topUpInput(), [
      { name: 'x.pdf', type: 'application/pdf', blob: new Blob([bytes]) },
    ]);
    const backup = await read(await exportBackup());
    expect(new Uint8Array(await (backup.attachments[0]?.blob ?? new Blob()).arrayBuffer())).toEqual(
      bytes,
    );
  });

  it('replaces what the device has with the backup, leaving the share inbox alone', async () => {
    const { home } = await seedEverything();
    const before = await dumpDatabase();
    const backup = await read(await exportBackup());
    await deleteLine(home);
    await createLine(lineInput({ name: 'Made after the backup' }));
    await db.settings.put({ key: 'language', value: 'en', createdAt: 1, updatedAt: 1 });

    await applyBackup(backup, 'replace');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('reads receipts that another program deflated', async () => {
    const zip = backupZip(validManifest(), {
      'attachments/file-1': [strToU8('png'), { level: 9 }],
    });
    const backup = await read(new Blob([zip]));
    expect(await backup.attachments[0]?.blob.text()).toBe('png');
    expect(backup.attachments[0]?.blob.type).toBe('image/png');
  });

  it("reads a version 1 line's `plan` as its planName", async () => {
    const backup = await read(new Blob([backupZip(validManifest())]));
    expect(backup.lines).toEqual([
      { ...lineInput(), id: 'line-1', archived: false, createdAt: 1, updatedAt: 1 },
    ]);
    expect(backup.lines[0]).not.toHaveProperty('plan');
  });

  it('reads a version 2 file written before uses were kept, with no `uses` at all', async () => {
    const manifest = { ...validManifest(), formatVersion: 2, minorDigits: { USD: 2 } };
    const backup = await read(new Blob([backupZip(manifest)]));
    expect(backup.lines).toHaveLength(1);
    expect(backup.uses).toEqual([]);
  });

  it('refuses a version 3 file without its uses, since version 3 always has them', async () => {
    const manifest = { ...validManifest(), formatVersion: 3, minorDigits: { USD: 2 } };
    const result = await readBackup(new Blob([backupZip(manifest)]));
    expect(result.ok).toBe(false);
  });

  it('brings a balance and its readings into the app’s digits with the price', async () => {
    const base = validManifest();
    const [line] = base.tables.lines;
    const reading = { amount: { minor: 17400, currency: 'USD' }, asOf: '2027-01-20' };
    const manifest = {
      ...base,
      formatVersion: 3,
      // Written counting USD in three digits: every amount is read back in cents, exactly.
      minorDigits: { USD: 3 },
      tables: {
        ...base.tables,
        uses: [],
        lines: [
          {
            ...line,
            planName: 'Unlimited',
            plan: undefined,
            price: { minor: 15000, currency: 'USD' },
            balance: { ...reading, renewsFromBalance: true },
            balanceHistory: [{ ...reading, amount: { minor: 2000, currency: 'USD' } }],
          },
        ],
        topUps: base.tables.topUps.map((topUp) => ({
          ...topUp,
          amount: { minor: 15000, currency: 'USD' },
        })),
      },
    };
    const backup = await read(new Blob([backupZip(JSON.parse(JSON.stringify(manifest)))]));
    expect(backup.lines[0]?.price.minor).toBe(1500);
    expect(backup.lines[0]?.balance?.amount.minor).toBe(1740);
    expect(backup.lines[0]?.balanceHistory?.[0]?.amount.minor).toBe(200);
  });

  it('reports progress in bytes read, up to the size of the file', async () => {
    await seedEverything();
    const file = await exportBackup();
    const calls: [number, number][] = [];
    await readBackup(file, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)).toEqual([file.size, file.size]);
    const dones = calls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(calls.every(([, total]) => total === file.size)).toBe(true);
  });
});

describe('applyBackup merge', () => {
  it('keeps the newer of two edited rows, adds what is missing and deletes nothing', async () => {
    const { home, travel, late } = await seedEverything(SMALL);
    await updateLine(
      travel,
      lineInput({ name: 'Edited before the backup' }),
      await version(travel),
      4000,
    );
    const backup = await read(await exportBackup());

    // After the backup: home is edited again here, travel's edit is undone to an older version,
    // the late line and its top-up are deleted, and a new line exists only here.
    await updateLine(home, lineInput({ name: 'Edited here later' }), await version(home), 5000);
    const travelRow = await db.lines.get(travel);
    if (!travelRow) throw new Error('seed');
    await db.lines.put({ ...travelRow, name: 'Older here', updatedAt: 3500 });
    await deleteLine(late);
    const onlyHere = await createLine(lineInput({ name: 'Only here' }));
    await db.settings.put({ key: 'theme', value: 'light', createdAt: 10, updatedAt: 30 });
    await db.settings.put({ key: 'defaultLeadDays', value: [7], createdAt: 10, updatedAt: 5 });
    await db.reminderLog.clear();
    await db.reminderLog.put({
      key: `${travel}|2027-03-01|lead-0`,
      lineId: travel,
      dueDate: date('2027-03-01'),
      stage: 'lead-0',
      shownAt: 6,
    });
    const attachmentsHere = await db.attachments.count();

    await applyBackup(backup, 'merge');

    expect((await db.lines.get(home))?.name).toBe('Edited here later');
    expect((await db.lines.get(travel))?.name).toBe('Edited before the backup');
    expect((await db.lines.get(late))?.name).toBe('Late');
    expect((await db.lines.get(onlyHere))?.name).toBe('Only here');
    expect(await db.topUps.where('lineId').equals(late).count()).toBe(1);
    expect(await db.topUps.count()).toBe(4);
    expect(await db.attachments.count()).toBe(attachmentsHere);
    expect((await db.settings.get('theme'))?.value).toBe('light');
    expect((await db.settings.get('defaultLeadDays'))?.value).toEqual([3, 1, 0]);
    expect((await db.reminderLog.toArray()).map((entry) => entry.stage).sort()).toEqual([
      'lead-0',
      'lead-1',
    ]);
  });

  it('adds receipts of a top-up it already has, and brings their bytes', async () => {
    const { first } = await seedEverything(SMALL);
    const backup = await read(await exportBackup());
    const pdf = await db.attachments
      .where('topUpId')
      .equals(first)
      .filter((row) => row.name === 'receipt.pdf')
      .first();
    if (!pdf) throw new Error('seed');
    await db.attachments.delete(pdf.id);

    await applyBackup(backup, 'merge');
    const restored = await db.attachments.get(pdf.id);
    expect(await bytesOf(restored?.blob ?? new Blob())).toBe(await bytesOf(pdf.blob));
  });

  it("works a line's last use out from both sides' uses when the backup's line is the newer", async () => {
    const rule = {
      every: 6,
      unit: 'months' as const,
      counts: ['sms' as const],
      since: date('2027-01-01'),
    };
    const id = await createLine(lineInput({ activity: rule }), 1000);
    // The backup holds the line edited later than here, and no use yet.
    await updateLine(id, lineInput({ name: 'Renamed', activity: rule }), await version(id), 9000);
    const backup = await read(await exportBackup());
    const row = await db.lines.get(id);
    if (!row) throw new Error('seed');
    await db.lines.put({ ...row, name: 'Older here', updatedAt: 2000 });
    await logUse(id, { usedOn: date('2027-03-05'), kind: 'sms', note: '' }, 2000);
    expect((await db.lines.get(id))?.updatedAt).toBeLessThan(9000);

    await applyBackup(backup, 'merge');
    expect(await db.lines.get(id)).toMatchObject({ name: 'Renamed', lastUsedOn: '2027-03-05' });
  });
});

describe('applyBackup when a write fails', () => {
  it.each(['replace', 'merge'] as const)(
    '%s leaves the database exactly as it was',
    async (mode) => {
      await seedEverything();
      const before = await dumpDatabase();
      const backup = await read(new Blob([backupZip(validManifest())]));
      const failing = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      db.attachments.hook('creating', failing);
      try {
        await expect(applyBackup(backup, mode)).rejects.toThrow('quota');
      } finally {
        db.attachments.hook('creating').unsubscribe(failing);
      }
      expect(await dumpDatabase()).toEqual(before);
    },
  );
});

/** A manifest with one change made by `edit`. */
function edited(edit: (manifest: ReturnType<typeof validManifest>) => void) {
  const manifest = validManifest();
  edit(manifest);
  return manifest;
}

const MiB = 1024 * 1024;

describe('readBackup refuses a bad file and leaves the database alone', () => {
  const cases: [string, () => Blob | Promise<Blob>, BackupError, typeof BACKUP_LIMITS?][] = [
    [
      'a file that is not a ZIP',
      () => new Blob(['just some text, not a backup']),
      { kind: 'not-a-zip' },
    ],
    ['an empty file', () => new Blob([]), { kind: 'not-a-zip' }],
    [
      'a ZIP cut in half',
      () => {
        const zip = backupZip(validManifest(), {
          'attachments/file-1': [awkwardBytes(50_000), { level: 0 }],
        });
        return new Blob([zip.subarray(0, zip.length / 2)]);
      },
      { kind: 'truncated' },
    ],
    [
      'a ZIP without topup.json',
      () => new Blob([zipSync({ 'notes.txt': strToU8('hello') })]),
      { kind: 'missing-manifest' },
    ],
    [
      'topup.json that is not JSON',
      () => new Blob([backupZip('{"format": "topup-backup",')]),
      { kind: 'not-json' },
    ],
    [
      'topup.json that is not UTF-8',
      () => new Blob([zipSync({ 'topup.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) })]),
      { kind: 'not-json' },
    ],
    ['JSON that is a list', () => new Blob([backupZip([1, 2])]), { kind: 'wrong-format' }],
    [
      'another format',
      () => new Blob([backupZip(edited((m) => Object.assign(m, { format: 'other' })))]),
      { kind: 'wrong-format' },
    ],
    [
      'a newer format version',
      () => new Blob([backupZip(edited((m) => Object.assign(m, { formatVersion: 4 })))]),
      { kind: 'future-version', version: 4 },
    ],
    [
      'format version 0',
      () => new Blob([backupZip(edited((m) => Object.assign(m, { formatVersion: 0 })))]),
      { kind: 'invalid-data', path: 'formatVersion' },
    ],
    [
      'a missing table',
      () => new Blob([backupZip(edited((m) => Reflect.deleteProperty(m.tables, 'reminderLog')))]),
      { kind: 'invalid-data', path: 'tables.reminderLog' },
    ],
    [
      'a top-up paid on February 30',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.topUps[0] ?? {}, { paidOn: '2027-02-30' })),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.topUps[0].paidOn' },
    ],
    [
      'a row with an extra key',
      () =>
        new Blob([backupZip(edited((m) => Object.assign(m.tables.lines[0] ?? {}, { extra: 1 })))]),
      { kind: 'invalid-data', path: 'tables.lines[0].extra' },
    ],
    [
      'a lead day out of range',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.lines[0] ?? {}, { leadDays: [3, 1, 99] })),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.lines[0].leadDays[2]' },
    ],
    [
      'a row with a __proto__ key',
      () =>
        new Blob([
          backupZip(
            JSON.stringify(validManifest()).replace(
              '"id":"line-1"',
              '"__proto__":{"polluted":true},"id":"line-1"',
            ),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.lines[0].__proto__' },
    ],
    [
      'a setting whose value has a constructor key',
      () =>
        new Blob([
          backupZip(
            JSON.stringify(validManifest()).replace(
              '"value":"light"',
              '"value":{"constructor":{"prototype":{"polluted":true}}}',
            ),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.settings[0].value' },
    ],
    [
      'a row with an extra key of 100,000 characters, named short in the message',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.lines[0] ?? {}, { ['k'.repeat(100_000)]: 1 })),
          ),
        ]),
      { kind: 'invalid-data', path: `tables.lines[0].${'k'.repeat(103)}…` },
    ],
    [
      'a row with an extra key that reverses the text around it',
      () =>
        new Blob([
          backupZip(edited((m) => Object.assign(m.tables.lines[0] ?? {}, { '\u202egpj': 1 }))),
        ]),
      { kind: 'invalid-data', path: 'tables.lines[0].\ufffdgpj' },
    ],
    [
      'an attachment of a type the app never keeps',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.attachments[0] ?? {}, { type: 'text/html' })),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.attachments[0].type' },
    ],
    [
      'an attachment whose id is a path',
      () =>
        new Blob([
          backupZip(
            edited((m) =>
              Object.assign(m.tables.attachments[0] ?? {}, {
                id: '../x',
                file: 'attachments/../x',
              }),
            ),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.attachments[0].id' },
    ],
    [
      'an attachment naming another file',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.attachments[0] ?? {}, { file: 'topup.json' })),
          ),
        ]),
      { kind: 'invalid-data', path: 'tables.attachments[0].file' },
    ],
    [
      'two lines with one id',
      () =>
        new Blob([
          backupZip(
            edited((m) =>
              m.tables.lines.push(...m.tables.lines.map((line) => ({ ...line, name: 'Twin' }))),
            ),
          ),
        ]),
      { kind: 'duplicate-id', path: 'tables.lines[1].id', id: 'line-1' },
    ],
    [
      'a top-up of a missing line',
      () =>
        new Blob([
          backupZip(edited((m) => Object.assign(m.tables.topUps[0] ?? {}, { lineId: 'line-9' }))),
        ]),
      { kind: 'dangling-reference', path: 'tables.topUps[0].lineId', target: 'line-9' },
    ],
    [
      'an attachment of a missing top-up',
      () =>
        new Blob([
          backupZip(
            edited((m) => Object.assign(m.tables.attachments[0] ?? {}, { topUpId: 'gone' })),
          ),
        ]),
      { kind: 'dangling-reference', path: 'tables.attachments[0].topUpId', target: 'gone' },
    ],
    [
      'an attachment without its file',
      () => new Blob([backupZip(validManifest(), {})]),
      {
        kind: 'dangling-reference',
        path: 'tables.attachments[0].file',
        target: 'attachments/file-1',
      },
    ],
    [
      'a file of another size than declared',
      () => new Blob([backupZip(validManifest(), { 'attachments/file-1': strToU8('jpeg') })]),
      {
        kind: 'dangling-reference',
        path: 'tables.attachments[0].size',
        target: 'attachments/file-1',
      },
    ],
    [
      'a receipt whose bytes were damaged',
      () => {
        const zip = backupZip(validManifest());
        // zipSync writes the receipt last, so its bytes end where the central directory starts.
        const directoryOffset = new DataView(zip.buffer).getUint32(zip.length - 6, true);
        expect(zip[directoryOffset - 1]).toBe('g'.charCodeAt(0));
        zip[directoryOffset - 1] = 'q'.charCodeAt(0);
        return new Blob([zip]);
      },
      { kind: 'corrupt', file: 'attachments/file-1' },
    ],
    [
      'a receipt beyond the size limit (a ZIP bomb of zeros)',
      () => {
        const zeros = new Uint8Array(BACKUP_LIMITS.attachmentBytes + 1);
        const manifest = edited((m) =>
          Object.assign(m.tables.attachments[0] ?? {}, { size: zeros.length }),
        );
        return new Blob([backupZip(manifest, { 'attachments/file-1': zeros })]);
      },
      { kind: 'too-large', limit: 'attachment' },
    ],
    [
      'a topup.json declared beyond the size limit',
      () => new Blob([declareSize(backupZip(validManifest()), 'topup.json', 64 * MiB + 1)]),
      { kind: 'too-large', limit: 'manifest' },
    ],
    [
      'a small declared size that inflates to megabytes of zeros',
      () =>
        new Blob([
          declareSize(
            backupZip(validManifest(), { 'attachments/file-1': new Uint8Array(8 * MiB) }),
            'attachments/file-1',
            3,
          ),
        ]),
      { kind: 'corrupt', file: 'attachments/file-1' },
    ],
    [
      'more entries than the limit',
      () => new Blob([backupZip(validManifest())]),
      { kind: 'too-large', limit: 'entries' },
      { ...BACKUP_LIMITS, entries: 1 },
    ],
    [
      'more bytes in all than the limit',
      () => new Blob([backupZip(validManifest())]),
      { kind: 'too-large', limit: 'total' },
      { ...BACKUP_LIMITS, totalBytes: 100 },
    ],
  ];

  it.each(cases)('%s', async (_case, makeFile, error, limits) => {
    await seedEverything(SMALL);
    const before = await dumpDatabase();
    const result = await readBackup(await makeFile(), { limits });
    expect(result).toEqual({ ok: false, error });
    expect(await dumpDatabase()).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts the valid manifest those files are made from', async () => {
    const result = await readBackup(new Blob([backupZip(validManifest(), VALID_FILES)]));
    expect(result.ok).toBe(true);
  });
});
