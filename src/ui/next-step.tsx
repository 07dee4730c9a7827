// What to do for a line before its number is lost, as a sentence whose date is a <time>:
// "Pay $5.00 by Dec 10", "Use it — an SMS or a call — by Jun 3", "Top up $2.60 by Feb 8".
import { Fragment } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { NextStep } from '@/domain/number-lost';
import type { PlainDate } from '@/domain/plain-date';
import { stepSentence } from '@/domain/step-sentence';
import { alertTranslator } from '@/i18n/alert-translator';
import { DateText } from './date-text';

/** Stands for the date in the translated sentence, which is then split around it. */
const DATE_SLOT = '\u2063date\u2063';

/** `today` given, the date goes without its year when it is this year's (see DateText). */
export function NextStepText({ step, today }: { step: NextStep; today?: PlainDate }) {
  const { i18n } = useTranslation();
  const sentence = stepSentence(step, DATE_SLOT, i18n.language, alertTranslator(i18n.t));
  const parts = sentence.split(DATE_SLOT);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <DateText date={step.by} today={today} />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
