// The plan form's values as typed, and their checking into a line the database accepts. Every
// problem is reported against its field, and nothing is built until every field is valid.
import type { LineInput } from '@/db/row-schemas';
import type { LineRow } from '@/db/rows';
import type { Settings } from '@/db/settings-values';
import { LIMITS } from '@/domain/limits';
import { formatMoneyPlain } from '@/domain/money';
import type { PlainDate } from '@/domain/plain-date';
import { anchorDayFor, type RenewalRule } from '@/domain/renewal-rule';
import type { Billing, LateMode } from '@/domain/top-up';
import {
  checkDate,
  checkLeadDays,
  checkMoney,
  checkText,
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
  };
}

export function valuesFromLine(line: LineRow): PlanFormValues {
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
    !notes.ok
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
