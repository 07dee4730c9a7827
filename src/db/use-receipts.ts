// Live read of every top-up for the Receipts view, newest payment first.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import type { TopUpRow } from './rows';

export function useAllTopUps(): TopUpRow[] | undefined {
  return useLiveQuery(async () =>
    (await db.topUps.orderBy('paidOn').reverse().toArray()).sort(
      (a, b) => b.paidOn.localeCompare(a.paidOn) || b.createdAt - a.createdAt,
    ),
  );
}
