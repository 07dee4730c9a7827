// What to do for a line before its number is lost, in one sentence: "Pay $5.00 by Dec 10",
// "Use it — an SMS or a call — by Jun 3", "Top up $2.60 by Feb 8". The card and the alerts say it
// alike; the caller gives the date as it shows it.
import { listFormat } from './intl-formats';
import { formatMoney } from './money';
import type { NextStep } from './number-lost';
import type { Translate } from './translate';

export function stepSentence(
  step: NextStep,
  date: string,
  locale: string,
  translate: Translate,
): string {
  switch (step.cause) {
    case 'payment':
    case 'balance':
      return translate({
        key: `steps.${step.cause}`,
        values: { amount: formatMoney(step.amount, locale), date },
      });
    case 'activity': {
      const kinds = step.counts.map((kind) => translate({ key: `activityKinds.${kind}` }));
      const list = listFormat(locale, { type: 'disjunction' }).format(kinds);
      return translate({ key: 'steps.activity', values: { kinds: list, date } });
    }
    case 'credit':
      return translate({ key: 'steps.credit', values: { date } });
  }
}
