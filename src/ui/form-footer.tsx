// The end of a form: why it was not saved, if it was not, what Save is waiting for, then Cancel
// and Save.
import { useTranslation } from '@/i18n/i18n';

interface FormFooterProps {
  hasFieldErrors: boolean;
  saveError: string | null;
  saving: boolean;
  /** What a pressed Save is waiting for, announced as it changes. */
  status?: string | null;
}

export function FormFooter({ hasFieldErrors, saveError, saving, status }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {hasFieldErrors && (
        <p role="alert" className="form-alert">
          {t('errors.fixFields')}
        </p>
      )}
      {saveError && (
        <p role="alert" className="form-alert">
          {saveError}
        </p>
      )}
      <p role="status" className="form-status muted">
        {status}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => history.back()}>
          {t('common.cancel')}
        </button>
        <button type="submit" disabled={saving}>
          {t('common.save')}
        </button>
      </div>
    </>
  );
}
