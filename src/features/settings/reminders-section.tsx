// Reminders: turning notifications on (asked only when the user presses the button), the time of
// day they come, a test, the calendar fallback, and an honest account of what this device allows.
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { saveSetting } from '@/db/settings';
import type { Settings } from '@/db/settings-values';
import { useLines } from '@/db/use-lines';
import { testAlertNotification } from '@/domain/alert-notification';
import { parseTimeOfDay } from '@/domain/local-date-time';
import { alertTranslator } from '@/i18n/alert-translator';
import {
  backgroundCheckState,
  registerBackgroundCheck,
  type BackgroundCheckState,
} from '@/pwa/background-check';
import {
  requestNotificationAccess,
  showNotification,
  useNotificationAccess,
} from '@/pwa/notifications';
import { raiseAlertsFromPage } from '@/pwa/raise-alerts';
import { ExportCalendarButton } from '@/ui/export-calendar-button';
import { Field } from '@/ui/field';
import { localNow } from '@/ui/use-today';
import { AlertReadiness } from './alert-readiness';

type Status = 'enabled' | 'refused' | 'testSent' | 'testFailed' | null;

export function RemindersSection({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const lines = useLines();
  const [access, setAccess] = useNotificationAccess();
  const [background, setBackground] = useState<BackgroundCheckState | null>(null);
  const [status, setStatus] = useState<Status>(null);

  // With permission, (re)register the background check; without, only say where it stands.
  useEffect(() => {
    let current = true;
    void (access === 'granted' ? registerBackgroundCheck() : backgroundCheckState()).then(
      (state) => current && setBackground(state),
    );
    return () => {
      current = false;
    };
  }, [access]);

  async function onEnable() {
    const result = await requestNotificationAccess();
    setAccess(result);
    setStatus(result === 'granted' ? 'enabled' : 'refused');
    if (result === 'granted') {
      await raiseAlertsFromPage(localNow(), i18n.language, alertTranslator(i18n.t));
    }
  }

  async function onTest() {
    try {
      await showNotification(testAlertNotification(i18n.language, alertTranslator(i18n.t)));
      setStatus('testSent');
    } catch (error) {
      console.error(error);
      setStatus('testFailed');
    }
  }

  return (
    <section className="card" id="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('reminders.section')}</h2>
      {access === 'granted' ? (
        <p>{t('reminders.enabled')}</p>
      ) : access === 'denied' ? (
        <p>{t('reminders.blocked')}</p>
      ) : access === 'unsupported' ? (
        <p>{t('reminders.unsupported')}</p>
      ) : (
        <p>
          <button type="button" onClick={() => void onEnable()}>
            {t('reminders.enable')}
          </button>
        </p>
      )}
      {access === 'granted' && (
        <p>
          <button type="button" className="secondary" onClick={() => void onTest()}>
            {t('reminders.sendTest')}
          </button>
        </p>
      )}
      <p role="status">{status && t(`reminders.${status}`)}</p>
      <Field label={t('settings.reminderTime')} hint={t('settings.reminderTimeHint')}>
        {(control) => (
          <input
            {...control}
            type="time"
            value={settings.reminderTime}
            onChange={(event) => {
              if (parseTimeOfDay(event.target.value) !== null)
                void saveSetting('reminderTime', event.target.value);
            }}
          />
        )}
      </Field>
      <p className="hint">{t('calendar.hint')}</p>
      <div className="actions start">
        <ExportCalendarButton
          className="secondary"
          lines={lines?.filter((line) => !line.archived)}
          reminderTime={settings.reminderTime}
          fileName="topup-due-dates.ics"
        />
      </div>
      <AlertReadiness
        access={access}
        background={background}
        lastBackgroundCheckAt={settings.lastBackgroundCheckAt}
      />
    </section>
  );
}
