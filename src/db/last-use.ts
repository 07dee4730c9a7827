// A line's lastUsedOn, worked out again from its activity rule, uses and top-ups whenever one of
// them changes, so that reads of the line alone (Plans, the worker) know its activity due date.
import { lastQualifyingDay } from '@/domain/activity-rule';
import { db } from './database';
import type { LineRow } from './rows';

/**
 * The line with its lastUsedOn worked out again from what is stored: set with an activity rule,
 * absent without one. Call inside a transaction that holds `uses` and `topUps`, after writing them.
 */
export async function withLastUse(line: LineRow): Promise<LineRow> {
  const { lastUsedOn: _old, ...rest } = line;
  const { activity } = line;
  if (!activity) return rest;
  const uses = await db.uses.where('lineId').equals(line.id).toArray();
  const topUpDays = activity.counts.includes('top-up')
    ? (await db.topUps.where('lineId').equals(line.id).toArray()).map((topUp) => topUp.paidOn)
    : [];
  return { ...rest, lastUsedOn: lastQualifyingDay(activity, uses, topUpDays) };
}

/**
 * Works the stored line's lastUsedOn out again and stores it when it changed. Returns the line as
 * it was before, for Undo, or undefined when nothing changed. Call inside a transaction that
 * holds `lines`, `uses` and `topUps`.
 */
export async function refreshLastUse(lineId: string, now: number): Promise<LineRow | undefined> {
  const line = await db.lines.get(lineId);
  if (!line) return undefined;
  const refreshed = await withLastUse(line);
  if (refreshed.lastUsedOn === line.lastUsedOn) return undefined;
  await db.lines.put({ ...refreshed, updatedAt: Math.max(now, line.updatedAt + 1) });
  return line;
}
