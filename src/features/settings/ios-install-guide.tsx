// The three taps that install a web app on iPhone and iPad, each with the icon Safari shows, since
// Safari has no install button of its own to point at.
import { useTranslation } from '@/i18n/i18n';
import { AppIcon } from '@/ui/app-icon';

function ShareIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" className="guide-icon">
      <path d="M12 3v12M7.5 7.5 12 3l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 10H5.5v10.5h13V10H16" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

function AddIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" className="guide-icon">
      <rect
        x="4"
        y="4"
        width="16"
        height="16"
        rx="4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
      <path d="M12 8v8M8 12h8" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

export function IosInstallGuide() {
  const { t } = useTranslation();
  return (
    <ol className="install-guide" aria-label={t('install.iosGuide')}>
      <li>
        <ShareIcon />
        <span>{t('install.iosShare')}</span>
      </li>
      <li>
        <AddIcon />
        <span>{t('install.iosAdd')}</span>
      </li>
      <li>
        <AppIcon className="guide-icon" />
        <span>{t('install.iosOpen')}</span>
      </li>
    </ol>
  );
}
