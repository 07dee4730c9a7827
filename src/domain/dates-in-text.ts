// Calendar dates written in running text, in the forms English and Chinese messages use:
// "2026-11-21", "2026/11/21", "2026年11月21日", "民國115年11月21日", "11/21/2026", "11-21-2026",
// "21.11.2026", "Nov 21, 2026", "21 November 2026". Expects text already folded with NFKC.
import { LIMITS } from './limits';
import { isValidDateParts, plainDate, type PlainDate } from './plain-date';

export interface DateInText {
  date: PlainDate;
  start: number;
  end: number;
}

// The Republic of China calendar, still used in Taiwan, counts 1912 as year 1.
const ROC_YEAR_OFFSET = 1911;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// A numeric date must not continue another number or word on either side.
const START = '(?<![\\w./-])';
const END = '(?![-/.]?\\d)';

const DATE_PATTERN = new RegExp(
  [
    `${START}(?<isoY>\\d{4})(?<isoSep>[-/.])(?<isoM>\\d{1,2})\\k<isoSep>(?<isoD>\\d{1,2})${END}`,
    `(?<roc>民國|民国)?[ \\t]?(?<!\\d)(?<cjkY>\\d{2,4})[ \\t]?年[ \\t]?(?<cjkM>\\d{1,2})[ \\t]?月[ \\t]?(?<cjkD>\\d{1,2})[ \\t]?[日号號]`,
    `${START}(?<slashM>\\d{1,2})/(?<slashD>\\d{1,2})/(?<slashY>\\d{4}|\\d{2})${END}`,
    `${START}(?<dashM>\\d{1,2})-(?<dashD>\\d{1,2})-(?<dashY>\\d{4})${END}`,
    `${START}(?<dotD>\\d{1,2})\\.(?<dotM>\\d{1,2})\\.(?<dotY>\\d{4})${END}`,
    `\\b(?<mdyMonth>${MONTH})\\.?[ \\t]{1,3}(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,3}(?<mdyY>\\d{4})(?!\\d)`,
    `${START}(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,3}(?<dmyMonth>${MONTH})\\.?,?[ \\t]{1,3}(?<dmyY>\\d{4})(?!\\d)`,
  ].join('|'),
  'giu',
);

type Groups = Partial<Record<string, string>>;

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Month and day of "a/b/y" or "a-b-y": month first, as US messages write it, unless the first
 * number cannot be a month ("21/11/2026" is day first).
 */
function monthFirst(a: number, b: number): [number, number] {
  return a > 12 ? [b, a] : [a, b];
}

/** Year, month and day from whichever form matched. */
function partsOf(g: Groups): [number, number, number] {
  if (g.isoY) return [Number(g.isoY), Number(g.isoM), Number(g.isoD)];
  // A two- or three-digit year is an ROC year only when the text says so; otherwise it falls
  // before the first year read.
  if (g.cjkY)
    return [Number(g.cjkY) + (g.roc ? ROC_YEAR_OFFSET : 0), Number(g.cjkM), Number(g.cjkD)];
  if (g.slashY) {
    const year = Number(g.slashY) + (g.slashY.length === 2 ? 2000 : 0);
    return [year, ...monthFirst(Number(g.slashM), Number(g.slashD))];
  }
  if (g.dashY) return [Number(g.dashY), ...monthFirst(Number(g.dashM), Number(g.dashD))];
  if (g.dotY) return [Number(g.dotY), Number(g.dotM), Number(g.dotD)];
  if (g.mdyMonth) return [Number(g.mdyY), monthNumber(g.mdyMonth), Number(g.mdyD)];
  return [Number(g.dmyY), monthNumber(g.dmyMonth ?? ''), Number(g.dmyD)];
}

/**
 * Every calendar date in the text that exists and falls in the years Topup accepts: outside them
 * a number that looks like a date is not the date of a top-up.
 */
export function datesInText(text: string): DateInText[] {
  const found: DateInText[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const [year, month, day] = partsOf(match.groups ?? {});
    if (year < LIMITS.firstYear || year > LIMITS.lastYear || !isValidDateParts(year, month, day))
      continue;
    found.push({
      date: plainDate(year, month, day),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
