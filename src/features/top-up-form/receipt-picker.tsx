// The Attachment field: several photos, screenshots or PDFs, checked by their bytes, large photos
// shrunk, each shown as a thumbnail before saving and removable.
import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { type ReceiptFile, ReceiptThumbnails } from '@/ui/receipt-thumbnails';
import { prepareReceiptFile, RECEIPT_ACCEPT } from '@/ui/prepare-receipt-file';

export function ReceiptPicker({
  files,
  onChange,
}: {
  files: ReceiptFile[];
  onChange: (files: ReceiptFile[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [refused, setRefused] = useState<string[]>([]);

  async function onPick(list: FileList | null) {
    const prepared = await Promise.all(Array.from(list ?? [], prepareReceiptFile));
    const accepted = prepared.flatMap((file) =>
      file.ok ? [{ name: file.name, type: file.type, blob: file.blob }] : [],
    );
    setRefused(
      prepared.flatMap((file) =>
        file.ok
          ? []
          : [
              file.problem === 'size'
                ? t('attachments.tooLarge', { name: file.name })
                : t('attachments.wrongType', { name: file.name }),
            ],
      ),
    );
    onChange([...files, ...accepted]);
  }

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
          void onPick(event.target.files);
          event.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('attachments.hint')}
      </p>
      {refused.length > 0 && (
        <div role="alert" className="form-alert">
          {refused.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <ReceiptThumbnails
        files={files}
        onRemove={(index) => onChange(files.filter((_, i) => i !== index))}
      />
    </div>
  );
}
