import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import type { NextStep } from './number-lost';
import { stepSentence } from './step-sentence';
import type { Message } from './translate';

/** Shows the key and its values, so each test sees exactly what was asked for. */
const show = ({ key, values }: Message) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([name, value]) => `${name}=${value}`)
        .join(',')})`
    : key;

const by = d('2027-02-08');
const lostOn = d('2027-02-09');
const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('stepSentence', () => {
  it.each<[NextStep, string]>([
    [{ cause: 'payment', by, lostOn, amount: usd(500) }, 'steps.payment(amount=$5.00,date=DATE)'],
    [
      { cause: 'balance', by, lostOn, amount: usd(260), covered: 1 },
      'steps.balance(amount=$2.60,date=DATE)',
    ],
    [
      { cause: 'activity', by, lostOn, counts: ['call', 'sms', 'top-up'] },
      'steps.activity(kinds=activityKinds.call, activityKinds.sms, or activityKinds.top-up,date=DATE)',
    ],
    [{ cause: 'credit', by, lostOn }, 'steps.credit(date=DATE)'],
  ])('words a %o step with its amount or kinds and the date as given', (step, sentence) => {
    expect(stepSentence(step, 'DATE', 'en-US', show)).toBe(sentence);
  });

  it('lists the kinds of use in the locale’s words for "or"', () => {
    const step: NextStep = { cause: 'activity', by, lostOn, counts: ['sms', 'data'] };
    expect(stepSentence(step, 'D', 'zh-Hans', show)).toBe(
      'steps.activity(kinds=activityKinds.sms或activityKinds.data,date=D)',
    );
  });
});
