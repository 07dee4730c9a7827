// Live reads of one line and of its top-ups, for the views that show a line.
import { db } from './database';
import { useLiveRead } from './live-read';
import { newestFirst } from './newest-first';
import type { AttachmentRow, LineRow, TopUpRow, UseRow } from './rows';

/** A line; null when there is no such line, undefined while loading. */
export function useLine(id: string): LineRow | null | undefined {
  return useLiveRead(`line:${id}`, async () => (await db.lines.get(id)) ?? null);
}

/** A line's top-ups, newest first. */
export function useTopUpsOfLine(lineId: string): TopUpRow[] | undefined {
  return useLiveRead(`top-ups-of:${lineId}`, async () =>
    (await db.topUps.where('lineId').equals(lineId).toArray()).sort(newestFirst),
  );
}

/** A line's logged uses, the latest day first. */
export function useUsesOfLine(lineId: string): UseRow[] | undefined {
  return useLiveRead(`uses-of:${lineId}`, async () =>
    (
      await db.uses.where('[lineId+usedOn]').between([lineId, ''], [lineId, '\uffff']).toArray()
    ).reverse(),
  );
}

/** The attachments of some top-ups, grouped by top-up id. */
export function useAttachmentsOf(
  topUpIds: readonly string[],
): Map<string, AttachmentRow[]> | undefined {
  const key = topUpIds.join(',');
  return useLiveRead(`attachments-of:${key}`, async () => {
    const rows = await db.attachments
      .where('topUpId')
      .anyOf([...topUpIds])
      .toArray();
    const byTopUp = new Map<string, AttachmentRow[]>();
    for (const row of rows) byTopUp.set(row.topUpId, [...(byTopUp.get(row.topUpId) ?? []), row]);
    return byTopUp;
  });
}
