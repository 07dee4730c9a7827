// A line's logged uses, newest first, each with Edit and a Delete that can be undone.
import { useTranslation } from '@/i18n/i18n';
import type { UseRow } from '@/db/rows';
import { useUsesOfLine } from '@/db/use-line';
import { deleteUse, restoreUse } from '@/db/uses';
import { formatPlainDate } from '@/domain/plain-date-format';
import { useToasts } from '@/state/toast-store';
import { DateText } from '@/ui/date-text';
import { HistoryActions } from '@/ui/history-actions';

export function UseHistory({ lineId }: { lineId: string }) {
  const { t, i18n } = useTranslation();
  const uses = useUsesOfLine(lineId);
  const showToast = useToasts((state) => state.show);

  async function onDelete(use: UseRow) {
    const removed = await deleteUse(use.id);
    showToast(t('use.deleted'), () => restoreUse(removed));
  }

  return (
    <section className="history">
      <h2>{t('use.history')}</h2>
      {uses && uses.length === 0 && <p className="muted">{t('use.none')}</p>}
      <ul className="history-list">
        {uses?.map((use) => (
          <li key={use.id} className="card history-item">
            <div className="history-head">
              <strong>
                <DateText date={use.usedOn} />
              </strong>
              <span>{t(`activityKindLabels.${use.kind}`)}</span>
            </div>
            {use.note && <p>{use.note}</p>}
            <HistoryActions
              editHref={`/plans/${lineId}/uses/${use.id}/edit`}
              editLabel={t('use.editLabel', { date: formatPlainDate(use.usedOn, i18n.language) })}
              deleteLabel={t('use.deleteLabel', {
                date: formatPlainDate(use.usedOn, i18n.language),
              })}
              onDelete={() => void onDelete(use)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
