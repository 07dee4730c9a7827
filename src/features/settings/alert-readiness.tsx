// "Will my alerts arrive?": what is true on this device now, and what to do about it. Browsers
// differ widely here, so the panel states facts it can read rather than promising anything.
import { dateTimeFormat } from '@/domain/intl-formats';
import { useTranslation } from '@/i18n/i18n';
import type { BackgroundCheckState } from '@/pwa/background-check';
import { isAppleMobile, isInstalled } from '@/pwa/display-mode';
import type { NotificationAccess } from '@/pwa/notifications';

const ACCESS_KEYS = {
  granted: 'reminders.permissionGranted',
  default: 'reminders.permissionDefault',
  denied: 'reminders.permissionDenied',
  unsupported: 'reminders.permissionUnsupported',
} as const;

const BACKGROUND_KEYS = {
  registered: 'reminders.backgroundRegistered',
  'not-registered': 'reminders.backgroundNotRegistered',
  'not-allowed': 'reminders.backgroundNotAllowed',
  unsupported: 'reminders.backgroundUnsupported',
} as const;

type Props = {
  access: NotificationAccess;
  background: BackgroundCheckState | null;
  lastBackgroundCheckAt: number;
};

export function AlertReadiness({ access, background, lastBackgroundCheckAt }: Props) {
  const { t, i18n } = useTranslation();
  const installed = isInstalled();
  const lastCheck = lastBackgroundCheckAt
    ? dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        lastBackgroundCheckAt,
      )
    : t('reminders.never');

  return (
    <section aria-labelledby="alert-readiness-heading">
      <h3 id="alert-readiness-heading">{t('reminders.readiness')}</h3>
      <dl className="line-facts">
        <div>
          <dt>{t('reminders.permission')}</dt>
          <dd>{t(ACCESS_KEYS[access])}</dd>
        </div>
        <div>
          <dt>{t('reminders.installed')}</dt>
          <dd>{t(installed ? 'reminders.yes' : 'reminders.no')}</dd>
        </div>
        <div>
          <dt>{t('reminders.background')}</dt>
          <dd>{background && t(BACKGROUND_KEYS[background])}</dd>
        </div>
        <div>
          <dt>{t('reminders.lastCheck')}</dt>
          <dd>{lastCheck}</dd>
        </div>
      </dl>
      <ul className="advice hint">
        {!installed && (
          <li>{t(isAppleMobile() ? 'reminders.adviceIos' : 'reminders.adviceInstall')}</li>
        )}
        <li>{t('reminders.adviceOpen')}</li>
        <li>{t('reminders.adviceCalendar')}</li>
      </ul>
    </section>
  );
}
