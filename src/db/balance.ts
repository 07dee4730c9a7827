// A line's balance: corrected by hand from the line's page, replaced by the plan form, or moved by
// a top-up to it. Every reading it replaces joins the line's history, newest first.
import type { BalanceReading } from '@/domain/balance';
import { LIMITS } from '@/domain/limits';
import type { LineBalance } from '@/domain/number-lost';
import type { PlainDate } from '@/domain/plain-date';
import { MissingRowError } from './conflict-error';
import { db } from './database';
import { balanceReadingSchema, parseOrThrow, plainDateSchema } from './row-schemas';
import type { LineRow, TopUpRow } from './rows';

function sameReading(a: BalanceReading, b: BalanceReading): boolean {
  return (
    a.asOf === b.asOf &&
    a.amount.minor === b.amount.minor &&
    a.amount.currency === b.amount.currency
  );
}

/**
 * The line with `balance` as its balance; the reading it replaces, when it reads otherwise, goes
 * first into the history (which keeps the newest LIMITS.balanceHistory).
 */
export function withBalance(line: LineRow, balance: LineBalance | undefined): LineRow {
  const { balance: old, balanceHistory = [], ...rest } = line;
  const replaced = old && (!balance || !sameReading(old, balance));
  const history = replaced
    ? [{ amount: old.amount, asOf: old.asOf }, ...balanceHistory].slice(0, LIMITS.balanceHistory)
    : balanceHistory;
  return {
    ...rest,
    ...(balance ? { balance } : {}),
    ...(history.length ? { balanceHistory: history } : {}),
  };
}

/**
 * The balance as it was before a top-up to it, while the line's balance is still what that top-up
 * left; undefined once it was corrected or moved since, which is then the person's word.
 */
export function balanceBeforeTopUp(line: LineRow, topUp: TopUpRow): LineBalance | undefined {
  const { balance } = line;
  const { balanceBefore, balanceAfter } = topUp;
  if (!balance || !balanceBefore || !balanceAfter || !sameReading(balance, balanceAfter)) return;
  return { ...balance, ...balanceBefore };
}

/**
 * The balance corrected by hand, or from a balance reply the person confirmed: the new reading,
 * the line's renewal settings kept, and the credit's expiry where the reply states one.
 */
export async function correctBalance(
  lineId: string,
  reading: BalanceReading,
  creditExpiresOn?: PlainDate,
  now = Date.now(),
): Promise<void> {
  const valid = parseOrThrow(balanceReadingSchema, reading);
  const expiry = creditExpiresOn && parseOrThrow(plainDateSchema, creditExpiresOn);
  await db.transaction('rw', db.lines, async () => {
    const line = await db.lines.get(lineId);
    if (!line?.balance) throw new MissingRowError(`No balance on line ${lineId}`);
    const balance = { ...line.balance, ...valid, ...(expiry ? { creditExpiresOn: expiry } : {}) };
    await db.lines.put({
      ...withBalance(line, balance),
      updatedAt: Math.max(now, line.updatedAt + 1),
    });
  });
}
