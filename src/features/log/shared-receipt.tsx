// What arrived from the share sheet, shown before the user chooses its plan.
import { useTranslation } from '@/i18n/i18n';
import type { ShareInboxRow } from '@/db/rows';
import { ReceiptThumbnails } from '@/ui/receipt-thumbnails';

export function SharedReceipt({ item }: { item: ShareInboxRow }) {
  const { t } = useTranslation();
  const text = [item.title, item.text, item.url].filter(Boolean).join('\n');
  return (
    <section className="card" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{t('share.received')}</h2>
      <ReceiptThumbnails files={item.files} />
      {(item.refusedFiles ?? []).length > 0 && (
        <div role="alert" className="form-alert">
          {(item.refusedFiles ?? []).map((name) => (
            <p key={name}>{t('attachments.wrongType', { name })}</p>
          ))}
        </div>
      )}
      {text && <p className="shared-text">{text}</p>}
    </section>
  );
}
