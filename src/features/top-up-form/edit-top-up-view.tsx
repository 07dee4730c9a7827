// Edit a saved top-up: its fields as it was logged, its receipt files (each with Remove) and more
// files to add (the receipt e-mail often comes a day later). Save is one transaction; the line's
// page then offers Undo.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { AttachmentRow, LineRow, TopUpRow } from '@/db/rows';
import { editTopUp, undoTopUpEdit } from '@/db/top-ups';
import { useAttachmentsOf, useLine, useTopUpsOfLine } from '@/db/use-line';
import { formatPlainDate } from '@/domain/plain-date-format';
import { useToasts } from '@/state/toast-store';
import { useChosenReceipts } from '@/ui/chosen-receipts';
import { FormFooter } from '@/ui/form-footer';
import { PageHeader } from '@/ui/page-header';
import { ReceiptThumbnails } from '@/ui/receipt-thumbnails';
import { useForm } from '@/ui/use-form';
import { ReceiptPicker, useReceiptWait } from './receipt-picker';
import { TopUpFields } from './top-up-fields';
import { checkTopUpForm, valuesFromTopUp } from './top-up-form-values';

export function EditTopUpView({ params }: { params: { id: string; topUpId: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  const topUps = useTopUpsOfLine(params.id);
  const attachments = useAttachmentsOf([params.topUpId]);
  if (line === undefined || topUps === undefined || attachments === undefined) return null;
  const topUp = topUps.find(({ id }) => id === params.topUpId);
  if (line === null || !topUp) return <PageHeader title={t('history.missing')} />;
  return (
    <EditTopUpForm
      key={topUp.id}
      line={line}
      topUp={topUp}
      saved={attachments.get(topUp.id) ?? []}
    />
  );
}

function EditTopUpForm({
  line,
  topUp,
  saved,
}: {
  line: LineRow;
  topUp: TopUpRow;
  saved: AttachmentRow[];
}) {
  const { t, i18n } = useTranslation();
  const showToast = useToasts((state) => state.show);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const { receipts, state: receiptState } = useChosenReceipts();
  const kept = saved.filter(({ id }) => !removed.has(id));
  const form = useForm({
    draftKey: `top-up-edit:${topUp.id}`,
    initial: valuesFromTopUp(topUp),
    check: (values) => checkTopUpForm(values, line),
    async save(input) {
      const { files, refusedWhileWaiting } = await receipts.ready();
      if (refusedWhileWaiting) return 'stay';
      const edited = await editTopUp(topUp.id, { input, add: files, remove: [...removed] });
      showToast(t('history.edited'), () => undoTopUpEdit(edited));
      return `/plans/${line.id}`;
    },
  });
  const receiptWait = useReceiptWait(receiptState, form.footer.saving);

  return (
    <>
      <PageHeader
        title={t('history.editTitle', {
          name: line.name,
          date: formatPlainDate(topUp.paidOn, i18n.language),
        })}
      />
      <form className="form card" noValidate onSubmit={form.onSubmit}>
        <TopUpFields bind={form.bind} currency={line.price.currency} />
        {topUp.toBalance && <p className="hint">{t('history.editToBalance')}</p>}
        <ReceiptThumbnails
          label={t('attachments.saved')}
          files={kept}
          onRemove={(index) => {
            const file = kept.at(index);
            if (file) setRemoved((current) => new Set([...current, file.id]));
          }}
        />
        <ReceiptPicker receipts={receipts} state={receiptState} />
        <FormFooter {...form.footer} status={receiptWait} />
      </form>
    </>
  );
}
