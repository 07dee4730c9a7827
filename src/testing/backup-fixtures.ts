// Shared by the backup tests: a database with something of everything, a full dump of it to
// compare, and hand-made backup archives to break in every way a file can be broken.
import { strToU8, type Zippable, zipSync } from 'fflate';
import { db } from '@/db/database';
import type { LineInput } from '@/db/row-schemas';
import { createLine } from '@/db/lines';
import { correctBalance } from '@/db/balance';
import { date, lineInput, topUpInput } from './db-fixtures';
import { logTopUp } from '@/db/top-ups';
import { logUse } from '@/db/uses';

const SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x07, 0x08],
  [0x50, 0x4b, 0x01, 0x02],
  [0x50, 0x4b, 0x05, 0x06],
];

/** Noise (the same every run) sprinkled with every ZIP signature, as a receipt's bytes may be. */
export function awkwardBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  SIGNATURES.forEach((signature, index) => {
    const at = Math.floor(((index + 1) * length) / (SIGNATURES.length + 2));
    if (at + signature.length <= length) bytes.set(signature, at);
  });
  return bytes;
}

function receipt(name: string, type: string, bytes: Uint8Array<ArrayBuffer>) {
  return { name, type, blob: new Blob([bytes], { type }) };
}

/**
 * Three lines, top-ups with receipts (by default one larger than a read slice, and one empty),
 * settings, alerts and a shared file.
 */
export async function seedEverything(largeReceiptBytes = 2_500_000) {
  const home = await createLine(lineInput({ name: '家里的号码', lateMode: 'keep' }), 1000);
  const travel = await createLine(
    lineInput({
      name: 'Travel',
      carrier: 'Tello',
      phone: '+1 628 555 0199',
      rule: { kind: 'validity', days: 90, stack: true },
      nextDue: date('2027-03-01'),
      activity: { every: 3, unit: 'months', counts: ['sms', 'top-up'], since: date('2027-01-02') },
    }),
    1000,
  );
  await logUse(travel, { usedOn: date('2027-02-14'), kind: 'sms', note: '短信 "hi"' }, 1500);
  const first = await logTopUp(
    home,
    topUpInput({ note: '第一次, "quoted"\nsecond line' }),
    [
      receipt('收据.jpg', 'image/jpeg', awkwardBytes(largeReceiptBytes)),
      receipt('receipt.pdf', 'application/pdf', awkwardBytes(5_000, 7)),
    ],
    2000,
  );
  // Paid late on a monthly line that restarts: the top-up keeps the rule it replaced.
  const late = await createLine(lineInput({ name: 'Late', nextDue: date('2027-01-10') }), 1000);
  await logTopUp(late, topUpInput({ paidOn: date('2027-01-20') }), [], 2500);
  await logTopUp(
    travel,
    topUpInput({ paidOn: date('2027-03-05'), amount: { minor: 1000, currency: 'JPY' } }),
    [receipt('empty.png', 'image/png', new Uint8Array(0))],
    3000,
  );
  // Renews from its balance: a top-up to it, then a correction that keeps the older reading.
  const payg = await createLine(
    lineInput({
      name: 'PAYG',
      price: { minor: 1000, currency: 'USD' },
      rule: { kind: 'monthly', every: 1, anchorDay: 9 },
      nextDue: date('2027-02-09'),
      balance: {
        amount: { minor: 1740, currency: 'USD' },
        asOf: date('2027-01-20'),
        renewsFromBalance: true,
        creditExpiresOn: date('2027-04-20'),
      },
      portOut: {
        accountNumber: '987654321',
        billingZip: '94107',
        pinIssuedOn: date('2027-01-02'),
        pinExpiresOn: date('2027-01-08'),
        usedFor: '银行, WhatsApp',
      },
    }),
    1000,
  );
  await logTopUp(
    payg,
    topUpInput({
      paidOn: date('2027-01-21'),
      amount: { minor: 500, currency: 'USD' },
      toBalance: true,
    }),
    [],
    3500,
  );
  await correctBalance(
    payg,
    { amount: { minor: 2000, currency: 'USD' }, asOf: date('2027-01-25') },
    undefined,
    3600,
  );
  await db.settings.bulkPut([
    { key: 'theme', value: 'dark', createdAt: 10, updatedAt: 20 },
    { key: 'defaultLeadDays', value: [3, 1, 0], createdAt: 10, updatedAt: 10 },
  ]);
  await db.reminderLog.put({
    key: `${home}|2027-01-31|lead-1`,
    lineId: home,
    dueDate: date('2027-01-31'),
    stage: 'lead-1',
    shownAt: 5,
  });
  await db.shareInbox.put({
    id: 'shared-1',
    title: 'A shared receipt',
    text: '',
    url: '',
    files: [{ name: 'shared.png', type: 'image/png', blob: new Blob(['shared']) }],
    receivedAt: 9,
  });
  return { home, travel, late, first, payg };
}

/**
 * Bytes as text, one character per byte: compared as one string, where vitest compares a byte
 * array item by item, slowly.
 */
export async function bytesOf(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}

/** Every row of every table, with the bytes of every file. */
export async function dumpDatabase() {
  const attachments = await db.attachments.toArray();
  const shareInbox = await db.shareInbox.toArray();
  return {
    lines: await db.lines.toArray(),
    topUps: await db.topUps.toArray(),
    settings: await db.settings.toArray(),
    reminderLog: await db.reminderLog.toArray(),
    uses: await db.uses.toArray(),
    attachments: await Promise.all(
      attachments.map(async ({ blob, ...row }) => ({
        ...row,
        bytes: await bytesOf(blob),
      })),
    ),
    shareInbox: await Promise.all(
      shareInbox.map(async (row) => ({
        ...row,
        files: await Promise.all(
          row.files.map(async (file) => ({ ...file, blob: await file.blob.text() })),
        ),
      })),
    ),
  };
}

function v1Line({ planName, ...rest }: LineInput) {
  return { ...rest, plan: planName };
}

/** A small valid manifest, written by hand as another program could write one. */
export function validManifest() {
  return {
    format: 'topup-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2027-01-31T09:00:00.000Z',
    tables: {
      // Version 1 named the plan's name `plan`, as the database did then.
      lines: [
        { ...v1Line(lineInput()), id: 'line-1', archived: false, createdAt: 1, updatedAt: 1 },
      ],
      topUps: [
        {
          ...topUpInput(),
          id: 'top-up-1',
          lineId: 'line-1',
          dueBefore: '2027-01-31',
          dueAfter: '2027-02-28',
          createdAt: 2,
          updatedAt: 2,
        },
      ],
      settings: [{ key: 'theme', value: 'light', createdAt: 3, updatedAt: 3 }],
      reminderLog: [
        {
          key: 'line-1|2027-01-31|lead-1',
          lineId: 'line-1',
          dueDate: '2027-01-31',
          stage: 'lead-1',
          shownAt: 4,
        },
      ],
      attachments: [
        {
          id: 'file-1',
          topUpId: 'top-up-1',
          name: 'receipt.png',
          type: 'image/png',
          size: 3,
          file: 'attachments/file-1',
          createdAt: 2,
          updatedAt: 2,
        },
      ],
    },
  };
}

export const VALID_FILES: Zippable = { 'attachments/file-1': [strToU8('png'), { level: 0 }] };

/** A backup archive of a manifest (an object, or JSON text as it is) and files. */
export function backupZip(
  manifest: unknown,
  files: Zippable = VALID_FILES,
): Uint8Array<ArrayBuffer> {
  const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
  return zipSync({ 'topup.json': strToU8(text), ...files });
}

/** Rewrites the size an archive's central directory declares for one entry. */
export function declareSize(
  zip: Uint8Array<ArrayBuffer>,
  name: string,
  size: number,
): Uint8Array<ArrayBuffer> {
  const patched = zip.slice();
  const data = new DataView(patched.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= patched.length; at += 1) {
    if (data.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = data.getUint16(at + 28, true);
    const found = patched.subarray(at + 46, at + 46 + nameLength);
    if (found.length === wanted.length && found.every((byte, index) => byte === wanted[index])) {
      data.setUint32(at + 24, size, true);
      return patched;
    }
  }
  throw new Error(`No entry ${name}`);
}
