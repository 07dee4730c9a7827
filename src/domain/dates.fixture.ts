// For tests: a calendar date from its text, failing loudly on a typo.
import { parsePlainDate, type PlainDate } from './plain-date';

export function d(text: string): PlainDate {
  const date = parsePlainDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
}
