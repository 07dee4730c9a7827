// Receipt files as small thumbnails with their names (PDFs as a label), optionally each with a
// remove button: files chosen and not yet saved, or a saved top-up's files in its edit form.
import { useTranslation } from '@/i18n/i18n';
import { BlobImage } from './blob-image';

export interface ReceiptFile {
  name: string;
  type: string;
  blob: Blob;
}

export function ReceiptThumbnails({
  files,
  onRemove,
  label,
}: {
  files: readonly ReceiptFile[];
  onRemove?: (index: number) => void;
  /** The list's name; "Chosen receipts" unless given. */
  label?: string;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="thumbnails" aria-label={label ?? t('attachments.chosen')}>
      {files.map((file, index) => (
        <li key={`${file.name}-${index}`}>
          {file.type === 'application/pdf' ? (
            <span className="pdf-thumb">{t('attachments.pdf')}</span>
          ) : (
            <BlobImage
              blob={file.blob}
              alt={t('attachments.preview', { name: file.name })}
              className="thumb"
            />
          )}
          <span className="thumb-name">{file.name}</span>
          {onRemove && (
            <button
              type="button"
              className="secondary small"
              onClick={() => onRemove(index)}
              aria-label={t('attachments.remove', { name: file.name })}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
