// The Attachment field: several photos, screenshots or PDFs, checked by their bytes, large photos
// shrunk, each shown as a thumbnail before saving and removable.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/ui/blob-image';
import { prepareReceiptFile, RECEIPT_ACCEPT } from '@/ui/prepare-receipt-file';

export interface PickedFile {
  name: string;
  type: string;
  blob: Blob;
}

export function ReceiptPicker({
  files,
  onChange,
}: {
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
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
      {files.length > 0 && (
        <ul className="thumbnails" aria-label={t('attachments.chosen')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.type === 'application/pdf' ? (
                <span className="pdf-thumb">{t('attachments.pdf')}</span>
              ) : (
                <BlobImage blob={file.blob} alt={file.name} className="thumb" />
              )}
              <span className="thumb-name">{file.name}</span>
              <button
                type="button"
                className="secondary small"
                onClick={() => onChange(files.filter((_, i) => i !== index))}
                aria-label={t('attachments.remove', { name: file.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
