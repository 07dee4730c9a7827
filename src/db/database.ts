// The Dexie database: the schema and its versions. The only module that constructs Dexie.
// Every version after the first says what it changes, and has a migration test beside it.
import Dexie, { type EntityTable } from 'dexie';
import type {
  AttachmentRow,
  LineRow,
  ReminderLogRow,
  SettingRow,
  ShareInboxRow,
  StoredAttachmentRow,
  StoredShareInboxRow,
  TopUpRow,
  UseRow,
} from './rows';
import { upgradeToIsoDigits } from './iso-digits-upgrade';
import { settingRowsOfNewDatabase } from './settings-values';
import { readAttachment, readShareInboxRow } from './stored-files';

/** The name of the app's IndexedDB database. */
const DATABASE_NAME = 'topup';

/** Version 1: settings only (the app frame). */
export const SCHEMA_V1 = { settings: 'key' };

/**
 * Version 2: the data itself. Top-ups are indexed by line and paid-on date (a line's history),
 * by paid-on date (receipts, insight) and by confirmation number (search); attachments by top-up.
 * No rows change, so no upgrade function is needed.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  lines: 'id',
  topUps: 'id, lineId, [lineId+paidOn], paidOn, confirmation',
  attachments: 'id, topUpId',
  reminderLog: 'key, lineId',
  shareInbox: 'id, receivedAt',
};

/**
 * Version 3: amounts counted with ISO 4217's minor digits instead of the browser's (see
 * iso-digits-upgrade.ts). The indexes stay those of version 2; the upgrade rewrites amounts.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4: a line's plan name is stored as `planName`, no longer `plan`, the word the interface
 * uses for the whole line; the upgrade renames the field of every line. A new table keeps the uses
 * logged for a line's activity rule, by line and day.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, uses: 'id, lineId, [lineId+usedOn]' };

export class TopupDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  lines!: EntityTable<LineRow, 'id'>;
  topUps!: EntityTable<TopUpRow, 'id'>;
  // Files are written as bytes and read as Blobs (stored-files.ts).
  attachments!: EntityTable<AttachmentRow, 'id', StoredAttachmentRow>;
  reminderLog!: EntityTable<ReminderLogRow, 'key'>;
  shareInbox!: EntityTable<ShareInboxRow, 'id', StoredShareInboxRow>;
  uses!: EntityTable<UseRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((transaction) => upgradeToIsoDigits(transaction));
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((transaction) =>
        transaction
          .table('lines')
          .toCollection()
          .modify((line: Record<string, unknown>) => {
            line.planName = line.plan;
            delete line.plan;
          }),
      );
    this.attachments.hook('reading', readAttachment);
    this.shareInbox.hook('reading', readShareInboxRow);
    // A database this version creates belongs to someone who starts on this version: nothing new
    // to tell them. Noted in the transaction that creates it; the first view used to note it
    // after its first paint, a write whose live re-read kept a first visit busy.
    this.on('populate', (transaction) => {
      void transaction
        .table<SettingRow, 'key'>('settings')
        .bulkAdd(settingRowsOfNewDatabase(Date.now()));
    });
  }
}

export const db = new TopupDatabase();
