// The plan form's values as typed, and their checking into a line the database accepts. Every
// problem is reported against its field, and nothing is built until every field is valid.
import { LIMITS } from '@/db/limits';
import type { LineInput } from '@/db/row-schemas';
import type { LineRow } from '@/db/rows';
import type { Settings } from '@/db/settings-values';
import { formatMoneyPlain, parseMoney } from '@/domain/money';
import { parseDayList, parseWholeNumber } from '@/domain/number-input';
import { type PlainDate, toParts } from '@/domain/plain-date';
import { RULE_LIMITS, type RenewalRule } from '@/domain/renewal-rule';
import type { Billing, LateMode } from '@/domain/top-up';
import { type FormError, moneyFormError, parseFormDate } from '@/ui/form-error';

export type RuleKind = RenewalRule['kind'];

export interface PlanFormValues {
  name: string;
  carrier: string;
  phone: string;
  plan: string;
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
}

export type PlanFormErrors = Partial<Record<keyof PlanFormValues, FormError>>;

export function valuesFromDefaults(settings: Settings, today: PlainDate): PlanFormValues {
  return {
    name: '',
    carrier: '',
    phone: '',
    plan: '',
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
  };
}

export function valuesFromLine(line: LineRow): PlanFormValues {
  const { rule } = line;
  return {
    name: line.name,
    carrier: line.carrier,
    phone: line.phone,
    plan: line.plan,
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
  // The anchor day is the day of the due date typed; an untouched due date keeps the stored
  // anchor, so a line anchored on the 31st stays so while its due date is Feb 28.
  const keepAnchor = editing?.rule.kind === 'monthly' && editing.nextDue === nextDue;
  const anchorDay =
    keepAnchor && editing.rule.kind === 'monthly' ? editing.rule.anchorDay : toParts(nextDue).day;
  return { kind, every, anchorDay };
}

function text(value: string, max: number, required: boolean): FormError | undefined {
  const trimmed = value.trim();
  if (required && !trimmed) return { key: 'required' };
  if (trimmed.length > max) return { key: 'tooLong', max };
  return undefined;
}

function everyMax(kind: RuleKind): number {
  return kind === 'monthly' ? RULE_LIMITS.monthsMax : RULE_LIMITS.daysMax;
}

function parseEvery(values: PlanFormValues) {
  return parseWholeNumber(values.every, 1, everyMax(values.ruleKind));
}

export function checkPlanForm(
  values: PlanFormValues,
  editing?: LineRow,
): { ok: true; input: LineInput } | { ok: false; errors: PlanFormErrors } {
  const errors: PlanFormErrors = {};
  const textErrors = {
    name: text(values.name, LIMITS.name, true),
    carrier: text(values.carrier, LIMITS.shortText, false),
    phone: text(values.phone, 40, false),
    plan: text(values.plan, LIMITS.shortText, false),
    notes: text(values.notes, LIMITS.note, false),
  };
  Object.assign(
    errors,
    Object.fromEntries(Object.entries(textErrors).filter(([, error]) => error)),
  );

  const price = parseMoney(values.price, values.currency);
  if (!price.ok) errors.price = moneyFormError(price.error);

  const every = parseEvery(values);
  if (!every.ok) errors.every = { key: 'wholeNumber', min: 1, max: everyMax(values.ruleKind) };

  const nextDue = parseFormDate(values.nextDue);
  if ('error' in nextDue) errors.nextDue = nextDue.error;

  const leadDays = parseDayList(values.leadDays, LIMITS.leadDayMax, LIMITS.leadDays);
  if (!leadDays.ok)
    errors.leadDays = { key: 'dayList', max: LIMITS.leadDayMax, count: LIMITS.leadDays };

  const graceDays = parseWholeNumber(values.graceDays, 0, LIMITS.graceDaysMax);
  if (!graceDays.ok) errors.graceDays = { key: 'wholeNumber', min: 0, max: LIMITS.graceDaysMax };

  if (
    !price.ok ||
    !every.ok ||
    'error' in nextDue ||
    !leadDays.ok ||
    !graceDays.ok ||
    Object.keys(errors).length
  ) {
    return { ok: false, errors };
  }
  const input: LineInput = {
    name: values.name.trim(),
    carrier: values.carrier.trim(),
    phone: values.phone.trim(),
    plan: values.plan.trim(),
    price: price.money,
    billing: values.billing,
    autopay: values.autopay,
    rule: ruleFrom(values.ruleKind, every.value, nextDue.date, values.stack, editing),
    nextDue: nextDue.date,
    leadDays: leadDays.value,
    graceDays: graceDays.value,
    notes: values.notes.trim(),
  };
  if (values.lateMode !== 'default') input.lateMode = values.lateMode;
  return { ok: true, input };
}

/** The rule the form describes so far, for the preview; null while it is incomplete. */
export function previewRule(
  values: PlanFormValues,
  editing?: LineRow,
): { rule: RenewalRule; nextDue: PlainDate } | null {
  const parsed = parseFormDate(values.nextDue);
  const nextDue = 'date' in parsed ? parsed.date : null;
  const every = parseEvery(values);
  if (!nextDue || !every.ok) return null;
  return { rule: ruleFrom(values.ruleKind, every.value, nextDue, values.stack, editing), nextDue };
}
