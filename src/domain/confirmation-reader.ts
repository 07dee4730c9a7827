// Reads a top-up confirmation (an SMS or an e-mail, in English or Chinese) for what a person would
// copy into the top-up form: the amount paid, the day it was paid, the confirmation number, and
// where the text says so the carrier and the phone number. It returns only what the text states.
// Where it cannot tell (two different totals, a "$" that could be two currencies, a date with no
// year) it leaves the field out, because the form asks people to check suggestions, not to catch
// guesses.
import { carrierInText } from './carrier-in-text';
import { datesInText, type NumericOrder } from './dates-in-text';
import { messageKind } from './message-kind';
import type { Money } from './money';
import { moneyInText } from './money-in-text';
import type { PlainDate } from './plain-date';

export interface ConfirmationReading {
  amount?: Money;
  paidOn?: PlainDate;
  confirmation?: string;
  carrier?: string;
  phone?: string;
}

/** How far before a value the text is read for its label, the line above included. */
const LABEL_REACH = 120;
// Where one statement ends and the next begins; a value's label is in its own statement.
const CLAUSE_BREAK = /[\r|;!?。；！？]|[.,](?=\s)|,(?!\d)/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The words that say what the value at `index` is: the statement it ends, or the line above when
 * the value stands alone on its line (a table in an e-mail: "Total" above "$15.00").
 */
function labelBefore(text: string, index: number): string {
  const lines = text.slice(Math.max(0, index - LABEL_REACH), index).split('\n');
  const own = lines.at(-1) ?? '';
  const line = HAS_LETTER.test(own) ? own : (lines.at(-2) ?? '');
  return line.split(CLAUSE_BREAK).at(-1) ?? '';
}

/** The kind of the last keyword in a label: the word nearest the value is the one about it. */
function lastKind<K extends string>(label: string, words: RegExp, kinds: readonly K[]) {
  let kind: K | undefined;
  for (const match of label.matchAll(words)) {
    kind = kinds.find((name) => match.groups?.[name] !== undefined) ?? kind;
  }
  return kind;
}

interface Candidate<T> {
  value: T | undefined;
  key: string;
  rank: number;
}

/** The value of the best-ranked candidates, if they all agree on one; otherwise nothing. */
function agreed<T>(candidates: readonly Candidate<T>[]): T | undefined {
  const best = candidates.reduce((rank, candidate) => Math.max(rank, candidate.rank), 0);
  const top = candidates.filter((candidate) => candidate.rank === best);
  if (new Set(top.map((candidate) => candidate.key)).size !== 1) return undefined;
  return top[0]?.value;
}

// Which of several amounts was paid: a balance, a tax or the next bill never is.
const BALANCE_WORD = /\b(?:balance|bal|remaining|available|left)\b|余额|餘額|剩余|剩餘|可用/iu;
const AMOUNT_WORDS = new RegExp(
  [
    '(?<total>\\b(?:total(?:\\s+(?:amount|payment|charged?|paid))?|charged|paid|you\\s+pay|due\\s+today)\\b|(?:实付|實付|实收|實收|合计|合計|总计|總計|总额|總額|扣款|共计|共計)(?:金额|金額|款)?)',
    '(?<amount>\\b(?:amount|payment|refill(?:ed)?|recharged?|top-?\\s?up|topped\\s+up|reload(?:ed)?|received|purchase|price)\\b|金额|金額|充值|储值|儲值|增值|加值|缴费|繳費|缴纳|繳納|付款|支付|面额|面額|面值|到账|到賬)',
    '(?<other>\\b(?:sub-?\\s?total|tax(?:es)?|fees?|surcharge|discount|savings?|saved?|promo(?:tion)?|coupon|credit(?!\\s*card)|refund(?:ed)?|deposit|due|next|previous|offer(?:ed)?|rewards?|bonus|earn|includ(?:ing|es|ed)|incl)\\b|税|稅|手续费|手續費|服务费|服務費|优惠|優惠|折扣|抵扣|减免|減免|赠送|贈送|返还|返還|下次|下期|应付|應付|欠费(?:金额)?|欠費(?:金額)?|待返还|待返還|转移|轉移|奖励|獎勵)',
  ].join('|'),
  'giu',
);
// Words right after an amount that make it a rate, a balance or a saving rather than a payment.
const NOT_PAID_AFTER =
  /^[ \t]*(?:\/|per\b|a month|each\b|every\b|monthly\b|remaining\b|left\b|available\b|balance\b|off\b|discount|saving|account credit|余额|餘額|每月|优惠|優惠|折扣)/iu;
const AMOUNT_RANKS = { total: 3, amount: 2, none: 1 } as const;

function amountIn(text: string, taken: Uint8Array, carrierCurrency?: string): Money | undefined {
  const candidates: Candidate<Money>[] = [];
  for (const { money, start, end } of moneyInText(text, carrierCurrency)) {
    const label = labelBefore(text, start);
    if (taken[start] || BALANCE_WORD.test(label)) continue;
    if (NOT_PAID_AFTER.test(text.slice(end, end + 24))) continue;
    const kind = lastKind(label, AMOUNT_WORDS, ['total', 'amount', 'other'] as const) ?? 'none';
    if (kind === 'other') continue;
    candidates.push({
      value: money,
      key: money ? `${money.currency} ${money.minor}` : '?',
      rank: AMOUNT_RANKS[kind],
    });
  }
  return agreed(candidates);
}

// Which of several dates is the payment's: a due date, an expiry or the end of a period never is.
// "On" and "date" say little: they count only when no stronger word is nearer.
const DATE_WORDS = new RegExp(
  [
    '(?<future>\\b(?:next|due|expir\\w*|renews|renewal|will\\s+renew|until|till|through|thru|valid|ends?|before|period|outstanding|as\\s+(?:on|of))\\b|到期|有效期?|截止|截至|下次|下期|届满|屆滿|之前|以前)',
    '(?<paid>\\b(?:paid|payment|purchased?|processed|charged|received|placed|ordered|completed|renewed|refill(?:ed)?|recharged?|reloaded|topped\\s+up|transaction)\\b|付款|支付|充值|储值|儲值|增值|加值|缴费|繳費|缴纳|繳納|交易|收款|扣款|购买|購買|办理|辦理|成功)',
    '(?<weak>\\b(?:date|on|at)\\b|日期|时间|時間|于|於)',
  ].join('|'),
  'giu',
);
// The end of a range ("11/21/2026 to 12/20/2026", "至2027年5月20日") is not a payment date.
const RANGE_END = /(?:\bto|[-–—~至到])\s*$/u;
const DATE_RANKS = { paid: 3, weak: 2, none: 1 } as const;

// Where a currency is spent, numeric dates are written day first, except in the US (month first)
// and in mainland China and Taiwan, whose dates put the year first.
const MONTH_FIRST = new Set(['USD']);
const YEAR_FIRST = new Set(['CNY', 'TWD']);

/**
 * How the text writes its numeric dates, from the currencies it names or its carrier's: month first
 * for US dollars, unknown for yuan (year-first texts) or when the currencies disagree or are
 * absent, day first otherwise (pounds, Hong Kong dollars, euros …). A Taiwanese text may write a
 * Minguo year ("114/04/18").
 */
export function datesOrderOf(
  text: string,
  carrierCurrency?: string,
): { order: NumericOrder; minguo: boolean } {
  const currencies = new Set(
    moneyInText(text, carrierCurrency).flatMap(({ money }) => (money ? [money.currency] : [])),
  );
  if (carrierCurrency) currencies.add(carrierCurrency);
  const minguo = currencies.has('TWD') || /民國|民国/u.test(text);
  const orders = new Set(
    [...currencies].map((currency) =>
      MONTH_FIRST.has(currency)
        ? 'month-first'
        : YEAR_FIRST.has(currency)
          ? 'unknown'
          : 'day-first',
    ),
  );
  const [order] = orders;
  return { order: orders.size === 1 && order ? order : 'unknown', minguo };
}

function paidOnIn(
  text: string,
  taken: Uint8Array,
  carrierCurrency?: string,
): PlainDate | undefined {
  const candidates: Candidate<PlainDate>[] = [];
  const { order, minguo } = datesOrderOf(text, carrierCurrency);
  for (const { date, start } of datesInText(text, order, minguo)) {
    if (taken[start] || RANGE_END.test(text.slice(Math.max(0, start - 4), start))) continue;
    const label = labelBefore(text, start);
    const strong = lastKind(label, DATE_WORDS, ['future', 'paid'] as const);
    if (strong === 'future') continue;
    const kind = strong ?? lastKind(label, DATE_WORDS, ['weak'] as const) ?? 'none';
    candidates.push({ value: date, key: date, rank: DATE_RANKS[kind] });
  }
  return agreed(candidates);
}

// Labels of confirmation numbers, best first: a confirmation number is what the form asks for;
// a transaction, order or reference number stands in for it when the text has no other.
const NUMBER_WORD = '(?:[ \\t]*(?:(?:number|num|no|id|code)(?![a-z])\\.?|#))';
const NUMBER_LABELS = [
  `(?<![a-z])(?:confirmation|confirm|conf)(?![a-z])\\.?${NUMBER_WORD}?|确认号码?|确认编号|确认码|確認號碼?|確認編號|確認碼`,
  `(?<![a-z])(?:transaction|txn|trans)(?![a-z])\\.?(?:${NUMBER_WORD}|(?=[ \\t]*:))|(?:交易)?流水[号號]|交易编号|交易編號|交易单号|交易單號|交易序号|交易序號|交易号|交易號`,
  `(?<![a-z])order${NUMBER_WORD}|订单号码?|订单编号|訂單號碼?|訂單編號|商户单号|商戶單號`,
  `(?<![a-z])(?:reference|ref)(?![a-z])\\.?${NUMBER_WORD}?|(?<![a-z])(?:receipt|invoice|payment)${NUMBER_WORD}|参考号|參考號|参考编号|參考編號|凭证号|憑證號|收据编号|收據編號|发票号码?|發票號碼?`,
];
// The label, then separators, perhaps a line break (a table in an e-mail) and "is", then the
// value: letters, digits and inner dashes, at most 60 characters.
const NUMBER_PATTERN = new RegExp(
  `(?:${NUMBER_LABELS.map((label, rank) => `(?<rank${rank}>${label})`).join('|')})` +
    '[ \\t:#.]{0,8}(?:\\r?\\n[ \\t]*)?(?:(?:is|was|为|為|是)[ \\t:]*)?' +
    '(?<value>[a-z0-9](?:[a-z0-9_-]{0,58}[a-z0-9])?)(?![a-z0-9_-])',
  'giu',
);

interface NumberInText {
  value: string;
  rank: number;
  start: number;
  end: number;
}

/** Every labelled number that has a digit in it ("Confirmation: see below" has none). */
function numbersIn(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = match.groups?.value ?? '';
    if (!/\d/.test(value)) continue;
    const rank = NUMBER_LABELS.findIndex((_, index) => match.groups?.[`rank${index}`]);
    const end = match.index + match[0].length;
    found.push({ value, rank, start: end - value.length, end });
  }
  // A mobile-money receipt (M-Pesa) starts with its transaction code: "QK12AB34CD Confirmed."
  const leading = /^(?<value>[A-Z0-9]{8,12}) confirmed\b/iu.exec(text.trimStart());
  const code = leading?.groups?.value;
  if (code && /\d/.test(code) && /[A-Z]/i.test(code)) {
    const start = text.indexOf(code);
    found.push({ value: code, rank: 0, start, end: start + code.length });
  }
  return found;
}

function bestNumber(numbers: readonly NumberInText[]): string | undefined {
  let best: NumberInText | undefined;
  for (const number of numbers) if (!best || number.rank < best.rank) best = number;
  return best?.value;
}

// Phone numbers: US ("(555) 123-4567", "+1 555-123-4567"), mainland China ("138 0013 8000")
// and Taiwan ("0912-345-678"), not part of a longer number. Masked numbers are not read.
const PHONE_PATTERN = new RegExp(
  [
    '(?<![\\w+])(?:\\+1[ .-]?|1[ .-])?(?:\\([2-9]\\d{2}\\)[ .-]?|[2-9]\\d{2}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-])',
    '(?<![\\w+])\\+1[2-9]\\d{9}(?!\\d)',
    '(?<![\\w+])(?:\\+86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![\\w-])',
    '(?<![\\w+])(?:\\+886[ -]?9\\d{2}|09\\d{2})[ -]?\\d{3}[ -]?\\d{3}(?![\\w-])',
  ].join('|'),
  'gu',
);
// US toll-free numbers belong to customer service, never to the line topped up.
const TOLL_FREE = new Set(['800', '822', '833', '844', '855', '866', '877', '888']);
const PHONE_WORDS = new RegExp(
  [
    '(?<service>\\b(?:call|dial|contact|questions?|help|support|care|visit|fax)\\b|客服|热线|熱線|致电|致電|拨打|撥打|咨询|諮詢|服务电话|服務電話)',
    '(?<line>\\b(?:number|phone|line|mobile|account|for|to)\\b|手机|手機|号码|號碼|门号|門號|用户|用戶|账户|帳戶|账号|帳號)',
  ].join('|'),
  'giu',
);

/** The same number however it is written: "+1 (555) 123-4567" and "555.123.4567" alike. */
function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.startsWith('+886')) return `0${digits.slice(3)}`;
  if (phone.startsWith('+86')) return digits.slice(2);
  // The US country code, written "+1" or as a leading "1-" or "1 ".
  return /^(?:\+1|1\D)/.test(phone) ? digits.slice(1) : digits;
}

function phoneIn(text: string, taken: Uint8Array): string | undefined {
  const found: { phone: string; key: string; labelled: boolean }[] = [];
  for (const match of text.matchAll(PHONE_PATTERN)) {
    const phone = match[0];
    const key = phoneKey(phone);
    // Only US numbers can begin with 8: Chinese mobile numbers begin with 1, Taiwanese with 09.
    if (taken[match.index] || TOLL_FREE.has(key.slice(0, 3))) continue;
    const kind = lastKind(labelBefore(text, match.index), PHONE_WORDS, [
      'service',
      'line',
    ] as const);
    if (kind === 'service') continue;
    found.push({ phone, key, labelled: kind === 'line' });
  }
  // Several numbers: only the one the text labels as the line's can be meant.
  for (const phones of [found, found.filter((candidate) => candidate.labelled)]) {
    if (new Set(phones.map((candidate) => candidate.key)).size === 1) return phones[0]?.phone;
  }
  return undefined;
}

// Leader dots between a label and its value ("Total ....... $16.99"), and the minus sign a
// wallet writes before money that left the account ("-$10.00", "-50.00 元").
const LEADER_DOTS = /[.·…]{3,}/gu;
const DEBIT_SIGN = /(^|[\s:：])[-−](?=[$¥£€]?\d)/gmu;

/** Full-width forms as plain ones ("￥５０．００", "："), leader dots and debit signs left out. */
function plainText(input: string): string {
  return input.normalize('NFKC').replace(LEADER_DOTS, ' ').replace(DEBIT_SIGN, '$1');
}

/** What a confirmation text says about a top-up; each field only if the text settles it. */
export function readConfirmation(input: string): ConfirmationReading {
  return readPlain(plainText(input));
}

/** readConfirmation of a text already made plain. */
function readPlain(text: string): ConfirmationReading {
  const numbers = numbersIn(text);
  // A labelled number is not also a date, an amount or a phone number ("TMO-2026-11-21-07").
  const taken = new Uint8Array(text.length);
  for (const { start, end } of numbers) taken.fill(1, start, end);
  const carrier = carrierInText(text);
  const reading: ConfirmationReading = {};
  const amount = amountIn(text, taken, carrier?.currency);
  if (amount) reading.amount = amount;
  const paidOn = paidOnIn(text, taken, carrier?.currency);
  if (paidOn) reading.paidOn = paidOn;
  const confirmation = bestNumber(numbers);
  if (confirmation) reading.confirmation = confirmation;
  if (carrier) reading.carrier = carrier.name;
  const phone = phoneIn(text, taken);
  if (phone) reading.phone = phone;
  return reading;
}

/**
 * What a message is, and what it says: the fields of a payment made (or of a message whose words
 * do not say what it is, read as carefully as ever), the balance and its validity of a balance
 * reply, and nothing at all from a failed, scheduled or due payment.
 */
export type MessageReading =
  | { kind: 'payment' | 'other'; reading: ConfirmationReading }
  | { kind: 'failed' | 'scheduled' | 'due' | 'code' | 'refund' }
  | { kind: 'balance'; balance?: Money; validUntil?: PlainDate };

// The words before a balance's expiry: "valid until", "expires", 有效期至, 到期.
const VALIDITY_WORD = /\b(?:valid|expir\w*|until|till|through|thru)\b|有效期|到期|届满|屆滿/iu;

/** The balance a balance reply states, and the day it is valid until, each if it settles it. */
function balanceReply(text: string): { balance?: Money; validUntil?: PlainDate } {
  const carrier = carrierInText(text);
  const balances = moneyInText(text, carrier?.currency).filter(
    ({ money, start }) => money && BALANCE_WORD.test(labelBefore(text, start)),
  );
  const { order, minguo } = datesOrderOf(text, carrier?.currency);
  const dates = datesInText(text, order, minguo).filter(({ start }) =>
    VALIDITY_WORD.test(labelBefore(text, start)),
  );
  const balance = agreed(
    balances.map(({ money }) => ({
      value: money,
      key: `${money?.currency} ${money?.minor}`,
      rank: 1,
    })),
  );
  const validUntil = agreed(dates.map(({ date }) => ({ value: date, key: date, rank: 1 })));
  return { ...(balance ? { balance } : {}), ...(validUntil ? { validUntil } : {}) };
}

/** Reads a pasted or shared message: first what it is, then what that kind may fill. */
export function readMessage(input: string): MessageReading {
  const text = plainText(input);
  const kind = messageKind(text);
  switch (kind) {
    case 'payment':
    case 'other':
      return { kind, reading: readPlain(text) };
    case 'balance':
      return { kind, ...balanceReply(text) };
    default:
      return { kind };
  }
}
