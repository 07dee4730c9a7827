/**
 * # The Topup backup file, format version 3
 *
 * A backup is a ZIP archive (`topup-backup-YYYY-MM-DD.zip`) holding:
 *
 * - `topup.json`, deflated: one UTF-8 JSON object,
 *   ```json
 *   {
 *     "format": "topup-backup",
 *     "formatVersion": 3,
 *     "appVersion": "0.1.0",
 *     "exportedAt": "2027-01-31T09:00:00.000Z",
 *     "minorDigits": { "HUF": 2, "JPY": 0, "USD": 2 },
 *     "tables": {
 *       "lines": [ … ],
 *       "topUps": [ … ],
 *       "settings": [ { "key", "value", "createdAt", "updatedAt" } ],
 *       "reminderLog": [ { "key", "lineId", "dueDate", "stage", "shownAt" } ],
 *       "attachments": [ { "id", "topUpId", "name", "type", "size", "createdAt", "updatedAt",
 *                          "file": "attachments/<id>" } ],
 *       "uses": [ { "id", "lineId", "usedOn", "kind", "note", "createdAt", "updatedAt" } ]
 *     }
 *   }
 *   ```
 *   Rows are the rows of the app's database as they are: calendar dates as "YYYY-MM-DD", money as
 *   `{ "minor": integer minor units, "currency": ISO 4217 code }`, times as milliseconds since the
 *   epoch. An attachment row carries, instead of its bytes, the name of the file holding them.
 *   `minorDigits` names every currency of an amount in the backup, and only those, with the digits
 *   of its minor unit that the amounts are counted in (the app's are ISO 4217's). A reader whose
 *   digits differ converts the amounts exactly or refuses the file; it never reads them as its own.
 * - `attachments/<id>`, stored without compression (receipt photos and PDFs are compressed
 *   already): the bytes of each receipt file, exactly `size` of them.
 *
 * Not in a backup: the share inbox, files shared to the app and not yet logged as a receipt.
 * They are transient, and a restore on another device should not resurrect them.
 *
 * `formatVersion` grows when a reader of the previous version would misread the file. A reader
 * reads its own version and refuses newer ones rather than guess. Version 1 had no `minorDigits`:
 * its amounts were counted with the digits of the writing browser's Intl data, which the reader
 * takes to be its own browser's, as the database upgrade to ISO digits does (iso-digits-upgrade).
 * Lines written before the database's version 4 name their plan's name `plan`, not `planName`;
 * readers take either (backup-check). Version 1 has no `uses`: it was written before uses were kept;
 * version 2 may or may not have them (it was written both before and after). Version 3 always has
 * them, and its lines may carry what keeps a number alive besides its payments (an activity rule,
 * a balance with its history, a port-out kit), which a reader of version 2 would refuse.
 *
 * A file is read whole and checked whole before anything is written: every row against the same
 * rules as the app's forms, every id unique, every reference present (a top-up's line, an
 * attachment's top-up and file), every file's size and checksum. The limits below keep a damaged
 * or hostile file from exhausting the device.
 *
 * A backup exported with a passphrase is this ZIP archive encrypted as an age file (backup-age);
 * one exported before the app wrote age is in the TOPUPENC container (backup-topupenc). Each is
 * told from a ZIP by its first bytes.
 */
import * as v from 'valibot';
import { RECEIPT_TYPES } from '@/domain/file-type';
import { LIMITS } from '@/domain/limits';
import { idSchema, plainDateSchema, timestampSchema } from '@/db/row-schemas';
import type {
  AttachmentRow,
  LineRow,
  ReminderLogRow,
  SettingRow,
  TopUpRow,
  UseRow,
} from '@/db/rows';

export const BACKUP_FORMAT = 'topup-backup';
export const BACKUP_FORMAT_VERSION = 3;
export const MANIFEST_FILE = 'topup.json';

const MiB = 1024 * 1024;

export const BACKUP_LIMITS = {
  /** The manifest of 20,000 top-ups is about 10 MB. */
  manifestBytes: 64 * MiB,
  /** As large as the app lets a receipt file be. */
  attachmentBytes: LIMITS.receiptBytes,
  totalBytes: 4 * 1024 * MiB,
  /** What a ZIP without its 64-bit extension can hold, which is what the app writes. */
  entries: 65_535,
  /**
   * PBKDF2 rounds a TOPUPENC backup may ask for. The app wrote the least; more than the most
   * would keep the device busy for minutes before the passphrase could even be checked.
   */
  passphraseIterations: { min: 600_000, max: 10_000_000 },
};

export type BackupLimits = typeof BACKUP_LIMITS;

export function attachmentFile(id: string): string {
  return `attachments/${id}`;
}

export const BACKUP_TABLES = [
  'lines',
  'topUps',
  'settings',
  'reminderLog',
  'attachments',
  'uses',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Why a file cannot be restored; the interface words each kind in the user's language. */
export type BackupError =
  | { kind: 'not-a-zip' }
  /** The file ends early: a download or copy was cut off. */
  | { kind: 'truncated' }
  /** A checksum, a size or the compressed data does not add up, or the ZIP uses what the app never writes. */
  | { kind: 'corrupt'; file?: string }
  | { kind: 'missing-manifest' }
  | { kind: 'not-json' }
  | { kind: 'wrong-format' }
  | { kind: 'future-version'; version: number }
  /** `path` names the first bad value, like `tables.topUps[3].paidOn`. */
  | { kind: 'invalid-data'; path: string }
  | { kind: 'duplicate-id'; path: string; id: string }
  /** `path` names the reference, `target` what it points to and is not there (or not that size). */
  | { kind: 'dangling-reference'; path: string; target: string }
  | { kind: 'too-large'; limit: 'manifest' | 'attachment' | 'total' | 'entries' }
  /**
   * The backup counts `currency` with `digits` minor digits where the app counts `ours`, and its
   * amounts cannot be converted exactly (a fraction of the app's unit, or past its largest amount).
   */
  | { kind: 'minor-digits'; currency: string; digits: number; ours: number }
  /** The file is an encrypted backup and no passphrase was given. */
  | { kind: 'passphrase-needed' }
  | { kind: 'wrong-passphrase' }
  /**
   * An encrypted backup the app cannot open: a newer TOPUPENC version, or an age file encrypted to
   * a key rather than a passphrase, or asking for more scrypt work than the app accepts.
   */
  | { kind: 'encryption-unsupported' };

/** The most characters of the file's own text (a key, an entry's name) an error repeats. */
const SHOWN_MAX = 120;

/**
 * Text taken from the file as a message may show it: without control or direction-changing
 * characters, and short, so that a hostile file cannot fill the screen or reorder the sentence.
 */
function shown(text: string): string {
  const chars = Array.from(text.slice(0, 2 * SHOWN_MAX).replace(/\p{C}/gu, '\uFFFD'));
  const long = text.length > 2 * SHOWN_MAX || chars.length > SHOWN_MAX;
  return long ? `${chars.slice(0, SHOWN_MAX - 1).join('')}…` : chars.join('');
}

function shownError(error: BackupError): BackupError {
  const fields = Object.entries(error).map(([key, value]: [string, unknown]) => [
    key,
    key !== 'kind' && typeof value === 'string' ? shown(value) : value,
  ]);
  // The same kind with the same fields; only the text in them is made safe to show.
  return Object.fromEntries(fields) as BackupError;
}

/** Carries a BackupError out of the depths of reading; readBackup turns it into a result. */
export class BackupFailure extends Error {
  override name = 'BackupFailure';
  readonly error: BackupError;
  constructor(error: BackupError) {
    super(`Backup refused: ${error.kind}`);
    this.error = shownError(error);
  }
}

// Keys that mean something to JavaScript objects; a setting's value never needs them.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const JSON_DEPTH_MAX = 8;

/** Plain JSON of bounded depth, with no key that could reach an object's prototype. */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= JSON_DEPTH_MAX || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((item) => isPlainJson(item, depth + 1));
  return Object.entries(value).every(
    ([key, item]) => !UNSAFE_KEYS.has(key) && isPlainJson(item, depth + 1),
  );
}

export const settingRowSchema = v.strictObject({
  key: idSchema,
  value: v.custom<unknown>((value) => isPlainJson(value), 'not plain JSON'),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const reminderLogRowSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  lineId: idSchema,
  dueDate: plainDateSchema,
  stage: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  shownAt: timestampSchema,
});

// The id names a file in the archive, so it may not hold a path: ids the app makes are UUIDs.
const fileId = v.pipe(idSchema, v.regex(/^[A-Za-z0-9_-]+$/, 'not a plain id'));

export const attachmentEntrySchema = v.pipe(
  v.strictObject({
    id: fileId,
    topUpId: idSchema,
    name: v.pipe(v.string(), v.maxLength(1000)),
    // The app keeps only these, each checked by its bytes; a file of another type (HTML, SVG)
    // could be shown through a blob: URL as that type.
    type: v.picklist(RECEIPT_TYPES),
    size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    file: v.string(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
  v.forward(
    v.check((entry) => entry.file === attachmentFile(entry.id), 'not the file of this id'),
    ['file'],
  ),
);

const tablesOfVersion1 = {
  lines: v.array(v.unknown()),
  topUps: v.array(v.unknown()),
  settings: v.array(v.unknown()),
  reminderLog: v.array(v.unknown()),
  attachments: v.array(v.unknown()),
};

const manifestEntries = {
  format: v.literal(BACKUP_FORMAT),
  appVersion: v.pipe(v.string(), v.maxLength(LIMITS.shortText)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
};

const minorDigits = v.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'not an object',
);

/**
 * The manifest around its rows, of any version; each row is checked on its own, to name the
 * bad one exactly, and `minorDigits` against the rows (backup-digits), every key of it, even one
 * that JavaScript objects treat apart.
 */
export const manifestSchema = v.variant('formatVersion', [
  v.strictObject({
    ...manifestEntries,
    formatVersion: v.literal(1),
    tables: v.strictObject(tablesOfVersion1),
  }),
  v.strictObject({
    ...manifestEntries,
    formatVersion: v.literal(2),
    tables: v.strictObject({ ...tablesOfVersion1, uses: v.optional(v.array(v.unknown())) }),
    minorDigits,
  }),
  v.strictObject({
    ...manifestEntries,
    formatVersion: v.literal(BACKUP_FORMAT_VERSION),
    tables: v.strictObject({ ...tablesOfVersion1, uses: v.array(v.unknown()) }),
    minorDigits,
  }),
]);

/** An attachment row as the manifest lists it: its bytes are in `file`. */
export type AttachmentEntry = Omit<AttachmentRow, 'blob'> & { file: string };

/** What `topup.json` holds. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  appVersion: string;
  exportedAt: string;
  /** Each currency of an amount in the backup, with the minor digits its amounts are counted in. */
  minorDigits: Record<string, number>;
  tables: {
    lines: LineRow[];
    topUps: TopUpRow[];
    settings: SettingRow[];
    reminderLog: ReminderLogRow[];
    attachments: AttachmentEntry[];
    uses: UseRow[];
  };
}

/** A backup read and checked in full, ready to be written. */
export interface ParsedBackup {
  appVersion: string;
  exportedAt: string;
  lines: LineRow[];
  topUps: TopUpRow[];
  settings: SettingRow[];
  reminderLog: ReminderLogRow[];
  attachments: AttachmentRow[];
  uses: UseRow[];
}

/** What the restore dialog shows before the user confirms. */
export interface BackupSummary {
  lines: number;
  topUps: number;
  attachments: number;
  settings: number;
  exportedAt: string;
  appVersion: string;
}
