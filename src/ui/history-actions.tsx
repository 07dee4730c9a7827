// Edit and Delete of one entry of a line's history (a top-up, a use), named after the entry so
// that a list of them reads apart: "Edit the top-up of Jan 30, 2027".
import { Link } from 'wouter';
import { useTranslation } from '@/i18n/i18n';

export function HistoryActions({
  editHref,
  editLabel,
  deleteLabel,
  onDelete,
}: {
  editHref: string;
  editLabel: string;
  deleteLabel: string;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="history-actions">
      <Link href={editHref} className="button secondary small" aria-label={editLabel}>
        {t('common.edit')}
      </Link>
      <button type="button" className="secondary small" aria-label={deleteLabel} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </div>
  );
}
