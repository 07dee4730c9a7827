// Export calendar: due dates and reminders as an .ics file, the one channel that works on every
// device whatever it allows, since the calendar app raises the alarms itself. With no active line
// there is nothing to put in a calendar: the button stays, disabled, and says why.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { dueCalendarEvents, type CalendarLine } from '@/domain/due-calendar';
import { icalendar } from '@/domain/icalendar';
import { alertTranslator } from '@/i18n/alert-translator';
import { saveFile } from './save-file';
import { localNow } from './use-today';

type Props = {
  /** The active lines to export; undefined while they load. */
  lines: readonly CalendarLine[] | undefined;
  reminderTime: string;
  fileName: string;
  className?: string;
};

export function ExportCalendarButton({ lines, reminderTime, fileName, className }: Props) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  // Not while loading: the reason would flash before the lines arrive.
  const nothingToExport = lines?.length === 0;

  function onExport() {
    const [first, ...rest] = lines ?? [];
    if (first === undefined) return;
    const translate = alertTranslator(i18n.t);
    const locale = i18n.language;
    const events = dueCalendarEvents(
      [first, ...rest],
      localNow().date,
      reminderTime,
      locale,
      translate,
    );
    const name = translate({ key: 'calendar.name' });
    const text = icalendar(events, { name, stamp: Date.now(), language: locale });
    saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
  }

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={onExport}
        disabled={!lines?.length}
        aria-describedby={nothingToExport ? reasonId : undefined}
      >
        {t('calendar.export')}
      </button>
      {nothingToExport && (
        <span id={reasonId} className="hint">
          {t('calendar.nothingToExport')}
        </span>
      )}
    </>
  );
}
