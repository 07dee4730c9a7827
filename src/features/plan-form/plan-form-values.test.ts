import { describe, expect, it } from 'vitest';
import { type LineInput, lineInputSchema } from '@/db/row-schemas';
import type { LineRow } from '@/db/rows';
import { settingsFromRows } from '@/db/settings-values';
import { date, lineInput } from '@/testing/db-fixtures';
import { LIMITS } from '@/domain/limits';
import { normalizeLeadDays } from '@/domain/reminders';
import type { RenewalRule } from '@/domain/renewal-rule';
import {
  amountLimit,
  dateLimits,
  describeLimits,
  numberLimit,
  textLimit,
} from '@/testing/describe-limits';
import {
  checkPlanForm,
  type PlanFormValues,
  valuesFromLine,
  withCarrierFacts,
} from './plan-form-values';
import { CARRIER_FACTS, factsFor } from '@/domain/carrier-facts';

const TODAY = date('2027-01-20');

const line: LineRow = {
  ...lineInput(),
  id: 'line',
  archived: false,
  createdAt: 1,
  updatedAt: 1,
};
const values = valuesFromLine(line, TODAY);

const { shortText, everyMonthsMax, everyDaysMax, leadDays } = LIMITS;
const count = (length: number) => Array.from({ length }, (_, index) => index);
const monthly = (every: number): RenewalRule => ({ kind: 'monthly', every, anchorDay: 1 });
const days = (every: number): RenewalRule => ({ kind: 'days', every });
const validity = (n: number): RenewalRule => ({ kind: 'validity', days: n, stack: false });
const validityKind = { ruleKind: 'validity' } satisfies Partial<PlanFormValues>;
const tooMany = { leadDays: count(leadDays + 1) };

describeLimits<PlanFormValues, LineInput>(
  'the plan form and the stored line hold to the same limits',
  { values, check: (typed) => checkPlanForm(typed, line), schema: lineInputSchema, row: lineInput },
  [
    textLimit('name', LIMITS.name, (name) => ({ name })),
    textLimit('carrier', shortText, (carrier) => ({ carrier })),
    textLimit('phone', LIMITS.phone, (phone) => ({ phone })),
    textLimit('planName', shortText, (planName) => ({ planName })),
    textLimit('notes', LIMITS.note, (notes) => ({ notes })),
    amountLimit('price', (price) => ({ price })),
    numberLimit('N months', 'every', everyMonthsMax, (n) => ({ rule: monthly(n) })),
    numberLimit('N days', 'every', everyDaysMax, (n) => ({ rule: days(n) }), { ruleKind: 'days' }),
    numberLimit('validity', 'every', everyDaysMax, (n) => ({ rule: validity(n) }), validityKind),
    numberLimit('earliest reminder', 'leadDays', LIMITS.leadDayMax, (day) => ({ leadDays: [day] })),
    ['reminders', 'leadDays', count(leadDays).join(), count(leadDays + 1).join(), tooMany],
    numberLimit('grace days', 'graceDays', LIMITS.graceDaysMax, (graceDays) => ({ graceDays })),
    ...dateLimits('nextDue', (nextDue) => ({ nextDue: date(nextDue) })),
  ],
);

describe('the limits of a line outside its form', () => {
  it('reminds on every lead day the form accepts, and the settings keep the same as defaults', () => {
    expect(normalizeLeadDays([LIMITS.leadDayMax, LIMITS.leadDayMax + 1])).toEqual([
      LIMITS.leadDayMax,
    ]);
    const settings = (leadDays: number[], graceDays: number) =>
      settingsFromRows([
        { key: 'defaultLeadDays', value: leadDays },
        { key: 'defaultGraceDays', value: graceDays },
      ]);
    expect(settings([LIMITS.leadDayMax], LIMITS.graceDaysMax)).toMatchObject({
      defaultLeadDays: [LIMITS.leadDayMax],
      defaultGraceDays: LIMITS.graceDaysMax,
    });
    expect(settings([LIMITS.leadDayMax + 1], LIMITS.graceDaysMax + 1)).toMatchObject({
      defaultLeadDays: [3, 1, 0],
      defaultGraceDays: 0,
    });
  });
});

describe('checkPlanForm', () => {
  it('keeps the stored anchor of an untouched month-end due date, and follows a changed one', () => {
    const onThe31st: LineRow = {
      ...line,
      rule: { kind: 'monthly', every: 1, anchorDay: 31 },
      nextDue: date('2027-02-28'),
    };
    const untouched = checkPlanForm(valuesFromLine(onThe31st, TODAY), onThe31st);
    expect(untouched.ok && untouched.input.rule).toEqual({
      kind: 'monthly',
      every: 1,
      anchorDay: 31,
    });
    const changed = checkPlanForm(
      { ...valuesFromLine(onThe31st, TODAY), nextDue: '2027-03-15' },
      onThe31st,
    );
    expect(changed.ok && changed.input.rule).toEqual({ kind: 'monthly', every: 1, anchorDay: 15 });
  });

  it('saves text without its surrounding spaces and names every field in trouble', () => {
    const trimmed = checkPlanForm({ ...values, name: '  Spare  ' }, line);
    expect(trimmed.ok && trimmed.input.name).toBe('Spare');
    const refused = checkPlanForm({ ...values, name: ' ', price: 'abc', graceDays: '-1' }, line);
    expect(refused).toEqual({
      ok: false,
      errors: {
        name: { key: 'required' },
        price: { key: 'money' },
        graceDays: { key: 'wholeNumber', min: 0, max: LIMITS.graceDaysMax },
      },
    });
  });
});

describe('the balance fields', () => {
  it('leave the balance out while Balance is empty, whatever the other fields say', () => {
    const checked = checkPlanForm({
      ...values,
      balance: ' ',
      balanceOn: 'x',
      creditExpiresOn: 'y',
    });
    expect(checked.ok && checked.input.balance).toBeUndefined();
  });

  it('give a balance in the plan’s currency, read on its day, with its renewal and expiry', () => {
    const checked = checkPlanForm({
      ...values,
      balance: '7.40',
      balanceOn: '2027-01-10',
      renewsFromBalance: true,
      creditExpiresOn: '2027-04-10',
    });
    expect(checked.ok && checked.input.balance).toEqual({
      amount: { minor: 740, currency: 'USD' },
      asOf: '2027-01-10',
      renewsFromBalance: true,
      creditExpiresOn: '2027-04-10',
    });
  });

  it('name the field that is wrong', () => {
    const checked = checkPlanForm({ ...values, balance: 'seven', creditExpiresOn: '2027-02-30' });
    expect(!checked.ok && checked.errors).toEqual({
      balance: { key: 'money' },
      creditExpiresOn: { key: 'date' },
    });
  });

  it('come back from a line as they were saved', () => {
    const balance = {
      amount: { minor: 740, currency: 'USD' },
      asOf: date('2027-01-10'),
      renewsFromBalance: true,
    };
    const back = checkPlanForm(valuesFromLine({ ...line, balance }, TODAY), line);
    expect(back.ok && back.input.balance).toEqual(balance);
    expect(valuesFromLine(line, TODAY)).toMatchObject({ balance: '', balanceOn: TODAY });
  });
});

describe('withCarrierFacts', () => {
  it('puts giffgaff’s six-month rule, counting every kind of use, into the form', () => {
    const facts = factsFor('giffgaff');
    if (!facts) throw new Error('giffgaff has facts');
    const filled = withCarrierFacts(values, facts);
    expect(filled).toMatchObject({
      activityEvery: '6',
      activityUnit: 'months',
      countsCall: true,
      countsSms: true,
      countsData: true,
      countsTopUp: true,
      graceDays: values.graceDays,
    });
  });

  it('changes only what the carrier’s pages state, and the result always passes the form’s checks', () => {
    for (const facts of CARRIER_FACTS) {
      const filled = withCarrierFacts(values, facts);
      if (!facts.activity) expect(filled.activityEvery).toBe(values.activityEvery);
      if (!facts.graceDays) expect(filled.graceDays).toBe(values.graceDays);
      else expect(filled.graceDays).toBe(String(facts.graceDays.value));
      expect(checkPlanForm(filled).ok).toBe(true);
    }
  });
});

describe('the port-out kit', () => {
  it('is left out while every field is empty', () => {
    const checked = checkPlanForm({ ...values, accountNumber: '  ', usedFor: '' });
    expect(checked.ok && checked.input.portOut).toBeUndefined();
  });

  it('works a PIN’s expiry out from the carrier’s stated lifetime when none is typed', () => {
    const checked = checkPlanForm({
      ...values,
      carrier: 'giffgaff',
      accountNumber: ' 123456789 ',
      pinIssuedOn: '2027-01-01',
    });
    expect(checked.ok && checked.input.portOut).toEqual({
      accountNumber: '123456789',
      billingZip: '',
      usedFor: '',
      pinIssuedOn: '2027-01-01',
      pinExpiresOn: '2027-01-30',
    });
  });

  it('keeps the expiry typed, and names a bad date', () => {
    const typed = checkPlanForm({
      ...values,
      carrier: 'giffgaff',
      pinIssuedOn: '2027-01-01',
      pinExpiresOn: '2027-01-05',
    });
    expect(typed.ok && typed.input.portOut?.pinExpiresOn).toBe('2027-01-05');
    const bad = checkPlanForm({ ...values, pinExpiresOn: 'soon' });
    expect(!bad.ok && bad.errors).toEqual({ pinExpiresOn: { key: 'date' } });
  });
});
