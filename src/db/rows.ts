// The shapes of the rows kept in IndexedDB. Calendar dates are plain YYYY-MM-DD strings and money
// is integer minor units, exactly as the domain defines them.
import type { ActivityRule, UseKind } from '@/domain/activity-rule';
import type { BalanceReading } from '@/domain/balance';
import type { LocalDateTime } from '@/domain/local-date-time';
import type { Money } from '@/domain/money';
import type { LineBalance } from '@/domain/number-lost';
import type { PortOutKit } from '@/domain/port-out';
import type { PlainDate } from '@/domain/plain-date';
import type { RenewalRule } from '@/domain/renewal-rule';
import type { Billing, LateMode } from '@/domain/top-up';

interface Timestamps {
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export const CHANNELS = [
  'website',
  'app',
  'store',
  'refill-card',
  'third-party',
  'autopay',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const PAYMENT_METHODS = ['card', 'paypal', 'cash', 'gift-card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A phone line: one number on one carrier plan ("a plan" in the interface). */
export interface LineRow extends Timestamps {
  id: string;
  name: string;
  carrier: string;
  phone: string;
  /** The name of the carrier plan, "Unlimited 5G". */
  planName: string;
  price: Money;
  billing: Billing;
  autopay: boolean;
  rule: RenewalRule;
  nextDue: PlainDate;
  /** Absent: the default of its billing (prepaid lines restart when paid late, postpaid keep). */
  lateMode?: LateMode;
  /** Days before the due date to be reminded, e.g. [3, 1, 0]. */
  leadDays: number[];
  graceDays: number;
  notes: string;
  archived: boolean;
  /** Snoozed from a notification: no alert for the line until this moment on the device's clock. */
  snoozedUntil?: LocalDateTime;
  /** Absent: the carrier asks for no activity to keep the number. */
  activity?: ActivityRule;
  /** With an activity rule: the latest day that started its clock, from the line's uses and top-ups. */
  lastUsedOn?: PlainDate;
  /** Absent: the balance is not tracked. */
  balance?: LineBalance;
  /** The balance's earlier readings, newest first, each replaced by a correction or an edit. */
  balanceHistory?: BalanceReading[];
  /** Absent: nothing kept for moving the number away. Never in the CSV export. */
  portOut?: PortOutKit;
}

/** One payment, with what it did to its line's due date so that it can be undone exactly. */
export interface TopUpRow extends Timestamps {
  id: string;
  lineId: string;
  paidOn: PlainDate;
  amount: Money;
  periods: number;
  channel: Channel;
  method: PaymentMethod;
  confirmation: string;
  note: string;
  dueBefore: PlainDate;
  dueAfter: PlainDate;
  /** The line's rule before this top-up, when the top-up changed it (a monthly restart re-anchors). */
  ruleBefore?: RenewalRule;
  /** Added to the line's balance rather than paying the plan: its due date stays. */
  toBalance?: boolean;
  /** With toBalance: the balance before and after, so that Delete and Undo restore it exactly. */
  balanceBefore?: BalanceReading;
  balanceAfter?: BalanceReading;
}

/** One use of a number, logged to keep it alive under its line's activity rule. */
export interface UseRow extends Timestamps {
  id: string;
  lineId: string;
  usedOn: PlainDate;
  kind: UseKind;
  note: string;
}

/** A receipt file of a top-up, kept apart from the top-up row so that lists stay light. */
export interface AttachmentRow extends Timestamps {
  id: string;
  topUpId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

/**
 * A file as IndexedDB keeps it: a Blob where the browser takes one, else its bytes
 * (stored-files.ts says why). The db functions always hand out a Blob.
 */
export type StoredBytes = ArrayBuffer | Blob;

type Stored<T extends { blob: Blob }> = Omit<T, 'blob'> & { blob: StoredBytes };

export type StoredAttachmentRow = Stored<AttachmentRow>;

export interface SettingRow extends Timestamps {
  key: string;
  value: unknown;
}

/** One alert raised for a line's due date and stage; its key makes every alert happen once. */
export interface ReminderLogRow {
  /** `${lineId}|${dueDate}|${stage}` */
  key: string;
  lineId: string;
  dueDate: PlainDate;
  stage: string;
  shownAt: number;
}

export interface SharedFile {
  name: string;
  type: string;
  blob: Blob;
}

/** What the system share sheet handed to the app, kept until the user logs it. */
export interface ShareInboxRow {
  id: string;
  title: string;
  text: string;
  url: string;
  files: SharedFile[];
  /** Names of shared files that were not receipts (by their bytes) or too large. */
  refusedFiles?: string[];
  receivedAt: number;
}

export type StoredShareInboxRow = Omit<ShareInboxRow, 'files'> & { files: Stored<SharedFile>[] };
