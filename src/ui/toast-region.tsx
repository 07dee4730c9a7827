// Shows the current toast in a live region for a few seconds, with its Undo button.
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useToasts } from '@/state/toast-store';

export const TOAST_MILLISECONDS = 8000;

export function ToastRegion() {
  const { t } = useTranslation();
  const toast = useToasts((state) => state.toast);
  const dismiss = useToasts((state) => state.dismiss);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MILLISECONDS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <div className="toast-region" role="status">
      {toast && (
        <div className="toast">
          <p>{toast.message}</p>
          {toast.undo && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                dismiss(toast.id);
                void toast.undo?.();
              }}
            >
              {t('common.undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
