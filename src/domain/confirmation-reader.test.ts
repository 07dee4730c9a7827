import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCarrier } from './carriers';
import { readConfirmation, readMessage } from './confirmation-reader';
import { CONFIRMATION_FIXTURES } from './confirmation.fixture';
import { datesInText } from './dates-in-text';
import { parseMoney } from './money';

const usd = (minor: number) => ({ minor, currency: 'USD' });

/** Every amount in `currency` that some number written in the text stands for. */
function amountsWritten(text: string, currency: string): number[] {
  return [...text.normalize('NFKC').matchAll(/\d+(?:[.,]\d+)*/g)].flatMap(([token]) => {
    const parsed = parseMoney(token, currency);
    return parsed.ok ? [parsed.money.minor] : [];
  });
}

/** The text as typed with a Chinese input method: ASCII letters, digits and signs full-width. */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

describe('the confirmation fixtures', () => {
  it.each(CONFIRMATION_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    (_name, fixture) => {
      expect(readConfirmation(fixture.text)).toStrictEqual(fixture.expected);
    },
  );

  it('cover many carriers, both scripts of Chinese, and texts with nothing to find', () => {
    const texts = CONFIRMATION_FIXTURES.map((fixture) => fixture.text);
    expect(CONFIRMATION_FIXTURES.length).toBeGreaterThanOrEqual(24);
    const empty = CONFIRMATION_FIXTURES.filter((f) => Object.keys(f.expected).length === 0);
    expect(empty.length).toBeGreaterThanOrEqual(4);
    const carriers = new Set(CONFIRMATION_FIXTURES.map((fixture) => fixture.expected.carrier));
    for (const carrier of ['T-Mobile', 'Mint Mobile', 'AT&T', 'Verizon', 'US Mobile', 'Tello']) {
      expect(carriers).toContain(carrier);
    }
    expect(carriers).toContain('Ultra Mobile');
    expect(carriers).toContain('China Mobile');
    expect(texts.filter((text) => /[号单额币联]/u.test(text)).length).toBeGreaterThanOrEqual(4);
    expect(texts.filter((text) => /[號單額幣聯]/u.test(text)).length).toBeGreaterThanOrEqual(4);
  });

  it('read the same when typed full-width', () => {
    for (const fixture of CONFIRMATION_FIXTURES) {
      expect(readConfirmation(fullWidth(fixture.text))).toStrictEqual(fixture.expected);
    }
  });
});

describe('readConfirmation: amounts', () => {
  it.each([
    ['Amount paid: $15.00', usd(1500)],
    ['Amount paid: USD 15', usd(1500)],
    ['Amount paid: 15.00 USD', usd(1500)],
    ['Amount paid: US$25', usd(2500)],
    ['Amount paid: $1,234.56', usd(123456)],
    ['Amount paid: $15.00 USD', usd(1500)],
    ['支付金额：¥100', { minor: 10000, currency: 'CNY' }],
    ['支付金额：￥50.00', { minor: 5000, currency: 'CNY' }],
    ['充值金额：人民币100元', { minor: 10000, currency: 'CNY' }],
    ['充值 RMB 30', { minor: 3000, currency: 'CNY' }],
    ['增值 HK$100', { minor: 10000, currency: 'HKD' }],
    ['Paid C$40.00', { minor: 4000, currency: 'CAD' }],
    ['Paid €20', { minor: 2000, currency: 'EUR' }],
    ['Total 3000 JPY', { minor: 3000, currency: 'JPY' }],
    ['合计 3000円', { minor: 3000, currency: 'JPY' }],
    ['Total ¥3000 (JPY)', { minor: 3000, currency: 'JPY' }],
    ['Total $300, billed in TWD', { minor: 30000, currency: 'TWD' }],
    ['充值100美元', usd(10000)],
  ])('reads %j', (text, amount) => {
    expect(readConfirmation(text).amount).toEqual(amount);
  });

  it('prefers the amount charged to the plan price, the balance, taxes and fees', () => {
    const text = 'Plan $30.00\nTax $2.10\nService fee $1.00\nTotal charged $33.10\nBalance $0.00';
    expect(readConfirmation(text).amount).toEqual(usd(3310));
  });

  it('takes a total on the line above its amount, as e-mail tables write it', () => {
    expect(readConfirmation('Refill amount\n$25.00\nTotal\n$26.99').amount).toEqual(usd(2699));
    expect(readConfirmation('Plan\n$30.00\nTax\n$2.10\nTotal\n$32.10').amount).toEqual(usd(3210));
    expect(readConfirmation('Amount $25.00, Total\n  $26.99').amount).toEqual(usd(2699));
  });

  it('reads each amount with the words of its own statement and line only', () => {
    expect(readConfirmation('Plan $30.00. Total $33.10').amount).toEqual(usd(3310));
    expect(readConfirmation('Balance $3.00\nPaid $15.00').amount).toEqual(usd(1500));
    expect(readConfirmation('Balance is low. Paid $15.00').amount).toEqual(usd(1500));
    expect(readConfirmation('Balance is low, paid $15.00').amount).toEqual(usd(1500));
    expect(readConfirmation('当前余额不足,已充值 $15.00').amount).toEqual(usd(1500));
  });

  it('ignores balances, rates, savings, the next bill and negative amounts', () => {
    for (const text of [
      'Your balance is $12.40',
      'You have $3.20 left',
      'Unlimited for $15/mo',
      'Unlimited: $15 per month',
      'Unlimited: $15 a month',
      'Add-ons: $5 each',
      'Unlimited: $15 every month',
      'Unlimited: $15 monthly',
      'Refill: $3.20 remaining',
      'Refill: $3.20 available',
      'Refill: $3.20 balance',
      'Refill: $5 saving',
      'Refill: $5 discount',
      'Refill: $5 account credit',
      '充值 50元余额',
      '充值 50元每月',
      '充值 50元优惠',
      '充值 50元折扣',
      '$10 off your next refill',
      'Your next bill of $45.00 is due soon',
      'Discount applied: -$5.00',
      '当前余额为62.30元',
      '帳戶餘額 NT$128',
    ]) {
      expect(readConfirmation(text).amount, text).toBeUndefined();
    }
  });

  it('finds no amount when two different ones are labelled alike', () => {
    expect(readConfirmation('Payment $15.00. Payment $20.00.').amount).toBeUndefined();
    expect(readConfirmation('Payment $15.00. Payment $15.00.').amount).toEqual(usd(1500));
  });

  it('does not guess which currency a shared sign means', () => {
    // "元" alone is the unit of several currencies, unless the text is in Simplified Chinese.
    expect(readConfirmation('充值成功，100元').amount).toBeUndefined();
    expect(readConfirmation('充值成功，金额100元').amount).toEqual({
      minor: 10000,
      currency: 'CNY',
    });
    // "$" in a text that names two other dollars.
    expect(readConfirmation('Paid $20. Prices in HKD or CAD.').amount).toBeUndefined();
    // "¥" in a text that names both yen and yuan.
    expect(readConfirmation('Paid ¥500 (CNY or JPY)').amount).toBeUndefined();
    // A sign and a code that disagree.
    expect(readConfirmation('Paid HK$20 USD').amount).toBeUndefined();
  });

  it('reads no amount from a plain number, a phone number or a date', () => {
    expect(readConfirmation('Paid 15 for 555-123-4567 on 2026-11-21').amount).toBeUndefined();
  });
});

describe('readConfirmation: the order of a numeric date is the country’s', () => {
  it.each([
    ['US dollars: month first', '$10.00 paid on 03/04/2026.', '2026-03-04'],
    ['pounds: day first', 'giffgaff: £10.00 paid on 03/04/2026.', '2026-04-03'],
    ['Hong Kong dollars: day first', 'Top-up of HK$100 received on 03/04/2026.', '2026-04-03'],
    ['a Minguo year in a Taiwanese text', '中華電信：已於114/04/18繳費NT$599。', '2025-04-18'],
  ])('%s', (_, text, paidOn) => {
    expect(readConfirmation(text).paidOn).toBe(paidOn);
  });

  it('leaves a date out when the text cannot say which number is the month', () => {
    expect(readConfirmation('Paid on 03/04/2026').paidOn).toBeUndefined();
    expect(readConfirmation('$10 and £5 paid on 03/04/2026').paidOn).toBeUndefined();
    // Either way round the same day, or a first number that cannot be a month: read.
    expect(readConfirmation('Paid on 21/11/2026').paidOn).toBe('2026-11-21');
    // A Minguo-looking date outside a Taiwanese text is no date.
    expect(readConfirmation('$10 paid on 114/04/18').paidOn).toBeUndefined();
  });
});

describe('readConfirmation: dates', () => {
  it.each([
    ['Paid on 11/21/2026', '2026-11-21'],
    ['Paid on 11/21/26', '2026-11-21'],
    ['Paid on 21/11/2026', '2026-11-21'],
    ['$10 paid on 03/04/2026', '2026-03-04'],
    ['Paid on 11-21-2026', '2026-11-21'],
    ['Paid on 21.11.2026', '2026-11-21'],
    ['Paid on Nov 21, 2026', '2026-11-21'],
    ['Paid on November 21st, 2026', '2026-11-21'],
    ['Paid on 21 Nov 2026', '2026-11-21'],
    ['Paid on 2026-11-21', '2026-11-21'],
    ['Paid on 2026/11/21 10:25', '2026-11-21'],
    ['付款日期：2026年11月21日', '2026-11-21'],
    ['付款日期：2026 年 1 月 2 日', '2026-01-02'],
    ['繳費日期：民國115年11月21日', '2026-11-21'],
  ])('reads %j', (text, date) => {
    expect(readConfirmation(text).paidOn).toBe(date);
  });

  it('prefers the payment date to due, expiry and renewal dates', () => {
    const text = 'Plan renews 12/21/2026. Paid on 11/21/2026. Valid until 12/20/2026.';
    expect(readConfirmation(text).paidOn).toBe('2026-11-21');
    expect(readConfirmation('Payment due on 12/21/2026').paidOn).toBeUndefined();
    expect(readConfirmation('有效期至2027年5月20日').paidOn).toBeUndefined();
  });

  it('does not take the end of a service period', () => {
    expect(readConfirmation('Paid 11/21/2026 for service 11/21/2026 - 12/20/2026').paidOn).toBe(
      '2026-11-21',
    );
  });

  it('finds no date without a year, or one the calendar does not have', () => {
    expect(readConfirmation('您于11月21日充值成功').paidOn).toBeUndefined();
    expect(readConfirmation('Paid on 02/30/2026').paidOn).toBeUndefined();
    expect(readConfirmation('Paid on 115年11月21日').paidOn).toBeUndefined();
  });

  it('prefers a date labelled as paid to one labelled only as a date, and that to none', () => {
    expect(readConfirmation('Date: 11/20/2026\nPaid 11/21/2026').paidOn).toBe('2026-11-21');
    expect(readConfirmation('Sent 11/20/2026\nDate: 11/21/2026').paidOn).toBe('2026-11-21');
    expect(readConfirmation('Payment due on 12/21/2026, paid on 11/21/2026').paidOn).toBe(
      '2026-11-21',
    );
    expect(readConfirmation('Paid: 2026-11-21~2026-12-20').paidOn).toBe('2026-11-21');
    expect(readConfirmation('Paid 2026年11月21日至2026年12月20日').paidOn).toBe('2026-11-21');
    expect(readConfirmation('2026-11-21 - 2026-12-20').paidOn).toBe('2026-11-21');
    expect(readConfirmation('Top-up 11/21/2026').paidOn).toBe('2026-11-21');
    expect(readConfirmation('Paid:\n11/21/2026 to 12/20/2026').paidOn).toBe('2026-11-21');
  });

  it('finds no date when two different ones are labelled alike', () => {
    expect(readConfirmation('Paid 11/21/2026. Paid 11/22/2026.').paidOn).toBeUndefined();
  });
});

describe('readConfirmation: confirmation numbers', () => {
  it.each([
    ['Confirmation #: 8842119305', '8842119305'],
    ['Confirmation number is ABC-12345.', 'ABC-12345'],
    ['Confirmation No. CF20261121', 'CF20261121'],
    ['Conf# 4UX7-92KD', '4UX7-92KD'],
    ['Order number: MM-20261121-5531', 'MM-20261121-5531'],
    ['Order #QR-662019', 'QR-662019'],
    ['Transaction ID: TLO-88213-5521', 'TLO-88213-5521'],
    ['Transaction: 99812', '99812'],
    ['Ref: UM55012877', 'UM55012877'],
    ['Ref # 7Q2M9X41', '7Q2M9X41'],
    ['Reference number 55X10', '55X10'],
    ['Receipt No. 000123', '000123'],
    ['确认号：ULT9931027', 'ULT9931027'],
    ['订单号：UN2026112109320017', 'UN2026112109320017'],
    ['交易编号：CT88420011', 'CT88420011'],
    ['訂單編號：TWM1121-00987', 'TWM1121-00987'],
    ['確認編號為 TM55881203', 'TM55881203'],
    ['Confirmation number\nTMO8842', 'TMO8842'],
    ['QK12AB34CD Confirmed. You bought Ksh100.00 of airtime on 21/9/24', 'QK12AB34CD'],
  ])('reads %j', (text, number) => {
    expect(readConfirmation(text).confirmation).toBe(number);
  });

  it('prefers a confirmation number to a transaction, order or reference number', () => {
    const text = 'Ref: R-1\nOrder number: O-2\nTransaction ID: T-3\nConfirmation: C-4';
    expect(readConfirmation(text).confirmation).toBe('C-4');
    expect(readConfirmation('Ref: R-1\nOrder number: O-2').confirmation).toBe('O-2');
    expect(readConfirmation('Order number: O-1\nOrder number: O-2').confirmation).toBe('O-1');
  });

  it('needs a label, and a value with a digit in it', () => {
    for (const text of [
      'CONFIRMED. Your top-up is done.',
      'Payment 12345678 confirmed.',
      'Your refill 12345 is done',
      'Order 12345 shipped',
      'Payment 12345',
      'Confirmation: see below',
      'Your verification code is 482913',
    ]) {
      expect(readConfirmation(text).confirmation, text).toBeUndefined();
    }
  });

  it('does not read a date or a phone number out of a labelled code', () => {
    const reading = readConfirmation('Transaction ID: TMO-2026-11-21-555-123-4567');
    expect(reading).toStrictEqual({ confirmation: 'TMO-2026-11-21-555-123-4567' });
  });
});

describe('readConfirmation: phone numbers', () => {
  it.each([
    ['for (555) 123-4567', '(555) 123-4567'],
    ['for +1 555-123-4567', '+1 555-123-4567'],
    ['for +1 (555) 123-4567', '+1 (555) 123-4567'],
    ['for 1-555-123-4567', '1-555-123-4567'],
    ['for 555.123.4567', '555.123.4567'],
    ['for +15551234567', '+15551234567'],
    ['号码 138 0013 8000', '138 0013 8000'],
    ['号码 +86 138-0013-8000', '+86 138-0013-8000'],
    ['門號 0912-345-678', '0912-345-678'],
    ['門號 +886 912 345 678', '+886 912 345 678'],
  ])('reads %j', (text, phone) => {
    expect(readConfirmation(text).phone).toBe(phone);
  });

  it('reads a number standing alone', () => {
    expect(readConfirmation('(555) 123-4567').phone).toBe('(555) 123-4567');
  });

  it.each(['800', '822', '833', '844', '855', '866', '877', '888'])(
    'skips the toll-free %s numbers',
    (code) => {
      expect(readConfirmation(`Line: 1-${code}-555-0100`).phone).toBeUndefined();
    },
  );

  it('knows one number written two ways', () => {
    for (const text of [
      'for (555) 111-2222 / +1 555-111-2222',
      'for 1-555-111-2222 / 555.111.2222',
      'for +15551112222 / 555 111 2222',
      'for 138 0013 8000 / +86 138 0013 8000',
      'for 0912-345-678 / +886 912 345 678',
    ]) {
      expect(readConfirmation(text).phone, text).toBe(text.slice(4, text.indexOf(' /')));
    }
  });

  it('skips customer service and toll-free numbers, and masked numbers', () => {
    for (const text of [
      'Questions? Call (555) 010-2000',
      'Line: 1-800-937-8997',
      '缴费号码：133****8866',
      'Line ending in 4567',
    ]) {
      expect(readConfirmation(text).phone, text).toBeUndefined();
    }
  });

  it('takes the labelled number when there are several, and none when it cannot tell', () => {
    expect(readConfirmation('From (555) 111-2222. Line: (555) 333-4444').phone).toBe(
      '(555) 333-4444',
    );
    expect(readConfirmation('(555) 111-2222 and (555) 333-4444').phone).toBeUndefined();
    expect(readConfirmation('for (555) 111-2222, +1 555-111-2222').phone).toBe('(555) 111-2222');
  });
});

describe('readConfirmation: carriers', () => {
  it('names the carrier by its preset name', () => {
    expect(readConfirmation('Thanks for choosing Metro by T-Mobile').carrier).toBe(
      'Metro by T-Mobile',
    );
    expect(readConfirmation('中華電信 繳費通知').carrier).toBe('Chunghwa Telecom');
  });

  it('lets a carrier settle what 元 means', () => {
    expect(readConfirmation('【中国移动】充值50元').amount).toEqual({
      minor: 5000,
      currency: 'CNY',
    });
    expect(readConfirmation('【遠傳】儲值300元').amount).toEqual({ minor: 30000, currency: 'TWD' });
  });
});

// Pieces of confirmations and of everything else, so that random texts look like real ones.
const fragment = fc.oneof(
  fc.constantFrom(
    'Total',
    'Amount paid:',
    'Balance:',
    'Confirmation #',
    'Order number:',
    'Ref:',
    '订单号：',
    '余额',
    '充值',
    '$',
    'US$',
    '¥',
    '￥',
    '元',
    'USD',
    'HK$',
    '人民币',
    ' ',
    '\n',
    ',',
    '.',
    '/',
    '-',
    'Nov',
    '年',
    '月',
    '日',
    'T-Mobile',
    '中国移动',
    '(555) 123-4567',
    '+1 ',
  ),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.string({ maxLength: 6 }),
);
const confirmationLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('readConfirmation: properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 160 }), (text) => {
        readConfirmation(text);
      }),
    );
  });

  it('returns only what is written in the text', () => {
    fc.assert(
      fc.property(confirmationLike, (text) => {
        const reading = readConfirmation(text);
        const folded = text.normalize('NFKC');
        if (reading.amount) {
          const { minor, currency } = reading.amount;
          expect(amountsWritten(text, currency)).toContain(minor);
        }
        if (reading.paidOn) {
          expect(datesInText(folded).map((found) => found.date)).toContain(reading.paidOn);
        }
        if (reading.confirmation) expect(folded).toContain(reading.confirmation);
        if (reading.phone) expect(folded).toContain(reading.phone);
        if (reading.carrier) {
          expect(findCarrier(reading.carrier) ?? reading.carrier).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a 100 kB text quickly, however it repeats itself', () => {
    const size = 100_000;
    const fill = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
    const pieces = [
      '9',
      '$1,',
      '$1 ',
      '人民币1元',
      '1/1/',
      '2026-11-',
      'Nov 21, 2026 ',
      '(555) 123-4567 ',
      '138 0013 ',
      'Confirmation # ',
      'Order # 1-',
      'Balance: $1 ',
      '\n',
      CONFIRMATION_FIXTURES.map((fixture) => fixture.text).join('\n'),
    ];
    // Reading is linear: a fraction of a second each, a few seconds at worst on a busy machine.
    // Quadratic backtracking on 100,000 characters would take minutes.
    const LIMIT_MS = 5000;
    for (const piece of pieces) {
      const started = performance.now();
      readConfirmation(fill(piece));
      expect(performance.now() - started, JSON.stringify(piece)).toBeLessThan(LIMIT_MS);
    }
    fc.assert(
      fc.property(fragment, (piece) => {
        const started = performance.now();
        readConfirmation(fill(piece || 'x'));
        expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('readConfirmation: what is no payment', () => {
  it('takes neither arrears, a transfer from someone else, nor a reward for the amount paid', () => {
    expect(readConfirmation('您缴纳了90.00元话费，欠费金额为26.35元。中国移动').amount).toEqual({
      minor: 9000,
      currency: 'CNY',
    });
    expect(readConfirmation('客户已成功转移4.26元话费到您的手机帐户。').amount).toBeUndefined();
    expect(
      readConfirmation('Invite a friend and both of you are offered £10 as rewards.').amount,
    ).toBeUndefined();
  });

  it('takes no "as of" date of an outstanding balance for the day paid', () => {
    expect(
      readConfirmation('Payment of $20.00 received. Outstanding as on 2026-06-02 is $0.00.').paidOn,
    ).toBeUndefined();
  });
});

describe('readConfirmation: the forms receipts write a total in', () => {
  it.each([
    [
      'Hong Kong’s 已成功增值',
      '已成功增值HK$100，餘額HK$108.20。',
      { minor: 10000, currency: 'HKD' },
    ],
    ['a total behind leader dots', 'Refill ........ $15.00\nTotal ......... $16.99', usd(1699)],
    [
      'a total including a fee',
      'Your payment of $26.99 including a $1.99 fee was received.',
      usd(2699),
    ],
    ['a wallet’s debit sign', 'You sent a payment: Tello -$10.00 USD.', usd(1000)],
    [
      'a wallet’s debit sign before 元',
      '支付宝：您已成功付款 -50.00 元，交易对象：中国移动。',
      { minor: 5000, currency: 'CNY' },
    ],
  ])('%s', (_, text, amount) => {
    expect(readConfirmation(text).amount).toEqual(amount);
  });
});

describe('readMessage', () => {
  it('fills nothing from a failed, scheduled or due payment, and says which it is', () => {
    expect(readMessage('Your payment of $30.00 could not be processed on 11/21/2026.')).toEqual({
      kind: 'failed',
    });
    expect(readMessage('您的充值失败，金额50元，时间2026-11-21。')).toEqual({ kind: 'failed' });
    expect(readMessage('Your plan will renew for $25.00 on 12/10/2026.')).toEqual({
      kind: 'scheduled',
    });
    expect(readMessage('您本月应缴金额为58.00元，请于2026年12月20日前缴费。')).toEqual({
      kind: 'due',
    });
  });

  it('reads a balance reply’s balance and the day it is valid until', () => {
    expect(readMessage('Tello: Account Balance $56.78, expires 05/02/2027.')).toEqual({
      kind: 'balance',
      balance: usd(5678),
      validUntil: '2027-05-02',
    });
    expect(readMessage('中国移动：您的话费余额为4.35元。')).toEqual({
      kind: 'balance',
      balance: { minor: 435, currency: 'CNY' },
    });
  });

  it('reads a payment made as the confirmation reader does', () => {
    const text = 'Payment received: $20.00 on 11/21/2026. Confirmation #A1B2C3.';
    expect(readMessage(text)).toEqual({ kind: 'payment', reading: readConfirmation(text) });
  });
});
