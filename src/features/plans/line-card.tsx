import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow } from '@/db/rows';
import { lineState } from '@/domain/line-state';
import { dueOn, type NextStep } from '@/domain/number-lost';
import { compareDates, type PlainDate } from '@/domain/plain-date';
import { DateText } from '@/ui/date-text';
import { DueBadge } from '@/ui/due-badge';
import { LogButtons } from '@/ui/log-buttons';
import { NextStepText } from '@/ui/next-step';

/** A line's card; `step` is numberLost of the line, which the list has worked out to order it. */
export function LineCard({
  line,
  step,
  today,
}: {
  line: LineRow;
  step: NextStep | undefined;
  today: PlainDate;
}) {
  const { t } = useTranslation();
  const due = dueOn(line, today);
  const state = lineState({ ...line, nextDue: due }, today);
  const urgent =
    state.kind === 'overdue' ||
    state.kind === 'at-risk' ||
    (step !== undefined && compareDates(step.by, today) < 0);

  return (
    <article className={`line-card${urgent ? ' urgent' : ''}`} aria-labelledby={`line-${line.id}`}>
      <div className="line-card-head">
        <h2 id={`line-${line.id}`}>
          <Link href={`/plans/${line.id}`}>{line.name}</Link>
        </h2>
        <DueBadge state={state} />
      </div>
      <p className="next-step">{step && <NextStepText step={step} today={today} />}</p>
      <div className="line-card-actions">
        <LogButtons lineId={line.id} logsUse={line.activity !== undefined} small />
      </div>
      <p className="line-meta">
        {[line.carrier, line.phone].filter(Boolean).join(' · ')}
        {line.archived && <span className="tag">{t('plans.archivedTag')}</span>}
      </p>
      <dl className="line-card-facts">
        <div>
          <dt>{t('plans.nextDue')}</dt>
          <dd>
            <DateText date={due} today={today} />
          </dd>
        </div>
        {step && (
          <div>
            <dt>{t('steps.lostOn')}</dt>
            <dd>
              <DateText date={step.lostOn} today={today} />
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
