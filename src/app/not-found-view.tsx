import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import { PageTitle } from '@/ui/page-title';

export function NotFoundView() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </>
  );
}
