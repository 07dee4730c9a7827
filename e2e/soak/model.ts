// What the soak expects the database to hold, kept in plain TypeScript beside the browser. Due
// dates come from the app's own domain functions; everything else follows what each user action
// is documented to do to the rows.
import type { Money } from '../../src/domain/money';
import { toParts, type PlainDate } from '../../src/domain/plain-date';
import type { RenewalRule } from '../../src/domain/renewal-rule';
import {
  applyTopUp,
  revertTopUp,
  type Billing,
  type LateMode,
  type Schedule,
} from '../../src/domain/top-up';

export interface ModelLine {
  id: string;
  name: string;
  price: Money;
  billing: Billing;
  rule: RenewalRule;
  nextDue: PlainDate;
  lateMode?: LateMode;
  archived: boolean;
  updatedAt: number;
}

export interface ModelTopUp {
  id: string;
  lineId: string;
  paidOn: PlainDate;
  amount: Money;
  periods: number;
  dueBefore: PlainDate;
  dueAfter: PlainDate;
  ruleBefore?: RenewalRule;
  createdAt: number;
  updatedAt: number;
}

export interface ModelAttachment {
  id: string;
  topUpId: string;
  name: string;
  type: string;
  size: number;
  updatedAt: number;
}

/** The rows of the three tables the soak checks, each in a stable order. */
export interface ModelRows {
  lines: ModelLine[];
  topUps: ModelTopUp[];
  attachments: ModelAttachment[];
}

export const emptyRows = (): ModelRows => ({ lines: [], topUps: [], attachments: [] });

export type RuleKind = RenewalRule['kind'];

/** What the plan form is filled with, in the form's own terms. */
export interface PlanChoice {
  name: string;
  price: Money;
  billing: Billing;
  lateMode: LateMode | 'default';
  kind: RuleKind;
  every: number;
  stack: boolean;
  nextDue: PlainDate;
}

/**
 * The rule a saved plan form stores. A monthly rule is anchored on the day of the due date typed;
 * an edit that leaves the due date alone keeps the stored anchor (due on the 31st stays so while
 * the date shown is Feb 28).
 */
export function ruleOfChoice(choice: PlanChoice, editing?: ModelLine): RenewalRule {
  if (choice.kind === 'days') return { kind: 'days', every: choice.every };
  if (choice.kind === 'validity')
    return { kind: 'validity', days: choice.every, stack: choice.stack };
  const kept =
    editing?.rule.kind === 'monthly' && editing.nextDue === choice.nextDue
      ? editing.rule.anchorDay
      : toParts(choice.nextDue).day;
  return { kind: 'monthly', every: choice.every, anchorDay: kept };
}

function lineOfChoice(id: string, choice: PlanChoice, now: number, editing?: ModelLine): ModelLine {
  const line: ModelLine = {
    id,
    name: choice.name,
    price: choice.price,
    billing: choice.billing,
    rule: ruleOfChoice(choice, editing),
    nextDue: choice.nextDue,
    archived: editing?.archived ?? false,
    updatedAt: now,
  };
  if (choice.lateMode !== 'default') line.lateMode = choice.lateMode;
  return line;
}

/** Puts rows in by id: a row already there is replaced where it stands, a new one goes last. */
function putAll<T extends { id: string }>(rows: readonly T[], added: readonly T[]): T[] {
  const result = [...rows];
  for (const row of added) {
    const at = result.findIndex((existing) => existing.id === row.id);
    if (at >= 0) result[at] = row;
    else result.push(row);
  }
  return result;
}

export function findLine(rows: ModelRows, id: string): ModelLine {
  const line = rows.lines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`The model has no line ${id}`);
  return line;
}

export function topUpsOf(rows: ModelRows, lineId: string): ModelTopUp[] {
  return rows.topUps.filter((topUp) => topUp.lineId === lineId);
}

/** The top-up that moved the line last: the one logged last. */
export function latestTopUpOf(rows: ModelRows, lineId: string): ModelTopUp | undefined {
  return topUpsOf(rows, lineId).reduce<ModelTopUp | undefined>(
    (latest, topUp) => (!latest || topUp.createdAt > latest.createdAt ? topUp : latest),
    undefined,
  );
}

/** A line's top-ups as its page lists them: newest payment first, then the one logged last. */
export function historyOrder(rows: ModelRows, lineId: string): ModelTopUp[] {
  return topUpsOf(rows, lineId).sort(
    (a, b) => b.paidOn.localeCompare(a.paidOn) || b.createdAt - a.createdAt,
  );
}

function scheduleOf(line: ModelLine): Schedule {
  const { rule, nextDue, billing, lateMode } = line;
  return lateMode ? { rule, nextDue, billing, lateMode } : { rule, nextDue, billing };
}

export function addLine(rows: ModelRows, id: string, choice: PlanChoice, now: number): ModelRows {
  return { ...rows, lines: [...rows.lines, lineOfChoice(id, choice, now)] };
}

export function editLine(rows: ModelRows, id: string, choice: PlanChoice, now: number): ModelRows {
  const edited = lineOfChoice(id, choice, now, findLine(rows, id));
  return { ...rows, lines: putAll(rows.lines, [edited]) };
}

export function setArchived(
  rows: ModelRows,
  id: string,
  archived: boolean,
  now: number,
): ModelRows {
  return {
    ...rows,
    lines: putAll(rows.lines, [{ ...findLine(rows, id), archived, updatedAt: now }]),
  };
}

export interface Payment {
  paidOn: PlainDate;
  periods: number;
  amount: Money;
}

/** The line's due date after a payment, as the form's preview must say it. */
export function dueAfterPayment(line: ModelLine, payment: Payment): PlainDate {
  return applyTopUp(scheduleOf(line), payment).record.dueAfter;
}

export interface LoggedIds {
  topUpId: string;
  attachmentIds: string[];
}

export function logTopUp(
  rows: ModelRows,
  lineId: string,
  payment: Payment,
  attachment: { name: string; type: string; size: number },
  ids: LoggedIds,
  now: number,
): ModelRows {
  const line = findLine(rows, lineId);
  const { schedule, record } = applyTopUp(scheduleOf(line), payment);
  const topUp: ModelTopUp = {
    id: ids.topUpId,
    lineId,
    paidOn: payment.paidOn,
    amount: payment.amount,
    periods: payment.periods,
    ...record,
    createdAt: now,
    updatedAt: now,
  };
  const attachments = ids.attachmentIds.map((id) => ({
    id,
    topUpId: topUp.id,
    ...attachment,
    updatedAt: now,
  }));
  return {
    lines: putAll(rows.lines, [
      { ...line, rule: schedule.rule, nextDue: schedule.nextDue, updatedAt: now },
    ]),
    topUps: [...rows.topUps, topUp],
    attachments: [...rows.attachments, ...attachments],
  };
}

/** What a deletion took away, as Undo puts it back. */
export type Removed = ModelRows;

export interface Deletion {
  rows: ModelRows;
  removed: Removed;
  /** Whether the line's due date went back to what it was before the top-up. */
  reverted: boolean;
}

/**
 * Deleting a top-up removes it and its files. The line's latest top-up, when the line still shows
 * the date that top-up set (nobody moved it by hand since), takes the line back exactly: due date
 * and rule. Any other top-up leaves the line alone.
 */
export function deleteTopUp(rows: ModelRows, topUpId: string, now: number): Deletion {
  const topUp = rows.topUps.find((candidate) => candidate.id === topUpId);
  if (!topUp) throw new Error(`The model has no top-up ${topUpId}`);
  const line = findLine(rows, topUp.lineId);
  const attachments = rows.attachments.filter((attachment) => attachment.topUpId === topUpId);
  const reverted = latestTopUpOf(rows, line.id)?.id === topUpId && line.nextDue === topUp.dueAfter;
  let lines = rows.lines;
  if (reverted) {
    const { rule, nextDue } = revertTopUp(scheduleOf(line), topUp);
    lines = putAll(lines, [{ ...line, rule, nextDue, updatedAt: now }]);
  }
  return {
    rows: {
      lines,
      topUps: rows.topUps.filter((candidate) => candidate.id !== topUpId),
      attachments: rows.attachments.filter((attachment) => attachment.topUpId !== topUpId),
    },
    removed: { lines: reverted ? [line] : [], topUps: [topUp], attachments },
    reverted,
  };
}

/** Deleting a line takes its top-ups and their files with it. */
export function deleteLine(rows: ModelRows, lineId: string): Deletion {
  const line = findLine(rows, lineId);
  const topUps = topUpsOf(rows, lineId);
  const topUpIds = new Set(topUps.map((topUp) => topUp.id));
  const attachments = rows.attachments.filter((attachment) => topUpIds.has(attachment.topUpId));
  return {
    rows: {
      lines: rows.lines.filter((candidate) => candidate.id !== lineId),
      topUps: rows.topUps.filter((topUp) => !topUpIds.has(topUp.id)),
      attachments: rows.attachments.filter((attachment) => !topUpIds.has(attachment.topUpId)),
    },
    removed: { lines: [line], topUps, attachments },
    reverted: false,
  };
}

/** Undo: every removed row back exactly as it was. */
export function restore(rows: ModelRows, removed: Removed): ModelRows {
  return {
    lines: putAll(rows.lines, removed.lines),
    topUps: putAll(rows.topUps, removed.topUps),
    attachments: putAll(rows.attachments, removed.attachments),
  };
}

/** Of a row here and the same row in the backup, the one edited later stays; a tie keeps this one. */
function newerOf<T extends { id: string; updatedAt: number }>(
  rows: readonly T[],
  backup: readonly T[],
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return putAll(
    rows,
    backup.filter((row) => {
      const here = byId.get(row.id);
      return !here || row.updatedAt > here.updatedAt;
    }),
  );
}

/** Import with Merge: nothing is deleted; each row is the newer of the two versions. */
export function merge(rows: ModelRows, backup: ModelRows): ModelRows {
  return {
    lines: newerOf(rows.lines, backup.lines),
    topUps: newerOf(rows.topUps, backup.topUps),
    attachments: newerOf(rows.attachments, backup.attachments),
  };
}

/** The totals of every top-up, per currency, in minor units. */
export function totalsOf(amounts: readonly Money[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { minor, currency } of amounts) totals[currency] = (totals[currency] ?? 0) + minor;
  return totals;
}
