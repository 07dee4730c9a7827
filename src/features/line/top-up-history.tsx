// A line's top-ups, newest first, each with its receipts and a Delete that can be undone.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { restoreDeleted } from '@/db/lines';
import type { TopUpRow } from '@/db/rows';
import { deleteTopUp } from '@/db/top-ups';
import { useAttachmentsOf } from '@/db/use-line';
import { useToasts } from '@/state/toast-store';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { formatPlainDate } from '@/domain/plain-date-format';
import { DateText } from '@/ui/date-text';
import { HistoryActions } from '@/ui/history-actions';
import { MoneyText } from '@/ui/money-text';
import { AttachmentThumbnails } from './attachment-thumbnails';

export function TopUpHistory({ topUps }: { topUps: TopUpRow[] | undefined }) {
  const { t, i18n } = useTranslation();
  const attachments = useAttachmentsOf(topUps?.map((topUp) => topUp.id) ?? []);
  const showToast = useToasts((state) => state.show);
  const [deleting, setDeleting] = useState<TopUpRow | null>(null);

  async function onDelete(topUp: TopUpRow) {
    setDeleting(null);
    const removed = await deleteTopUp(topUp.id);
    showToast(t('history.deleted'), () => restoreDeleted(removed));
  }

  return (
    <section className="history">
      <h2>{t('history.title')}</h2>
      {topUps && topUps.length === 0 && <p className="muted">{t('history.empty')}</p>}
      <ul className="history-list">
        {topUps?.map((topUp) => (
          <li key={topUp.id} className="card history-item">
            <div className="history-head">
              <strong>
                <DateText date={topUp.paidOn} />
              </strong>
              <MoneyText money={topUp.amount} />
            </div>
            <p className="muted">
              {[
                t('history.periods', { count: topUp.periods }),
                t(`channels.${topUp.channel}`),
                t(`methods.${topUp.method}`),
                topUp.confirmation && t('history.confirmation', { number: topUp.confirmation }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {topUp.balanceBefore && topUp.balanceAfter ? (
              <p className="muted">
                {t('history.toBalance')} <MoneyText money={topUp.balanceBefore.amount} /> →{' '}
                <MoneyText money={topUp.balanceAfter.amount} />
              </p>
            ) : (
              <p className="muted">
                {t('history.moved')} <DateText date={topUp.dueBefore} /> →{' '}
                <DateText date={topUp.dueAfter} />
              </p>
            )}
            {topUp.note && <p>{topUp.note}</p>}
            <AttachmentThumbnails attachments={attachments?.get(topUp.id) ?? []} />
            <HistoryActions
              editHref={`/plans/${topUp.lineId}/top-ups/${topUp.id}/edit`}
              editLabel={t('history.editLabel', {
                date: formatPlainDate(topUp.paidOn, i18n.language),
              })}
              deleteLabel={t('history.deleteLabel', {
                date: formatPlainDate(topUp.paidOn, i18n.language),
              })}
              onDelete={() => setDeleting(topUp)}
            />
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('history.deleteTitle')}
        body={t('history.deleteBody')}
        confirmLabel={t('common.delete')}
        onConfirm={() => deleting && void onDelete(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
