import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/ui/empty-state';
import { PageTitle } from '@/ui/page-title';

export function InsightView() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('insight.title')}</PageTitle>
      <EmptyState title={t('insight.emptyTitle')}>
        <p>{t('insight.emptyBody')}</p>
      </EmptyState>
    </>
  );
}
