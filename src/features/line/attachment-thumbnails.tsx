// Receipt thumbnails; pressing one shows it full size (a PDF opens in the browser's viewer).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { AttachmentRow } from '@/db/rows';
import { BlobImage, useBlobUrlRef } from '@/ui/blob-image';

function PdfLink({ attachment }: { attachment: AttachmentRow }) {
  const ref = useBlobUrlRef<HTMLAnchorElement>(attachment.blob);
  return (
    <a ref={ref} className="pdf-thumb" target="_blank" rel="noopener">
      {attachment.name}
    </a>
  );
}

export function AttachmentThumbnails({ attachments }: { attachments: AttachmentRow[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<AttachmentRow | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  if (attachments.length === 0) return null;
  return (
    <>
      <ul className="thumbnails" aria-label={t('attachments.label')}>
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            {attachment.type === 'application/pdf' ? (
              <PdfLink attachment={attachment} />
            ) : (
              <button
                type="button"
                className="thumb-button"
                onClick={() => setOpen(attachment)}
                aria-label={t('attachments.open', { name: attachment.name })}
              >
                <BlobImage blob={attachment.blob} alt="" className="thumb" />
              </button>
            )}
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        className="viewer"
        aria-label={open?.name ?? ''}
        onClose={() => setOpen(null)}
      >
        {open && <BlobImage blob={open.blob} alt={open.name} className="full" />}
        <form method="dialog">
          <button type="submit">{t('common.close')}</button>
        </form>
      </dialog>
    </>
  );
}
