// Live read of every top-up for the Receipts view, newest payment first.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import type { TopUpRow } from './rows';
import { newestFirst } from './use-lines';

export function useAllTopUps(): TopUpRow[] | undefined {
  return useLiveQuery(async () => (await db.topUps.toArray()).sort(newestFirst));
}
