// The Attachment field: several photos, screenshots or PDFs, checked by their bytes, large photos
// shrunk, each shown as a thumbnail before saving and removable. A file still being prepared is
// shown as such; the form's Save waits for it.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { LIMITS } from '@/domain/limits';
import type { ChosenReceipts, ChosenReceiptsState, RefusedReceipt } from '@/ui/chosen-receipts';
import { RECEIPT_ACCEPT } from '@/ui/prepare-receipt-file';
import { ReceiptThumbnails } from '@/ui/receipt-thumbnails';

const REFUSAL_KEYS = {
  size: 'attachments.tooLarge',
  type: 'attachments.wrongType',
  unreadable: 'attachments.unreadable',
} as const satisfies Record<RefusedReceipt['problem'], string>;

const MEGABYTES = LIMITS.receiptBytes / (1024 * 1024);

export function ReceiptPicker({
  receipts,
  state,
}: {
  receipts: ChosenReceipts;
  state: ChosenReceiptsState;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ready = state.chosen.flatMap((entry) => (entry.status === 'ready' ? [entry] : []));
  const preparing = state.chosen.filter((entry) => entry.status === 'preparing');

  return (
    <div className="field">
      <label htmlFor={id}>{t('topUp.attachment')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={RECEIPT_ACCEPT}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          receipts.add(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('attachments.hint', { mb: MEGABYTES })}
      </p>
      {state.refused.length > 0 && (
        <div role="alert" className="form-alert">
          {state.refused.map((file, index) => (
            <p key={`${file.name}-${index}`}>
              {t(REFUSAL_KEYS[file.problem], { name: file.name, mb: MEGABYTES })}
            </p>
          ))}
        </div>
      )}
      <ReceiptThumbnails
        files={ready.map((entry) => entry.file)}
        onRemove={(index) => {
          const entry = ready.at(index);
          if (entry) receipts.remove(entry.id);
        }}
      />
      <div role="status" className="preparing">
        {preparing.length > 0 && (
          <ul aria-label={t('attachments.preparingLabel')}>
            {preparing.map((entry) => (
              <li key={entry.id}>{t('attachments.preparing', { name: entry.name })}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** What a pressed Save says while it waits for chosen files still being prepared. */
export function useReceiptWait(state: ChosenReceiptsState, saving: boolean): string | null {
  const { t } = useTranslation();
  const count = state.chosen.filter((entry) => entry.status === 'preparing').length;
  return saving && count > 0 ? t('attachments.savingAfter', { count }) : null;
}
