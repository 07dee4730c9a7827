import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/ui/empty-state';
import { PageTitle } from '@/ui/page-title';

export function ReceiptsView() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('receipts.title')}</PageTitle>
      <EmptyState title={t('receipts.emptyTitle')}>
        <p>{t('receipts.emptyBody')}</p>
      </EmptyState>
    </>
  );
}
