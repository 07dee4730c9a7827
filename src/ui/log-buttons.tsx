// Log top-up, and Log use for a line with an activity rule: the two things a person records for a
// line, offered the same way on its card and on its page.
import { useLocation } from 'wouter';
import { useTranslation } from '@/i18n/i18n';

export function LogButtons({ lineId, logsUse }: { lineId: string; logsUse: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <>
      <button type="button" onClick={() => navigate(`/plans/${lineId}/top-up`)}>
        {t('topUp.log')}
      </button>
      {logsUse && (
        <button
          type="button"
          className="secondary"
          onClick={() => navigate(`/plans/${lineId}/use`)}
        >
          {t('use.log')}
        </button>
      )}
    </>
  );
}
