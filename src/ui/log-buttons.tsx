// Log top-up, and Log use for a line with an activity rule: the two things a person records for a
// line, offered the same way on its card and on its page.
import { useLocation } from 'wouter';
import { useTranslation } from '@/i18n/i18n';

export function LogButtons({
  lineId,
  logsUse,
  small = false,
}: {
  lineId: string;
  logsUse: boolean;
  /** The compact size of a Plans card. */
  small?: boolean;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const size = small ? ' small' : '';
  return (
    <>
      <button
        type="button"
        className={size.trim() || undefined}
        onClick={() => navigate(`/plans/${lineId}/top-up`)}
      >
        {t('topUp.log')}
      </button>
      {logsUse && (
        <button
          type="button"
          className={`secondary${size}`}
          onClick={() => navigate(`/plans/${lineId}/use`)}
        >
          {t('use.log')}
        </button>
      )}
    </>
  );
}
