// Calendar dates written in running text, in the forms English and Chinese messages use:
// "2026-11-21", "2026/11/21", "2026年11月21日", "民國115年11月21日", "11/21/2026", "11-21-2026",
// "21.11.2026", "Nov 21, 2026", "21 November 2026", and in Taiwanese texts "115/11/21" (a Minguo
// year). Expects text already folded with NFKC.
//
// "03/04/2025" is March 4 in the US and 3 April in the UK and Hong Kong: the caller says which
// order the text's country writes (see NumericOrder); where it cannot, such a date is left out.
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

/**
 * How the text's country writes a numeric date with the year last: month first (the US), day
 * first (the UK, Hong Kong, most of the world), or unknown, when only a date whose first number
 * cannot be a month ("21/11/2026") can be read.
 */
export type NumericOrder = 'month-first' | 'day-first' | 'unknown';

const DATE_PATTERN = new RegExp(
  [
    `${START}(?<mgY>1\\d{2})/(?<mgM>\\d{1,2})/(?<mgD>\\d{1,2})${END}`,
    `${START}(?<isoY>\\d{4})(?<isoSep>[-/.])(?<isoM>\\d{1,2})\\k<isoSep>(?<isoD>\\d{1,2})${END}`,
    `(?<roc>民國|民国)?[ \\t]?(?<!\\d)(?<cjkY>\\d{2,4})[ \\t]?年[ \\t]?(?<cjkM>\\d{1,2})[ \\t]?月[ \\t]?(?<cjkD>\\d{1,2})[ \\t]?[日号號]`,
    `${START}(?<slashM>\\d{1,2})/(?<slashD>\\d{1,2})/(?<slashY>\\d{4}|\\d{2})${END}`,
    `${START}(?<dashM>\\d{1,2})-(?<dashD>\\d{1,2})-(?<dashY>\\d{4})${END}`,
    `${START}(?<dotD>\\d{1,2})\\.(?<dotM>\\d{1,2})\\.(?<dotY>\\d{4})${END}`,
    `\\b(?<mdyMonth>${MONTH})\\.?[ \\t]{1,3}(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,3}(?<mdyY>\\d{4})(?!\\d)`,
    // "18 June 2026", and "18-Jun-2026" as banks write it.
    `${START}(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]{1,3}|-)(?<dmyMonth>${MONTH})\\.?,?(?:[ \\t]{1,3}|-)(?<dmyY>\\d{4})(?!\\d)`,
  ].join('|'),
  'giu',
);

type Groups = Partial<Record<string, string>>;

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Month and day of "a/b/y" or "a-b-y" in the text's order. A first number that cannot be a month
 * ("21/11/2026") is the day whatever the order; [0, 0], which no date has, when the order is
 * unknown and either number could be the month.
 */
function monthAndDay(a: number, b: number, order: NumericOrder): [number, number] {
  if (a > 12) return [b, a];
  if (b > 12 || order === 'month-first') return [a, b];
  return order === 'day-first' ? [b, a] : [0, 0];
}

/** Year, month and day from whichever form matched. */
function partsOf(g: Groups, order: NumericOrder, minguo: boolean): [number, number, number] {
  // "115/11/21" is a Minguo date only in a Taiwanese text; elsewhere it is no date.
  if (g.mgY)
    return minguo ? [Number(g.mgY) + ROC_YEAR_OFFSET, Number(g.mgM), Number(g.mgD)] : [0, 0, 0];
  if (g.isoY) return [Number(g.isoY), Number(g.isoM), Number(g.isoD)];
  // A two- or three-digit year is an ROC year only when the text says so; otherwise it falls
  // before the first year read.
  if (g.cjkY)
    return [Number(g.cjkY) + (g.roc ? ROC_YEAR_OFFSET : 0), Number(g.cjkM), Number(g.cjkD)];
  if (g.slashY) {
    const year = Number(g.slashY) + (g.slashY.length === 2 ? 2000 : 0);
    return [year, ...monthAndDay(Number(g.slashM), Number(g.slashD), order)];
  }
  if (g.dashY) return [Number(g.dashY), ...monthAndDay(Number(g.dashM), Number(g.dashD), order)];
  if (g.dotY) return [Number(g.dotY), Number(g.dotM), Number(g.dotD)];
  if (g.mdyMonth) return [Number(g.mdyY), monthNumber(g.mdyMonth), Number(g.mdyD)];
  return [Number(g.dmyY), monthNumber(g.dmyMonth ?? ''), Number(g.dmyD)];
}

/**
 * Every calendar date in the text that exists and falls in the years Topup accepts: outside them
 * a number that looks like a date is not the date of a top-up. `order` is how the text's country
 * writes numeric dates; `minguo`, whether it is Taiwanese.
 */
export function datesInText(
  text: string,
  order: NumericOrder = 'month-first',
  minguo = false,
): DateInText[] {
  const found: DateInText[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const [year, month, day] = partsOf(match.groups ?? {}, order, minguo);
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
