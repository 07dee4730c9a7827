// A line's state in words and colour: due in N days, due today, overdue, at risk.
import { useTranslation } from '@/i18n/i18n';
import type { LineState } from '@/domain/line-state';

export function useStateLabel(): (state: LineState) => string {
  const { t } = useTranslation();
  return (state) => {
    switch (state.kind) {
      case 'upcoming':
        return t('state.dueIn', { count: state.daysLeft });
      case 'due-today':
        return t('state.dueToday');
      case 'overdue':
        return t('state.overdue', { count: state.daysOverdue });
      case 'at-risk':
        return t('state.atRisk', { count: state.daysOverdue });
    }
  };
}

export function DueBadge({ state }: { state: LineState }) {
  const label = useStateLabel();
  return <span className={`badge badge-${state.kind}`}>{label(state)}</span>;
}
