// A line's lastUsedOn, worked out again from its activity rule, uses and top-ups whenever one of
// them changes, so that reads of the line alone (Plans, the worker) know its activity due date.
import { lastQualifyingDay } from '@/domain/activity-rule';
import type { PlainDate } from '@/domain/plain-date';
import { db } from './database';
import type { LineRow } from './rows';

/**
 * The day the line's activity clock last started, or undefined for a line without an activity
 * rule. Call inside a transaction that holds `uses` and `topUps`.
 */
export async function lastUsedOnOf(
  line: Pick<LineRow, 'id' | 'activity'>,
): Promise<PlainDate | undefined> {
  const { activity } = line;
  if (!activity) return undefined;
  const uses = await db.uses.where('lineId').equals(line.id).toArray();
  const topUpDays = activity.counts.includes('top-up')
    ? (await db.topUps.where('lineId').equals(line.id).toArray()).map((topUp) => topUp.paidOn)
    : [];
  return lastQualifyingDay(activity, uses, topUpDays);
}

/**
 * Works the line's lastUsedOn out again and stores it when it changed. Returns the line as it was
 * before, for Undo, or undefined when nothing changed. Call inside a transaction that holds
 * `lines`, `uses` and `topUps`.
 */
export async function refreshLastUse(lineId: string, now: number): Promise<LineRow | undefined> {
  const line = await db.lines.get(lineId);
  if (!line) return undefined;
  const lastUsedOn = await lastUsedOnOf(line);
  if (lastUsedOn === line.lastUsedOn) return undefined;
  const { lastUsedOn: _old, ...rest } = line;
  const updatedAt = Math.max(now, line.updatedAt + 1);
  await db.lines.put(lastUsedOn ? { ...rest, lastUsedOn, updatedAt } : { ...rest, updatedAt });
  return line;
}
