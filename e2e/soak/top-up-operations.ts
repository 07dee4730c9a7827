// Operations on top-ups: log one (sometimes with a receipt photo), delete the latest or an older
// one, and Undo right after a deletion.
import { expect } from '@playwright/test';
import { randomPayment, TODAY, typedAmount } from './choices';
import {
  deleteTopUp,
  dueAfterPayment,
  historyOrder,
  logTopUp,
  restore,
  type ModelLine,
  type ModelTopUp,
} from './model';
import { showLine } from './show-line';
import type { Operation, Soak } from './soak-state';
import { readStoredRows } from './stored-rows';

const RECEIPT = {
  path: 'e2e/files/receipt.png',
  name: 'receipt.png',
  type: 'image/png',
  size: 963,
};

export function logTopUpOperation(soak: Soak, line: ModelLine): Operation {
  const { random } = soak;
  const payment = randomPayment(random, line);
  const files = random.weighted([
    [0, 75],
    [1, 20],
    [2, 5],
  ] as const);
  const fromCard = !line.archived && random.chance(0.3);
  return {
    kind: 'log top-up',
    text:
      `log top-up on "${line.name}" paid ${payment.paidOn} × ${payment.periods}, ` +
      `${typedAmount(payment.amount)} ${payment.amount.currency}, ${files} receipts` +
      (fromCard ? ', from its card' : ''),
    async run(soak) {
      const { page, linePage } = soak;
      if (fromCard) {
        await linePage.showPlans();
        await linePage.planCard(line.name).getByRole('button', { name: 'Log top-up' }).click();
        soak.shown = null;
      } else {
        await showLine(soak, line);
        await page.getByRole('button', { name: 'Log top-up' }).click();
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Log top-up · ${line.name}`);
      // The form opens with the plan's price, today and one period: only what differs is typed.
      await linePage.fillTopUp({
        ...(payment.amount.minor !== line.price.minor && { amount: typedAmount(payment.amount) }),
        ...(payment.paidOn !== TODAY && { paidOn: payment.paidOn }),
        ...(payment.periods !== 1 && { periods: String(payment.periods) }),
        ...(files > 0 && { files: Array.from({ length: files }, () => RECEIPT.path) }),
      });
      await expect(linePage.newDuePreview()).toHaveAttribute(
        'datetime',
        dueAfterPayment(line, payment),
      );
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: line.name, exact: true }).waitFor();
      soak.shown = line.id;

      // The app names new rows; take the names of the one top-up and its files just stored.
      const stored = await readStoredRows(page);
      const known = new Set(soak.rows.topUps.map((topUp) => topUp.id));
      const added = stored.topUps.filter(
        (topUp) => topUp.lineId === line.id && !known.has(topUp.id),
      );
      if (added.length !== 1) throw new Error(`Saving stored ${added.length} top-ups, not 1`);
      const topUpId = (added[0] as ModelTopUp).id;
      const attachmentIds = stored.attachments
        .filter((attachment) => attachment.topUpId === topUpId)
        .map((attachment) => attachment.id);
      if (attachmentIds.length !== files) {
        throw new Error(`Saving stored ${attachmentIds.length} receipt files, not ${files}`);
      }
      soak.rows = logTopUp(
        soak.rows,
        line.id,
        payment,
        { name: RECEIPT.name, type: RECEIPT.type, size: RECEIPT.size },
        { topUpId, attachmentIds },
        soak.now,
      );
    },
  };
}

export function deleteTopUpOperation(
  line: ModelLine,
  topUp: ModelTopUp,
  which: 'latest' | 'older',
): Operation {
  return {
    kind: which === 'latest' ? 'delete latest top-up' : 'delete older top-up',
    text: `delete the ${which} top-up of "${line.name}", paid ${topUp.paidOn} (due ${topUp.dueBefore} → ${topUp.dueAfter})`,
    async run(soak) {
      const { page, linePage } = soak;
      await showLine(soak, line);
      const order = historyOrder(soak.rows, line.id);
      const index = order.findIndex((candidate) => candidate.id === topUp.id);
      await expect(linePage.topUpDeleteButtons()).toHaveCount(order.length);
      await expect(linePage.topUpItem(index).locator('time').first()).toHaveAttribute(
        'datetime',
        topUp.paidOn,
      );
      await linePage.deleteTopUp(index);
      await expect(page.getByRole('status').getByText('Top-up deleted.')).toBeVisible();
      const deletion = deleteTopUp(soak.rows, topUp.id, soak.now);
      soak.rows = deletion.rows;
      soak.undo = deletion.removed;
    },
  };
}

export function undoOperation(): Operation {
  return {
    kind: 'undo',
    text: 'undo the deletion',
    async run(soak) {
      if (!soak.undo) throw new Error('Nothing to undo');
      await soak.linePage.undo();
      soak.rows = restore(soak.rows, soak.undo);
      soak.undo = null;
    },
  };
}
