// Log a top-up: what was paid, when, how, with its receipt. Before saving it says in words what
// the line's new due date will be; after saving the line shows it at once.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { LineRow } from '@/db/rows';
import { logTopUp } from '@/db/top-ups';
import { useLine } from '@/db/use-line';
import { readMessage, type ConfirmationReading } from '@/domain/confirmation-reader';
import { correctBalance } from '@/db/balance';
import { DateText } from '@/ui/date-text';
import { CheckboxField } from '@/ui/form-fields';
import { FormFooter } from '@/ui/form-footer';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { useChosenReceipts } from '@/ui/chosen-receipts';
import { useForm } from '@/ui/use-form';
import { useToday } from '@/ui/use-today';
import type { PlainDate } from '@/domain/plain-date';
import { ConfirmationPaste } from './confirmation-paste';
import { ReceiptPicker, useReceiptWait } from './receipt-picker';
import { TopUpFields } from './top-up-fields';
import {
  checkTopUpForm,
  type FilledField,
  fillFromConfirmation,
  previewTopUp,
  type TopUpFormValues,
  topUpDefaults,
} from './top-up-form-values';
import { type SharedReceipt, useSharedReceipt } from './use-shared-receipt';

export function TopUpFormView({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  const today = useToday();
  const shared = useSharedReceipt();
  if (line === undefined || shared === undefined) return null;
  if (line === null) {
    return <PageHeader title={t('line.missing')} />;
  }
  return (
    <TopUpForm
      key={line.id}
      line={line}
      today={today}
      initial={topUpDefaults(line, today)}
      shared={shared}
    />
  );
}

function TopUpForm({
  line,
  today,
  initial,
  shared,
}: {
  line: LineRow;
  today: PlainDate;
  initial: TopUpFormValues;
  shared: SharedReceipt | null;
}) {
  const { t } = useTranslation();
  // Text shared with the receipt is read as the form opens, as if pasted; the user checks it.
  const [sharedMessage] = useState(() => (shared?.text.trim() ? readMessage(shared.text) : null));
  const [sharedFill] = useState(() =>
    sharedMessage?.kind === 'payment' || sharedMessage?.kind === 'other'
      ? fillFromConfirmation(initial, sharedMessage.reading, line.price.currency)
      : null,
  );
  const { receipts, state: receiptState } = useChosenReceipts(shared?.files);
  const form = useForm({
    draftKey: `top-up:${line.id}`,
    initial: sharedFill?.values ?? initial,
    check: (values) => checkTopUpForm(values, line),
    async save(input) {
      const { files, refusedWhileWaiting } = await receipts.ready();
      // A file refused while Save waited is named beside the picker; the person decides again.
      if (refusedWhileWaiting) return 'stay';
      await logTopUp(line.id, input, files, Date.now(), shared?.id);
      return `/plans/${line.id}`;
    },
  });
  const { values } = form;
  const receiptWait = useReceiptWait(receiptState, form.footer.saving);
  // A field filled from a pasted confirmation asks to be checked until the person changes it.
  const [lastFill, setLastFill] = useState(sharedFill);
  const checkNote = (key: FilledField) =>
    lastFill?.filled.includes(key) && lastFill.values[key] === values[key]
      ? t('topUp.paste.check')
      : undefined;

  function onRead(reading: ConfirmationReading) {
    const fill = fillFromConfirmation(values, reading, line.price.currency);
    form.setValues(fill.values);
    setLastFill(fill);
    // A field's old error says nothing about the value now in it.
    form.setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([key]) => !fill.filled.some((field) => field === key)),
      ),
    );
    return fill;
  }

  const preview = previewTopUp(line, values);

  return (
    <>
      <PageHeader title={t('topUp.title', { name: line.name })} />
      <form className="form card" noValidate onSubmit={form.onSubmit}>
        <ConfirmationPaste
          onRead={onRead}
          currency={line.price.currency}
          onBalance={
            line.balance
              ? ({ balance, validUntil }) =>
                  correctBalance(line.id, { amount: balance, asOf: today }, validUntil)
              : undefined
          }
          shared={
            shared && sharedMessage
              ? { text: shared.text, message: sharedMessage, fill: sharedFill }
              : undefined
          }
        />
        <TopUpFields bind={form.bind} currency={line.price.currency} checkNote={checkNote} />
        <ReceiptPicker receipts={receipts} state={receiptState} />
        {line.balance && (
          <CheckboxField
            label={t('topUp.toBalance')}
            hint={t('topUp.toBalanceHint')}
            {...form.bind('toBalance')}
          />
        )}
        <p className="preview" aria-live="polite">
          {!preview && t('topUp.newDueUnknown')}
          {preview && 'dueAfter' in preview && (
            <>
              {t('topUp.newDue')} <DateText date={preview.dueAfter} style="full" />
            </>
          )}
          {preview && 'balanceAfter' in preview && (
            <>
              {t('topUp.newBalance')} <MoneyText money={preview.balanceAfter} />
            </>
          )}
        </p>
        <FormFooter {...form.footer} status={receiptWait} />
      </form>
    </>
  );
}
