// Every way the stored rows differ from the model, in words; an empty list means they agree.
import { totalsOf, type ModelRows } from './model';
import type { StoredRows } from './stored-rows';

/** JSON with keys in order, so that two rows compare by content whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const LINE_FIELDS = [
  'name',
  'price',
  'billing',
  'rule',
  'nextDue',
  'lateMode',
  'archived',
  'updatedAt',
] as const;
const TOP_UP_FIELDS = [
  'lineId',
  'paidOn',
  'amount',
  'periods',
  'dueBefore',
  'dueAfter',
  'ruleBefore',
  'createdAt',
  'updatedAt',
] as const;
const ATTACHMENT_FIELDS = ['topUpId', 'name', 'type', 'size', 'updatedAt'] as const;

function compareTable<T extends { id: string }>(
  table: string,
  stored: readonly T[],
  expected: readonly T[],
  fields: readonly (keyof T)[],
  label: (row: T) => string,
): string[] {
  const found: string[] = [];
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const expectedIds = new Set(expected.map((row) => row.id));
  for (const row of expected) {
    const there = storedById.get(row.id);
    if (!there) {
      found.push(`${table}: ${label(row)} is missing`);
      continue;
    }
    for (const field of fields) {
      const want = canonical(row[field] ?? null);
      const got = canonical(there[field] ?? null);
      if (want !== got) {
        found.push(`${table}: ${label(row)} ${String(field)} is ${got}, expected ${want}`);
      }
    }
  }
  for (const row of stored) {
    if (!expectedIds.has(row.id)) found.push(`${table}: unexpected ${canonical(row)}`);
  }
  return found;
}

export function differences(stored: StoredRows, model: ModelRows): string[] {
  const names = new Map(model.lines.map((line) => [line.id, line.name]));
  const lineName = (id: string) => `"${names.get(id) ?? id}"`;
  const found = [
    ...compareTable('lines', stored.lines, model.lines, LINE_FIELDS, (line) => lineName(line.id)),
    ...compareTable(
      'topUps',
      stored.topUps,
      model.topUps,
      TOP_UP_FIELDS,
      (topUp) => `${lineName(topUp.lineId)} paid ${topUp.paidOn} (${topUp.id})`,
    ),
    ...compareTable(
      'attachments',
      stored.attachments.map(({ blobSize: _bytes, ...row }) => row),
      model.attachments,
      ATTACHMENT_FIELDS,
      (attachment) => `${attachment.name} of top-up ${attachment.topUpId}`,
    ),
  ];

  // Whatever the model says, the stored rows must hang together.
  const lineIds = new Set(stored.lines.map((line) => line.id));
  const topUpIds = new Set(stored.topUps.map((topUp) => topUp.id));
  for (const topUp of stored.topUps) {
    if (!lineIds.has(topUp.lineId)) found.push(`orphan top-up ${topUp.id} of no line`);
  }
  for (const attachment of stored.attachments) {
    if (!topUpIds.has(attachment.topUpId)) {
      found.push(`orphan attachment ${attachment.id} of no top-up ${attachment.topUpId}`);
    }
    if (attachment.blobSize !== attachment.size) {
      found.push(
        `attachment ${attachment.id} keeps ${attachment.blobSize} of ${attachment.size} bytes`,
      );
    }
  }

  const storedTotals = canonical(totalsOf(stored.topUps.map((topUp) => topUp.amount)));
  const modelTotals = canonical(totalsOf(model.topUps.map((topUp) => topUp.amount)));
  if (storedTotals !== modelTotals) {
    found.push(`totals per currency are ${storedTotals}, expected ${modelTotals}`);
  }
  return found;
}
