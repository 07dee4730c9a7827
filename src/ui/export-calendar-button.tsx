// Export calendar: due dates and reminders as an .ics file, the one channel that works on every
// device whatever it allows, since the calendar app raises the alarms itself.
import { useTranslation } from '@/i18n/i18n';
import { dueCalendarEvents, type CalendarLine } from '@/domain/due-calendar';
import { icalendar } from '@/domain/icalendar';
import { alertTranslator } from '@/i18n/alert-translator';
import { saveFile } from './save-file';
import { localNow } from './use-today';

type Props = {
  lines: readonly CalendarLine[];
  reminderTime: string;
  fileName: string;
  className?: string;
};

export function ExportCalendarButton({ lines, reminderTime, fileName, className }: Props) {
  const { t, i18n } = useTranslation();

  function onExport() {
    const translate = alertTranslator(i18n.t);
    const locale = i18n.language;
    const events = dueCalendarEvents(lines, localNow().date, reminderTime, locale, translate);
    const name = translate({ key: 'calendar.name' });
    const text = icalendar(events, { name, stamp: Date.now(), language: locale });
    saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
  }

  return (
    <button type="button" className={className} onClick={onExport} disabled={lines.length === 0}>
      {t('calendar.export')}
    </button>
  );
}
