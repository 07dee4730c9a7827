import { describe, expect, it } from 'vitest';
import { moneyInText } from './money-in-text';

/** The currency and minor units of each amount found, in order. */
const amounts = (text: string, carrierCurrency?: string) =>
  moneyInText(text, carrierCurrency).map(
    ({ money }) => money && `${money.currency} ${money.minor}`,
  );

describe('moneyInText', () => {
  // A sample of every kind of sign: dollar prefixes, yen prefixes, letters, Chinese words in
  // both scripts, single symbols and codes.
  it.each([
    ['US$', 'USD'],
    ['HK$', 'HKD'],
    ['NT$', 'TWD'],
    ['C$', 'CAD'],
    ['MOP$', 'MOP'],
    ['CN¥', 'CNY'],
    ['JP¥', 'JPY'],
    ['RMB', 'CNY'],
    ['人民币', 'CNY'],
    ['人民幣', 'CNY'],
    ['美金', 'USD'],
    ['港元', 'HKD'],
    ['新台幣', 'TWD'],
    ['円', 'JPY'],
    ['澳币', 'AUD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['₹', 'INR'],
    ['Rs.', 'INR'],
    ['Rs', 'INR'],
    ['TSh', 'TZS'],
    ['Ksh', 'KES'],
    ['USD', 'USD'],
    ['EUR', 'EUR'],
  ])('reads %s as %s, before or after the number', (sign, currency) => {
    const minor = currency === 'JPY' ? 300 : 30000;
    expect(amounts(`paid ${sign}300`)).toEqual([`${currency} ${minor}`]);
    expect(amounts(`paid 300 ${sign}`)).toEqual([`${currency} ${minor}`]);
  });

  it('reads no sign that only starts a word after the number', () => {
    expect(amounts('bought 2 Tshirts and 3 Rscarves')).toEqual([]);
  });

  it('says where each amount is written', () => {
    expect(moneyInText('Paid $15.00, thanks')).toEqual([
      { money: { minor: 1500, currency: 'USD' }, start: 5, end: 11 },
    ]);
    expect(moneyInText('￥50'.normalize('NFKC'))[0]?.end).toBe(3);
  });

  it('reads grouped thousands and decimals', () => {
    expect(amounts('$1,234.56 and $1234.5 and $15')).toEqual([
      'USD 123456',
      'USD 123450',
      'USD 1500',
    ]);
  });

  it('reads no number without a currency, nor a word that only looks like a code', () => {
    expect(amounts('paid 15 on 11/21 for 555-123-4567')).toEqual([]);
    expect(amounts('TOP 15, ALL 20, CUP 3, ABC 4, SMS 5')).toEqual([]);
  });

  it('reads a number that goes on in another form, or a negative one, as nothing', () => {
    expect(amounts('$1234,567')).toEqual([]);
    expect(amounts('$12.34.56')).toEqual([]);
    expect(amounts('-$5.00 and −$6')).toEqual([]);
    expect(amounts('ID12 USD')).toEqual([]);
  });

  it('drops an amount with more decimals than its currency has', () => {
    expect(amounts('JP¥100.5')).toEqual([]);
  });

  it('takes a code after a sign, and drops a sign and a code that disagree', () => {
    expect(amounts('$15.00 USD')).toEqual(['USD 1500']);
    expect(amounts('$15 CAD')).toEqual(['CAD 1500']);
    expect(amounts('US$15 USD')).toEqual(['USD 1500']);
    expect(amounts('HK$20 USD')).toEqual([]);
    expect(amounts('人民币100元')).toEqual(['CNY 10000']);
    expect(amounts('¥100元')).toEqual(['CNY 10000']);
  });

  it('reads "$" as the US dollar unless the text names one other dollar', () => {
    expect(amounts('$20')).toEqual(['USD 2000']);
    expect(amounts('$20 (US$ prices)')).toEqual(['USD 2000']);
    expect(amounts('$20, billed in CAD')).toEqual(['CAD 2000']);
    expect(amounts('$20, 港币')).toEqual(['HKD 2000']);
    expect(amounts('$300', 'TWD')).toEqual(['TWD 30000']);
    expect(amounts('$20 in HKD or CAD')).toEqual([undefined]);
    expect(amounts('$20 in USD or CAD')).toEqual([undefined]);
  });

  it('reads "¥" as the yuan unless the text names the yen', () => {
    expect(amounts('¥500')).toEqual(['CNY 50000']);
    expect(amounts('¥500 (JPY)')).toEqual(['JPY 500']);
    expect(amounts('¥500 (日元)')).toEqual(['JPY 500']);
    expect(amounts('¥500 (CNY or JPY)')).toEqual([undefined]);
  });

  it('reads "元" as the yuan in a text in Simplified Chinese, unless it names another currency', () => {
    expect(amounts('您的话费余额为4.35元')).toEqual(['CNY 435']);
    expect(amounts('您的話費餘額為4.35元')).toEqual([undefined]);
    expect(amounts('港币话费100元 (HKD)')).toEqual(['HKD 10000']);
  });

  it('reads "元" only in the currency the text or its carrier names', () => {
    expect(amounts('100元')).toEqual([undefined]);
    for (const sign of ['元', '圆', '圓', '块', '塊']) {
      expect(amounts(`100${sign}`, 'CNY')).toEqual(['CNY 10000']);
    }
    expect(amounts('100元', 'TWD')).toEqual(['TWD 10000']);
    for (const currency of ['CNY', 'TWD', 'HKD', 'MOP', 'SGD']) {
      expect(amounts(`100元 (${currency === 'CNY' ? 'RMB' : currency})`)).toEqual([
        `${currency} 10000`,
      ]);
    }
    expect(amounts('¥100, 20元')).toEqual(['CNY 10000', 'CNY 2000']);
    expect(amounts('¥100 (JPY), 20元')).toEqual(['JPY 100', undefined]);
    expect(amounts('100元 TWD HKD')).toEqual([undefined]);
  });
});
