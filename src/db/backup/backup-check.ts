// Checks a backup's manifest in full: its format and version, every row against the rules the
// app's own writes follow, unique ids, references that point at rows of the same backup, and the
// minor digits of its amounts, which are brought into the app's (backup-digits).
import * as v from 'valibot';
import { rowsInAppDigits } from './backup-digits';
import {
  type AttachmentEntry,
  attachmentEntrySchema,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupError,
  BackupFailure,
  type BackupTable,
  manifestSchema,
  type ParsedBackup,
  reminderLogRowSchema,
  settingRowSchema,
} from './backup-format';
import type { Pacer } from './backup-pacer';
import { lineRowSchema, topUpRowSchema, useRowSchema } from '@/db/row-schemas';
import type { LineRow, ReminderLogRow, SettingRow, TopUpRow, UseRow } from '@/db/rows';

/** A checked manifest: a ParsedBackup whose attachments still name their files. */
export type CheckedManifest = Omit<ParsedBackup, 'attachments'> & {
  attachments: AttachmentEntry[];
};

function fail(error: BackupError): never {
  throw new BackupFailure(error);
}

/** `.paidOn`, `.leadDays[2]`: the issue's place inside the value checked. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
}

async function checkRows<S extends v.GenericSchema>(
  table: BackupTable,
  schema: S,
  rows: readonly unknown[],
  pace: Pacer,
): Promise<v.InferOutput<S>[]> {
  const valid: v.InferOutput<S>[] = [];
  for (const [index, row] of rows.entries()) {
    const result = v.safeParse(schema, row);
    if (!result.success) {
      fail({ kind: 'invalid-data', path: `tables.${table}[${index}]${pathOf(result.issues[0])}` });
    }
    valid.push(result.output);
    await pace();
  }
  return valid;
}

function checkUnique<T>(
  table: BackupTable,
  rows: readonly T[],
  field: 'id' | 'key',
  keyOf: (row: T) => string,
) {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const id = keyOf(row);
    if (seen.has(id)) {
      fail({ kind: 'duplicate-id', path: `tables.${table}[${index}].${field}`, id });
    }
    seen.add(id);
  }
}

function checkReferences<T>(
  table: BackupTable,
  rows: readonly T[],
  field: string,
  targetOf: (row: T) => string,
  targets: ReadonlySet<string>,
) {
  for (const [index, row] of rows.entries()) {
    const target = targetOf(row);
    if (!targets.has(target)) {
      fail({ kind: 'dangling-reference', path: `tables.${table}[${index}].${field}`, target });
    }
  }
}

/**
 * A line as backups written before the field's rename hold it, `plan` for `planName`, as the
 * app's rows name it today; any other row as it is, to be checked.
 */
function withPlanName(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('plan' in row) || 'planName' in row) return row;
  const { plan, ...rest } = row;
  return { ...rest, planName: plan };
}

const formatMarker = v.object({ format: v.literal(BACKUP_FORMAT) });
const futureVersion = v.object({
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(BACKUP_FORMAT_VERSION + 1)),
});

/** The manifest's rows, or a BackupFailure naming the first thing wrong with them. */
export async function checkManifest(json: unknown, pace: Pacer): Promise<CheckedManifest> {
  if (!v.is(formatMarker, json)) fail({ kind: 'wrong-format' });
  const future = v.safeParse(futureVersion, json);
  if (future.success) fail({ kind: 'future-version', version: future.output.formatVersion });
  const shape = v.safeParse(manifestSchema, json);
  if (!shape.success) fail({ kind: 'invalid-data', path: pathOf(shape.issues[0]).slice(1) });
  const { tables } = shape.output;

  const checkedLines: LineRow[] = await checkRows(
    'lines',
    lineRowSchema,
    tables.lines.map(withPlanName),
    pace,
  );
  const checkedTopUps: TopUpRow[] = await checkRows('topUps', topUpRowSchema, tables.topUps, pace);
  const settings: SettingRow[] = await checkRows(
    'settings',
    settingRowSchema,
    tables.settings,
    pace,
  );
  const reminderLog: ReminderLogRow[] = await checkRows(
    'reminderLog',
    reminderLogRowSchema,
    tables.reminderLog,
    pace,
  );
  const attachments: AttachmentEntry[] = await checkRows(
    'attachments',
    attachmentEntrySchema,
    tables.attachments,
    pace,
  );

  const uses: UseRow[] =
    'uses' in tables ? await checkRows('uses', useRowSchema, tables.uses ?? [], pace) : [];

  checkUnique('lines', checkedLines, 'id', (row) => row.id);
  checkUnique('uses', uses, 'id', (row) => row.id);
  checkUnique('topUps', checkedTopUps, 'id', (row) => row.id);
  checkUnique('settings', settings, 'key', (row) => row.key);
  checkUnique('reminderLog', reminderLog, 'key', (row) => row.key);
  checkUnique('attachments', attachments, 'id', (row) => row.id);

  const lineIds = new Set(checkedLines.map((row) => row.id));
  const topUpIds = new Set(checkedTopUps.map((row) => row.id));
  checkReferences('topUps', checkedTopUps, 'lineId', (row) => row.lineId, lineIds);
  checkReferences('uses', uses, 'lineId', (row) => row.lineId, lineIds);
  checkReferences('attachments', attachments, 'topUpId', (row) => row.topUpId, topUpIds);

  const stated = shape.output.formatVersion === 1 ? undefined : shape.output.minorDigits;
  const { lines, topUps } = rowsInAppDigits({ lines: checkedLines, topUps: checkedTopUps }, stated);
  const { appVersion, exportedAt } = shape.output;
  return { appVersion, exportedAt, lines, topUps, settings, reminderLog, attachments, uses };
}
