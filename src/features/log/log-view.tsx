// "Log a top-up" (the app shortcut) and "Log this receipt" (where a shared receipt lands): the
// user picks the plan, the most urgent first, and goes on to its top-up form.
import { useTranslation } from '@/i18n/i18n';
import { Link, useSearch } from 'wouter';
import { useLines } from '@/db/use-lines';
import { useSharedItem } from '@/db/use-shared-item';
import { sortByUrgency } from '@/domain/urgency';
import { DateText } from '@/ui/date-text';
import { NoPlans } from '@/ui/no-plans';
import { PageTitle } from '@/ui/page-title';
import { useToday } from '@/ui/use-today';
import { SharedReceipt } from './shared-receipt';

export function LogView() {
  const { t, i18n } = useTranslation();
  const shareParam = new URLSearchParams(useSearch()).get('share');
  const failed = shareParam === 'failed';
  const shareId = failed ? null : shareParam;
  const shared = useSharedItem(shareId);
  const lines = useLines();
  const today = useToday();
  const active = sortByUrgency(
    lines?.filter((line) => !line.archived) ?? [],
    today,
    (line) => line.name,
    i18n.language,
  );
  const query = shared ? `?share=${encodeURIComponent(shared.id)}` : '';

  return (
    <>
      <PageTitle>{t(shareParam ? 'share.title' : 'share.logTitle')}</PageTitle>
      {failed && (
        <p role="alert" className="form-alert">
          {t('share.failed')}
        </p>
      )}
      {shareId && shared === null && <p role="status">{t('share.gone')}</p>}
      {shared && <SharedReceipt item={shared} />}
      {lines && active.length === 0 ? (
        <NoPlans why={t('share.noPlans')} />
      ) : (
        <section aria-labelledby="log-pick-heading">
          <h2 id="log-pick-heading">{t('share.pick')}</h2>
          <ul className="pick-list">
            {active.map((line) => (
              <li key={line.id}>
                <Link href={`/plans/${line.id}/top-up${query}`} className="pick">
                  <span className="pick-name">{line.name}</span>
                  <span className="hint">
                    {t('share.due')} <DateText date={line.nextDue} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
