// The Dexie database: the schema and its versions. The only module that constructs Dexie.
import Dexie, { type EntityTable } from 'dexie';

export interface SettingRow {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
}

export const DATABASE_NAME = 'topup';

export class TopupDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ settings: 'key' });
  }
}

export const db = new TopupDatabase();
