import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/ui/empty-state';
import { PageTitle } from '@/ui/page-title';

export function PlansView() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('plans.title')}</PageTitle>
      <EmptyState title={t('plans.emptyTitle')}>
        <p>{t('plans.emptyBody')}</p>
        <p>{t('plans.emptyComing')}</p>
      </EmptyState>
    </>
  );
}
