// Amounts as whole minor units of one currency, read from what people type and written back.
// Minor units are integers so sums are exact; nothing here converts between currencies.
import { numberFormat } from './intl-formats';
import { MINOR_DIGITS_NOT_TWO } from './iso-4217-digits';

export type Money = { minor: number; currency: string };

export type MoneyParseError = 'empty' | 'invalid' | 'too-many-decimals' | 'negative' | 'too-large';

export type MoneyParseResult = { ok: true; money: Money } | { ok: false; error: MoneyParseError };

let knownCurrencies: ReadonlySet<string> | undefined;

/**
 * Digits after the decimal point in the currency's minor unit, by ISO 4217: USD 2, JPY 0, KWD 3,
 * HUF 2. Never the browser's Intl data, which differs from ISO 4217 for some currencies and
 * between browsers: a stored amount must mean the same in every one. A code ISO 4217 gives no
 * minor unit (funds, metals, SDR) or that the table does not list has two, like most currencies.
 */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS_NOT_TWO.get(currency) ?? 2;
}

/** An upper-case ISO 4217 code this runtime knows (the runtime lists them upper-case). */
export function isCurrencyCode(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

// An optional sign, letters and currency symbols before or after the number, and the number made
// of digits and the separators people use: "-$15", "US$ 1,234.56", "15元", "1 234,56 EUR".
const AMOUNT_PATTERN =
  /^([-−]?)\s*([\p{L}\p{Sc}]*)\s*([-−]?)\s*([.,]?\d(?:[\d.,\s]*\d)?)\s*([\p{L}\p{Sc}]*)$/u;

/**
 * Symbols are not checked against the currency, because "$" and "¥" each stand for several; a
 * written code must be the currency's own. Letters right before a symbol qualify it (US$, HK$,
 * CN¥), and the Chinese and Japanese words for the unit may follow the number.
 */
function isKnownAffix(affix: string, currency: string): boolean {
  const word = affix
    .replace(/[A-Za-z]{1,2}(?=\p{Sc})/gu, '')
    .replace(/[\p{Sc}元圆圓块塊円]/gu, '')
    .toUpperCase();
  return word === '' || word === currency || (word === 'RMB' && currency === 'CNY');
}

/** A whole number written with one kind of thousands separator, in groups of three. */
function isGroupedInteger(text: string): boolean {
  const separators = new Set(text.replace(/\d/g, ''));
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  return text
    .split(/\D/)
    .every((group, index) => (index === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
}

/**
 * Where the decimal separator is, or -1. It is the last "." or ",", and only if it is used once:
 * "1,234.56", "1.234,56", "15.5". A lone "," marks decimals only when one or two digits follow
 * it ("15,50"), so "1,234" is a thousand. (With no separator at all, charAt(-1) is "", which
 * indexOf finds at 0, so the first check answers -1.)
 */
function decimalPoint(number: string): number {
  const point = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
  if (number.indexOf(number.charAt(point)) !== point) return -1;
  if (!number.includes('.') && !/,\d{1,2}$/.test(number)) return -1;
  return point;
}

function fail(error: MoneyParseError): MoneyParseResult {
  return { ok: false, error };
}

/**
 * Reads an amount as typed in English or Chinese: "15", "15.5", "15,50", "$15.00", "US$15",
 * "¥100", "1,234.56", "1 234,56", "１５", "15元", "USD 15". Full-width forms are folded first.
 */
export function parseMoney(input: string, currency: string): MoneyParseResult {
  const text = input.normalize('NFKC').trim();
  if (text === '') return fail('empty');
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) return fail('invalid');
  // Every group takes part in a match, if only as an empty string.
  const signBefore = String(match[1]);
  const prefix = String(match[2]);
  const signAfter = String(match[3]);
  const suffix = String(match[5]);
  if (signBefore && signAfter) return fail('invalid');
  if (!isKnownAffix(prefix, currency) || !isKnownAffix(suffix, currency)) return fail('invalid');
  const number = String(match[4]).replace(/\s/g, ' ');
  const point = decimalPoint(number);
  const whole = point < 0 ? number : number.slice(0, point);
  const fraction = point < 0 ? '' : number.slice(point + 1);
  if (!isGroupedInteger(whole) || !/^\d*$/.test(fraction)) return fail('invalid');
  if (signBefore || signAfter) return fail('negative');
  const digits = minorDigits(currency);
  if (/[1-9]/.test(fraction.slice(digits))) return fail('too-many-decimals');
  const minor = Number(whole.replace(/\D/g, '') + fraction.slice(0, digits).padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('too-large');
  return { ok: true, money: { minor, currency } };
}

/** `minor` units of `digits` digits with a "." and every digit, no symbol and no grouping. */
export function formatMinorPlain(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  const point = units.length - digits;
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, point)}.${units.slice(point)}`;
}

/** The amount with a "." and every minor digit, no symbol and no grouping: what parseMoney reads back. */
export function formatMoneyPlain(money: Money): string {
  return formatMinorPlain(money.minor, minorDigits(money.currency));
}

function moneyFormatter(locale: string, currency: string): Intl.NumberFormat {
  // The digits are given, not left to the currency style: its default comes from the browser's
  // data, and the text shown must have exactly the digits the amount is stored with.
  const digits = minorDigits(currency);
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** The amount as the locale writes it, with the currency's symbol and all its minor digits. */
export function formatMoney(money: Money, locale: string): string {
  // A decimal string keeps amounts beyond a double's precision exact.
  return moneyFormatter(locale, money.currency).format(formatMoneyPlain(money) as `${number}`);
}

/** One exact sum per currency, ordered by currency code; throws a RangeError past safe integers. */
export function totalsByCurrency(moneys: readonly Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const { minor, currency } of moneys) {
    const sum = (sums.get(currency) ?? 0) + minor;
    if (!Number.isSafeInteger(sum)) throw new RangeError(`Total in ${currency} is not exact`);
    sums.set(currency, sum);
  }
  return [...sums.keys()].sort().map((currency) => ({ currency, minor: sums.get(currency) ?? 0 }));
}
