// The device's local calendar date, kept current: it re-renders when the day changes.
import { useEffect, useState } from 'react';
import type { LocalDateTime } from '@/domain/local-date-time';
import { plainDate, type PlainDate } from '@/domain/plain-date';

export function localNow(now = new Date()): LocalDateTime {
  return {
    date: plainDate(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    minutes: now.getHours() * 60 + now.getMinutes(),
  };
}

export function useToday(): PlainDate {
  const [today, setToday] = useState(() => localNow().date);
  useEffect(() => {
    const timer = setInterval(() => setToday(localNow().date), 60_000);
    const onVisible = () => setToday(localNow().date);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
