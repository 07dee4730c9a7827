// The state of a view that needs a plan when there is none yet: why, and Add plan.
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import { EmptyState } from './empty-state';

export function NoPlans({ why }: { why: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('plans.emptyTitle')}>
      <p>{why}</p>
      <p>
        <Link href="/plans/new" className="button">
          {t('plans.add')}
        </Link>
      </p>
    </EmptyState>
  );
}
