// Amounts written in running text, with the currency the text gives them: "$15.00", "USD 15",
// "15.00 USD", "US$25", "HK$100", "¥100", "人民币100元", "NT$ 599 元". Expects text already folded
// with NFKC, so full-width "￥５０" arrives as "¥50".
import { isCurrencyCode, type Money, parseMoney } from './money';

export interface MoneyInText {
  /** Undefined when the text does not settle the currency (a "$" in a text naming HKD and CAD). */
  money: Money | undefined;
  start: number;
  end: number;
}

// Symbols and words that name one currency, before or after the number.
const NAMED = new Map<string, string>([
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['SG$', 'SGD'],
  ['S$', 'SGD'],
  ['NZ$', 'NZD'],
  ['MX$', 'MXN'],
  ['MOP$', 'MOP'],
  ['CN¥', 'CNY'],
  ['JP¥', 'JPY'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['港元', 'HKD'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['日元', 'JPY'],
  ['日圓', 'JPY'],
  ['円', 'JPY'],
  ['加元', 'CAD'],
  ['加币', 'CAD'],
  ['加幣', 'CAD'],
  ['澳元', 'AUD'],
  ['澳币', 'AUD'],
  ['澳幣', 'AUD'],
  ['新元', 'SGD'],
  ['新币', 'SGD'],
  ['新幣', 'SGD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['TSh', 'TZS'],
  ['Ksh', 'KES'],
  ['KSh', 'KES'],
  ['Tsh', 'TZS'],
]);

/** Signs that stand for several currencies; the rest of the text decides which one is meant. */
type SharedSign = '$' | '¥' | '元';
const YUAN_SIGNS = new Set(['元', '圆', '圓', '块', '塊']);

// Upper-case words that are ISO 4217 codes but, in a message, more often plain words.
const NOT_CODES = new Set(['ALL', 'TOP', 'CUP']);

const DOLLARS = ['USD', 'HKD', 'TWD', 'CAD', 'AUD', 'SGD', 'NZD', 'MXN', 'MOP'];
const YEN = ['CNY', 'JPY'];
const YUAN = ['CNY', 'TWD', 'HKD', 'MOP', 'SGD'];

let patterns: { money: RegExp; names: RegExp } | undefined;

function buildPatterns() {
  // "$" and "." are the characters of the signs that a regular expression reads specially.
  const named = [...NAMED.keys()].map((sign) => sign.replace(/[$.]/g, '\\$&')).join('|');
  return {
    // A number, with a currency sign, word or code right before or after it (at most one space
    // between). Without a sign before, the number must not continue a word or another number.
    // Each part is bounded and nothing is nested, so the scan stays linear on any input.
    money: new RegExp(
      `(?:(?<![A-Za-z])(?<before>${named}|[$¥]|[A-Z]{3})[ \\t]?|(?<![A-Za-z\\d.,_]))` +
        `(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
        `(?:[ \\t]?(?<after>(?:${named})(?![A-Za-z])|[${[...YUAN_SIGNS].join('')}]|[A-Z]{3}(?![A-Za-z])))?`,
      'gu',
    ),
    // Every currency the text names, whether or not beside a number.
    names: new RegExp(
      `(?<![A-Za-z])(?:${[...DOLLARS, ...YEN].join('|')})(?![A-Za-z])|${named}|¥`,
      'gu',
    ),
  };
}

/** The patterns, built on first use rather than on import, like the domain's other lookups. */
function moneyPatterns() {
  patterns ??= buildPatterns();
  return patterns;
}

function currencyOf(token: string): string | SharedSign | undefined {
  const named = NAMED.get(token);
  if (named) return named;
  if (token === '$' || token === '¥') return token;
  if (YUAN_SIGNS.has(token)) return '元';
  return isCurrencyCode(token) && !NOT_CODES.has(token) ? token : undefined;
}

const isShared = (currency: string | undefined): currency is SharedSign =>
  currency === '$' || currency === '¥' || currency === '元';

/** The one of `candidates` the text names, the fallback when it names none, else undefined. */
function theOne(named: ReadonlySet<unknown>, candidates: readonly string[], fallback?: string) {
  const found = candidates.filter((code) => named.has(code));
  if (found.length === 0) return fallback;
  return found.length === 1 ? found[0] : undefined;
}

// Characters only Simplified Chinese writes (their Traditional forms differ), and those forms:
// a text with the first and none of the second is from the mainland, where "元" is the yuan.
const SIMPLIFIED_ONLY = /[话费账户缴额余发务网银电动联这们]/u;
const TRADITIONAL_ONLY = /[話費帳戶繳額餘發務網銀電動聯這們]/u;
const isSimplifiedChinese = (text: string) =>
  SIMPLIFIED_ONLY.test(text) && !TRADITIONAL_ONLY.test(text);

/**
 * What a shared sign means in this text. "$" is the US dollar unless the text names another
 * dollar; "¥" is the yuan unless it names the yen; "元" is the unit of several currencies, so only
 * a currency or carrier named in the text can say which, or a text in Simplified Chinese (the
 * yuan, unless it names another).
 */
function sharedSignReader(text: string, carrierCurrency: string | undefined) {
  const named = new Set(
    Array.from(text.matchAll(moneyPatterns().names), ([token]) => currencyOf(token)),
  );
  named.add(carrierCurrency);
  const yen = theOne(named, YEN, 'CNY');
  if (named.has('¥')) named.add(yen);
  const meanings: Record<SharedSign, string | undefined> = {
    $: theOne(named, DOLLARS, 'USD'),
    '¥': yen,
    元: theOne(named, YUAN, isSimplifiedChinese(text) ? 'CNY' : undefined),
  };
  return (sign: SharedSign) => meanings[sign];
}

/** Every amount in the text that has a currency sign, word or code beside it. */
export function moneyInText(text: string, carrierCurrency?: string): MoneyInText[] {
  const meaningOf = sharedSignReader(text, carrierCurrency);
  const found: MoneyInText[] = [];
  for (const match of text.matchAll(moneyPatterns().money)) {
    const start = match.index;
    const end = start + match[0].length;
    // Part of a longer number this pattern does not read ("1234,567"), or a negative amount.
    if (/[.,]\d/.test(text.slice(end, end + 2)) || /[-−]/u.test(text.charAt(start - 1))) continue;
    const { before = '', number = '', after = '' } = match.groups ?? {};
    const signs = [currencyOf(before), currencyOf(after)];
    const codes = signs.filter((currency) => currency !== undefined && !isShared(currency));
    if (new Set(codes).size > 1) continue;
    const sign = signs.find(isShared);
    const currency = codes[0] ?? (sign ? meaningOf(sign) : undefined);
    if (currency === undefined && sign === undefined) continue;
    const parsed = currency === undefined ? undefined : parseMoney(number, currency);
    if (parsed?.ok === false) continue;
    found.push({ money: parsed?.money, start, end });
  }
  return found;
}
