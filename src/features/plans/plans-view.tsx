// Home: every line, the most urgent first, so an overdue number is the first thing seen.
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import { useLines } from '@/db/use-lines';
import { numberLost } from '@/domain/number-lost';
import { compareDates, plainDate } from '@/domain/plain-date';
import { sortByUrgency } from '@/domain/urgency';
import { NoPlans } from '@/ui/no-plans';
import { PageHeader } from '@/ui/page-header';
import { useToday } from '@/ui/use-today';
import { BackupReminder } from './backup-reminder';
import { DueAlertsBanner } from './due-alerts-banner';
import { LineCard } from './line-card';

const READY_MARK = 'topup:plans-ready';

/** After every date a line can hold: where a line that nothing can lose sorts. */
const LAST_DAY = plainDate(9999, 12, 31);

/**
 * Marks the first time the lines are on screen: `npm run bench` times start-up to this point.
 * Rendered first, its effect runs as soon as the lines are committed, before the effects of the
 * rest of the view (live reads, timers) that a person does not wait for.
 */
function ReadyMark() {
  useEffect(() => {
    if (!performance.getEntriesByName(READY_MARK).length) performance.mark(READY_MARK);
  }, []);
  return null;
}

export function PlansView() {
  const { t, i18n } = useTranslation();
  const lines = useLines();
  const today = useToday();
  const [showArchived, setShowArchived] = useState(false);

  // The day each number is lost comes first; lines lost the same day, most urgent payment first.
  const active = sortByUrgency(
    lines?.filter((line) => !line.archived) ?? [],
    today,
    (line) => line.name,
    i18n.language,
  )
    .map((line) => ({ line, step: numberLost(line) }))
    .sort((a, b) => compareDates(a.step?.lostOn ?? LAST_DAY, b.step?.lostOn ?? LAST_DAY));
  const archived = lines?.filter((line) => line.archived) ?? [];

  return (
    <>
      {lines && <ReadyMark />}
      <PageHeader title={t('plans.title')}>
        {lines && lines.length > 0 && (
          <Link href="/plans/new" className="button">
            {t('plans.add')}
          </Link>
        )}
      </PageHeader>
      {lines && <DueAlertsBanner lines={lines} />}
      {lines && <BackupReminder lines={lines} />}
      {lines && lines.length === 0 && <NoPlans why={t('plans.emptyBody')} />}
      {active.length > 0 && (
        <ul className="line-list" aria-label={t('plans.listLabel')}>
          {active.map(({ line, step }) => (
            <li key={line.id}>
              <LineCard line={line} step={step} today={today} />
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <section className="archived">
          <button
            type="button"
            className="secondary"
            aria-expanded={showArchived}
            onClick={() => setShowArchived(!showArchived)}
          >
            {t('plans.showArchived', { count: archived.length })}
          </button>
          {showArchived && (
            <ul className="line-list" aria-label={t('plans.archivedLabel')}>
              {archived.map((line) => (
                <li key={line.id}>
                  <LineCard line={line} step={numberLost(line)} today={today} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
