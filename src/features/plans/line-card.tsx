import { useTranslation } from '@/i18n/i18n';
import { Link, useLocation } from 'wouter';
import type { LineRow } from '@/db/rows';
import { lineState } from '@/domain/line-state';
import type { PlainDate } from '@/domain/plain-date';
import { DateText } from '@/ui/date-text';
import { DueBadge } from '@/ui/due-badge';
import { MoneyText } from '@/ui/money-text';

export function LineCard({ line, today }: { line: LineRow; today: PlainDate }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const state = lineState(line, today);
  const urgent = state.kind === 'overdue' || state.kind === 'at-risk';

  return (
    <article className={`line-card${urgent ? ' urgent' : ''}`} aria-labelledby={`line-${line.id}`}>
      <div className="line-card-head">
        <h2 id={`line-${line.id}`}>
          <Link href={`/plans/${line.id}`}>{line.name}</Link>
        </h2>
        <DueBadge state={state} />
      </div>
      <p className="line-meta">
        {[line.carrier, line.phone].filter(Boolean).join(' · ')}
        {line.archived && <span className="tag">{t('plans.archivedTag')}</span>}
      </p>
      <dl className="line-facts">
        <div>
          <dt>{t('plans.nextDue')}</dt>
          <dd>
            <DateText date={line.nextDue} />
          </dd>
        </div>
        <div>
          <dt>{t('plans.price')}</dt>
          <dd>
            <MoneyText money={line.price} />
          </dd>
        </div>
      </dl>
      <button type="button" onClick={() => navigate(`/plans/${line.id}/top-up`)}>
        {t('topUp.log')}
      </button>
    </article>
  );
}
