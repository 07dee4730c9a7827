// The plan form's values as typed, and their checking into a line the database accepts. Every
// problem is reported against its field, and nothing is built until every field is valid.
import type { LineInput } from '@/db/row-schemas';
import {
  ACTIVITY_KINDS,
  activityEveryMax,
  type ActivityKind,
  type ActivityRule,
  type ActivityUnit,
} from '@/domain/activity-rule';
import type { LineRow } from '@/db/rows';
import type { Settings } from '@/db/settings-values';
import { LIMITS } from '@/domain/limits';
import { formatMoneyPlain } from '@/domain/money';
import type { PlainDate } from '@/domain/plain-date';
import { anchorDayFor, type RenewalRule } from '@/domain/renewal-rule';
import { factsFor, type CarrierFacts } from '@/domain/carrier-facts';
import type { LineBalance } from '@/domain/number-lost';
import { pinExpiry, type PortOutKit } from '@/domain/port-out';
import type { Billing, LateMode } from '@/domain/top-up';
import {
  checkDate,
  checkLeadDays,
  checkMoney,
  checkText,
  type Checked,
  checkWholeNumber,
  errorsOf,
} from '@/ui/form-error';
import type { FormCheck } from '@/ui/submit-form';

export type RuleKind = RenewalRule['kind'];

export interface PlanFormValues {
  name: string;
  carrier: string;
  phone: string;
  planName: string;
  price: string;
  currency: string;
  billing: Billing;
  ruleKind: RuleKind;
  every: string;
  stack: boolean;
  nextDue: string;
  lateMode: LateMode | 'default';
  leadDays: string;
  graceDays: string;
  autopay: boolean;
  notes: string;
  /** Empty: the carrier asks for no activity. */
  activityEvery: string;
  activityUnit: ActivityUnit;
  countsCall: boolean;
  countsSms: boolean;
  countsData: boolean;
  countsTopUp: boolean;
  lastUsedOn: string;
  /** Empty: the balance is not tracked. */
  balance: string;
  balanceOn: string;
  renewsFromBalance: boolean;
  /** Empty: the credit has no expiry of its own. */
  creditExpiresOn: string;
  accountNumber: string;
  billingZip: string;
  pinIssuedOn: string;
  pinExpiresOn: string;
  usedFor: string;
}

/** The checkbox of each kind of use the rule may count. */
export const COUNT_FIELDS = {
  call: 'countsCall',
  sms: 'countsSms',
  data: 'countsData',
  'top-up': 'countsTopUp',
} as const satisfies Record<ActivityKind, keyof PlanFormValues>;

function activityValues(activity: ActivityRule | undefined, lastUsedOn: PlainDate) {
  const counts = activity?.counts ?? ['call', 'sms', 'data'];
  return {
    activityEvery: activity ? String(activity.every) : '',
    activityUnit: activity?.unit ?? 'months',
    countsCall: counts.includes('call'),
    countsSms: counts.includes('sms'),
    countsData: counts.includes('data'),
    countsTopUp: counts.includes('top-up'),
    lastUsedOn,
  } satisfies Partial<PlanFormValues>;
}

/** The activity rule's fields, each checked; both values undefined when "Use at least every" is empty. */
function checkActivity(values: PlanFormValues) {
  const text = values.activityEvery.trim();
  const counts = ACTIVITY_KINDS.filter((kind) => values[COUNT_FIELDS[kind]]);
  const none = { ok: true, value: undefined } as const;
  if (!text) return { every: none, lastUsedOn: none, counts };
  const every: Checked<number> = counts.length
    ? checkWholeNumber(text, 1, activityEveryMax(values.activityUnit))
    : { ok: false, error: { key: 'activityKinds' } };
  return { every, lastUsedOn: checkDate(values.lastUsedOn), counts };
}

function balanceValues(balance: LineBalance | undefined, today: PlainDate) {
  return {
    balance: balance ? formatMoneyPlain(balance.amount) : '',
    balanceOn: balance?.asOf ?? today,
    renewsFromBalance: balance?.renewsFromBalance ?? false,
    creditExpiresOn: balance?.creditExpiresOn ?? '',
  } satisfies Partial<PlanFormValues>;
}

/** The balance's fields, each checked; the balance undefined when "Balance" is empty. */
function checkBalance(values: PlanFormValues) {
  const none = { ok: true, value: undefined } as const;
  if (!values.balance.trim()) return { balance: none, balanceOn: none, creditExpiresOn: none };
  return {
    balance: checkMoney(values.balance, values.currency),
    balanceOn: checkDate(values.balanceOn),
    creditExpiresOn: values.creditExpiresOn.trim() ? checkDate(values.creditExpiresOn) : none,
  };
}

/**
 * The form with a carrier's facts put in: its activity rule, its grace days, and whether its plans
 * renew from the balance. What the carrier's pages do not state is left as it was.
 */
export function withCarrierFacts(values: PlanFormValues, facts: CarrierFacts): PlanFormValues {
  const next = { ...values };
  const activity = facts.activity?.value;
  if (activity) {
    next.activityEvery = String(activity.every);
    next.activityUnit = activity.unit;
    for (const kind of ACTIVITY_KINDS) next[COUNT_FIELDS[kind]] = activity.counts.includes(kind);
  }
  if (facts.graceDays) next.graceDays = String(facts.graceDays.value);
  if (facts.renewsFromBalance) next.renewsFromBalance = facts.renewsFromBalance.value;
  return next;
}

function portOutValues(kit: PortOutKit | undefined) {
  return {
    accountNumber: kit?.accountNumber ?? '',
    billingZip: kit?.billingZip ?? '',
    pinIssuedOn: kit?.pinIssuedOn ?? '',
    pinExpiresOn: kit?.pinExpiresOn ?? '',
    usedFor: kit?.usedFor ?? '',
  } satisfies Partial<PlanFormValues>;
}

const optionalDate = (text: string) =>
  text.trim() ? checkDate(text) : ({ ok: true, value: undefined } as const);

/**
 * The port-out kit's fields, each checked; the kit is undefined when every field is empty. A PIN
 * issued with no expiry typed expires when its carrier's own pages say PINs do, where they say.
 */
function checkPortOut(values: PlanFormValues) {
  const accountNumber = checkText(values.accountNumber, LIMITS.shortText);
  const billingZip = checkText(values.billingZip, LIMITS.postcode);
  const usedFor = checkText(values.usedFor, LIMITS.note);
  const pinIssuedOn = optionalDate(values.pinIssuedOn);
  const pinExpiresOn = optionalDate(values.pinExpiresOn);
  const fields = { accountNumber, billingZip, usedFor, pinIssuedOn, pinExpiresOn };
  if (!accountNumber.ok || !billingZip.ok || !usedFor.ok || !pinIssuedOn.ok || !pinExpiresOn.ok) {
    return { fields, kit: undefined };
  }
  const pinDays = factsFor(values.carrier)?.portOutPinDays?.value;
  const expires =
    pinExpiresOn.value ??
    (pinIssuedOn.value && pinDays ? pinExpiry(pinIssuedOn.value, pinDays) : undefined);
  const kit: PortOutKit = {
    accountNumber: accountNumber.value,
    billingZip: billingZip.value,
    usedFor: usedFor.value,
    ...(pinIssuedOn.value ? { pinIssuedOn: pinIssuedOn.value } : {}),
    ...(expires ? { pinExpiresOn: expires } : {}),
  };
  const empty =
    !kit.accountNumber && !kit.billingZip && !kit.usedFor && !kit.pinIssuedOn && !kit.pinExpiresOn;
  return { fields, kit: empty ? undefined : kit };
}

export function valuesFromDefaults(settings: Settings, today: PlainDate): PlanFormValues {
  return {
    name: '',
    carrier: '',
    phone: '',
    planName: '',
    price: '',
    currency: settings.defaultCurrency,
    billing: 'prepaid',
    ruleKind: 'monthly',
    every: '1',
    stack: false,
    nextDue: today,
    lateMode: 'default',
    leadDays: settings.defaultLeadDays.join(', '),
    graceDays: String(settings.defaultGraceDays),
    autopay: false,
    notes: '',
    ...activityValues(undefined, today),
    ...balanceValues(undefined, today),
    ...portOutValues(undefined),
  };
}

export function valuesFromLine(line: LineRow, today: PlainDate): PlanFormValues {
  const { rule } = line;
  return {
    name: line.name,
    carrier: line.carrier,
    phone: line.phone,
    planName: line.planName,
    price: formatMoneyPlain(line.price),
    currency: line.price.currency,
    billing: line.billing,
    ruleKind: rule.kind,
    every: String(rule.kind === 'validity' ? rule.days : rule.every),
    stack: rule.kind === 'validity' && rule.stack,
    nextDue: line.nextDue,
    lateMode: line.lateMode ?? 'default',
    leadDays: line.leadDays.join(', '),
    graceDays: String(line.graceDays),
    autopay: line.autopay,
    notes: line.notes,
    // The clock as it stands, uses included: saved, it becomes the day the rule counts from.
    ...activityValues(line.activity, line.lastUsedOn ?? line.activity?.since ?? line.nextDue),
    ...balanceValues(line.balance, today),
    ...portOutValues(line.portOut),
  };
}

function ruleFrom(
  kind: RuleKind,
  every: number,
  nextDue: PlainDate,
  stack: boolean,
  editing?: LineRow,
): RenewalRule {
  if (kind === 'days') return { kind, every };
  if (kind === 'validity') return { kind, days: every, stack };
  return { kind, every, anchorDay: anchorDayFor(nextDue, editing) };
}

function everyMax(kind: RuleKind): number {
  return kind === 'monthly' ? LIMITS.everyMonthsMax : LIMITS.everyDaysMax;
}

function checkEvery(values: PlanFormValues) {
  return checkWholeNumber(values.every, 1, everyMax(values.ruleKind));
}

export function checkPlanForm(
  values: PlanFormValues,
  editing?: LineRow,
): FormCheck<PlanFormValues, LineInput> {
  const name = checkText(values.name, LIMITS.name, true);
  const carrier = checkText(values.carrier, LIMITS.shortText);
  const phone = checkText(values.phone, LIMITS.phone);
  const planName = checkText(values.planName, LIMITS.shortText);
  const price = checkMoney(values.price, values.currency);
  const every = checkEvery(values);
  const nextDue = checkDate(values.nextDue);
  const leadDays = checkLeadDays(values.leadDays);
  const graceDays = checkWholeNumber(values.graceDays, 0, LIMITS.graceDaysMax);
  const notes = checkText(values.notes, LIMITS.note);
  const activity = checkActivity(values);
  const balance = checkBalance(values);
  const portOut = checkPortOut(values);
  if (
    !name.ok ||
    !carrier.ok ||
    !phone.ok ||
    !planName.ok ||
    !price.ok ||
    !every.ok ||
    !nextDue.ok ||
    !leadDays.ok ||
    !graceDays.ok ||
    !notes.ok ||
    !activity.every.ok ||
    !activity.lastUsedOn.ok ||
    !balance.balance.ok ||
    !balance.balanceOn.ok ||
    !balance.creditExpiresOn.ok ||
    Object.values(portOut.fields).some((field) => !field.ok)
  ) {
    const fields = {
      name,
      carrier,
      phone,
      planName,
      price,
      every,
      nextDue,
      leadDays,
      graceDays,
      notes,
      activityEvery: activity.every,
      lastUsedOn: activity.lastUsedOn,
      ...balance,
      ...portOut.fields,
    };
    return { ok: false, errors: errorsOf(fields) };
  }
  const input: LineInput = {
    name: name.value,
    carrier: carrier.value,
    phone: phone.value,
    planName: planName.value,
    price: price.value,
    billing: values.billing,
    autopay: values.autopay,
    rule: ruleFrom(values.ruleKind, every.value, nextDue.value, values.stack, editing),
    nextDue: nextDue.value,
    leadDays: leadDays.value,
    graceDays: graceDays.value,
    notes: notes.value,
  };
  if (values.lateMode !== 'default') input.lateMode = values.lateMode;
  if (activity.every.value !== undefined && activity.lastUsedOn.value !== undefined) {
    input.activity = {
      every: activity.every.value,
      unit: values.activityUnit,
      counts: activity.counts,
      since: activity.lastUsedOn.value,
    };
  }
  if (balance.balance.value && balance.balanceOn.value) {
    input.balance = {
      amount: balance.balance.value,
      asOf: balance.balanceOn.value,
      renewsFromBalance: values.renewsFromBalance,
      ...(balance.creditExpiresOn.value ? { creditExpiresOn: balance.creditExpiresOn.value } : {}),
    };
  }
  if (portOut.kit) input.portOut = portOut.kit;
  return { ok: true, input };
}

/** The rule the form describes so far, for the preview; null while it is incomplete. */
export function previewRule(
  values: PlanFormValues,
  editing?: LineRow,
): { rule: RenewalRule; nextDue: PlainDate } | null {
  const nextDue = checkDate(values.nextDue);
  const every = checkEvery(values);
  if (!nextDue.ok || !every.ok) return null;
  return {
    rule: ruleFrom(values.ruleKind, every.value, nextDue.value, values.stack, editing),
    nextDue: nextDue.value,
  };
}
