// The device's local date and time, kept current: re-read every minute and whenever the app
// comes back into view, so a page left open overnight moves on to the new day.
import { useEffect, useState } from 'react';
import { localDateTimeOf, type LocalDateTime } from '@/domain/local-date-time';
import type { PlainDate } from '@/domain/plain-date';

export function localNow(): LocalDateTime {
  return localDateTimeOf(new Date());
}

const localToday = (): PlainDate => localNow().date;

/** `read` must be a stable function; the component re-renders when what it returns changes. */
function useClock<T>(read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    const timer = setInterval(update, 60_000);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', update);
    };
  }, [read]);
  return value;
}

export function useToday(): PlainDate {
  return useClock(localToday);
}

/** Changes every minute. */
export function useLocalNow(): LocalDateTime {
  return useClock(localNow);
}
