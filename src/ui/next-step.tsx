// What to do for a line before its number is lost, as a sentence whose date is a <time>:
// "Pay $5.00 by Dec 10", "Use it — an SMS or a call — by Jun 3", "Top up $2.60 by Feb 8".
import { Fragment } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { listFormat } from '@/domain/intl-formats';
import { formatMoney } from '@/domain/money';
import type { NextStep } from '@/domain/number-lost';
import { DateText } from './date-text';

/** Stands for the date in the translated sentence, which is then split around it. */
const DATE_SLOT = '\u2063date\u2063';

export function NextStepText({ step }: { step: NextStep }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  let sentence: string;
  switch (step.cause) {
    case 'payment':
    case 'balance':
      sentence = t(`steps.${step.cause}`, {
        amount: formatMoney(step.amount, locale),
        date: DATE_SLOT,
      });
      break;
    case 'activity': {
      const kinds = step.counts.map((kind) => t(`activityKinds.${kind}`));
      const list = listFormat(locale, { type: 'disjunction' }).format(kinds);
      sentence = t('steps.activity', { kinds: list, date: DATE_SLOT });
      break;
    }
    case 'credit':
      sentence = t('steps.credit', { date: DATE_SLOT });
  }
  const parts = sentence.split(DATE_SLOT);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <DateText date={step.by} />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
