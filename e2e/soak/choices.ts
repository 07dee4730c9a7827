// The random values a soak types: plans, due dates (month ends often), payments near the due date.
import type { Money } from '../../src/domain/money';
import { addDays, daysInMonth, plainDate, type PlainDate } from '../../src/domain/plain-date';
import type { ModelLine, Payment, PlanChoice, RuleKind } from './model';
import type { Random } from './random';

export const TODAY = '2027-01-20' as PlainDate;

/** Top-ups move due dates forward; past this a line is moved back by hand before it is paid again. */
export const PAYABLE_UNTIL = '2080-01-01' as PlainDate;

const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'CNY', 'JPY'] as const;
const NAMES = ['Mint', 'Tello', 'US number', 'Ultra', '美国号码', 'Travel SIM'] as const;

/** Digits after the decimal point, written down here rather than asked of the app. */
const DIGITS: Record<string, number> = { USD: 2, EUR: 2, CNY: 2, JPY: 0 };

export const RENEWAL_LABELS = {
  monthly: 'Calendar months',
  days: 'Fixed days',
  validity: 'Validity after top-up',
} as const;

/** An amount as a person types it: "15", "15.50", "1500" for yen. */
export function typedAmount(money: Money): string {
  if (DIGITS[money.currency] === 0) return String(money.minor);
  const whole = Math.floor(money.minor / 100);
  const cents = money.minor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

function randomPrice(random: Random, currency: string): Money {
  const minor =
    DIGITS[currency] === 0
      ? random.int(3, 60) * 100
      : random.chance(0.5)
        ? random.int(5, 60) * 100
        : random.int(500, 6000);
  return { minor, currency };
}

/** Near today, and on the last day of a month half of the time (Feb 28, Feb 29 in 2028, Apr 30 …). */
export function randomDueDate(random: Random): PlainDate {
  if (random.chance(0.5)) {
    const [year, month] = random.pick([
      [2026, 11],
      [2026, 12],
      [2027, 1],
      [2027, 2],
      [2027, 3],
      [2027, 4],
      [2027, 5],
      [2027, 6],
      [2028, 2],
    ] as const);
    return plainDate(year, month, daysInMonth(year, month));
  }
  return addDays(TODAY, random.int(-40, 60));
}

function randomEvery(random: Random, kind: RuleKind): number {
  if (kind === 'monthly') return random.pick([1, 1, 1, 1, 3, 6, 12]);
  if (kind === 'days') return random.pick([28, 30, 30, 90]);
  return random.pick([30, 60, 90, 365]);
}

function randomKind(random: Random): RuleKind {
  return random.weighted([
    ['monthly', 50],
    ['days', 25],
    ['validity', 25],
  ] as const);
}

function randomLateMode(random: Random): PlanChoice['lateMode'] {
  return random.weighted([
    ['default', 50],
    ['keep', 25],
    ['restart', 25],
  ] as const);
}

export function planName(random: Random, number: number): string {
  return `${random.pick(NAMES)} ${number}`;
}

export function newPlan(random: Random, name: string): PlanChoice {
  const kind = randomKind(random);
  return {
    name,
    price: randomPrice(random, random.pick(CURRENCIES)),
    billing: random.chance(0.7) ? 'prepaid' : 'postpaid',
    // A validity plan's form has no late-payment choice: it keeps its default.
    lateMode: kind === 'validity' ? 'default' : randomLateMode(random),
    kind,
    every: randomEvery(random, kind),
    stack: kind === 'validity' && random.chance(0.5),
    nextDue: randomDueDate(random),
  };
}

/** An edit of some fields of a plan; a plan paid far into the future gets its due date moved back. */
export function editedPlan(random: Random, line: ModelLine, newName: () => string): PlanChoice {
  const { rule } = line;
  let kind: RuleKind = rule.kind;
  let every = rule.kind === 'validity' ? rule.days : rule.every;
  if (random.chance(0.1)) {
    kind = randomKind(random);
    every = randomEvery(random, kind);
  } else if (random.chance(0.15)) {
    every = randomEvery(random, kind);
  }
  const currency = random.chance(0.1) ? random.pick(CURRENCIES) : line.price.currency;
  const moveDue = line.nextDue >= PAYABLE_UNTIL || random.chance(0.25);
  return {
    name: random.chance(0.5) ? newName() : line.name,
    price:
      random.chance(0.5) || currency !== line.price.currency
        ? randomPrice(random, currency)
        : line.price,
    billing: random.chance(0.15)
      ? line.billing === 'prepaid'
        ? 'postpaid'
        : 'prepaid'
      : line.billing,
    // Hidden for a validity plan, the late-payment choice keeps what the line had.
    lateMode:
      kind !== 'validity' && random.chance(0.2)
        ? randomLateMode(random)
        : (line.lateMode ?? 'default'),
    kind,
    every,
    stack:
      kind === 'validity' &&
      (rule.kind === 'validity' && random.chance(0.85) ? rule.stack : random.chance(0.5)),
    nextDue: moveDue ? randomDueDate(random) : line.nextDue,
  };
}

/** A payment near the due date: mostly a little early, sometimes late, now and then far off. */
export function randomPayment(random: Random, line: ModelLine): Payment {
  const offset = random.weighted([
    [random.int(-10, 0), 50],
    [random.int(1, 10), 30],
    [random.int(11, 60), 10],
    [random.int(-60, -11), 10],
  ] as const);
  const periods = random.weighted([
    [1, 70],
    [2, 20],
    [3, 10],
  ] as const);
  const price = line.price;
  const amount = random.weighted([
    [{ ...price, minor: price.minor * periods }, 60],
    [price, 20],
    [randomPrice(random, price.currency), 20],
  ] as const);
  return { paidOn: addDays(line.nextDue, offset), periods, amount };
}
