import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  formatMinorPlain,
  formatMoney,
  formatMoneyPlain,
  isCurrencyCode,
  minorDigits,
  parseMoney,
  totalsByCurrency,
  type Money,
} from './money';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });

/** How many number formats `run` builds. */
function countNumberFormats(run: () => void): number {
  const RealNumberFormat = Intl.NumberFormat;
  const numberFormat = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
    this: unknown,
    ...args
  ) {
    return new RealNumberFormat(...args);
  });
  try {
    run();
    return numberFormat.mock.calls.length;
  } finally {
    numberFormat.mockRestore();
  }
}

describe('minorDigits', () => {
  it('knows two digits for USD and CNY, none for JPY and three for KWD', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it("counts ISO 4217's digits where Chromium's data counts none: HUF, IDR and IQD", () => {
    expect(minorDigits('HUF')).toBe(2);
    expect(minorDigits('IDR')).toBe(2);
    expect(minorDigits('COP')).toBe(2);
    expect(minorDigits('IQD')).toBe(3);
  });

  it('never asks Intl, whose data differs between browsers and their versions', () => {
    const built = countNumberFormats(() => {
      expect(minorDigits('SEK')).toBe(2);
      expect(minorDigits('HUF')).toBe(2);
      expect(minorDigits('BHD')).toBe(3);
    });
    expect(built).toBe(0);
  });

  it('counts two digits for a code ISO 4217 gives no minor unit, or does not list', () => {
    expect(minorDigits('XAU')).toBe(2);
    expect(minorDigits('XDR')).toBe(2);
    expect(minorDigits('XCG')).toBe(2);
    expect(minorDigits('HRK')).toBe(2);
  });
});

describe('isCurrencyCode', () => {
  it('accepts upper-case ISO 4217 codes', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('TWD')).toBe(true);
  });

  it.each(['usd', 'US', 'USDX', 'XYZ', '', '1SD'])('refuses %j', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('parseMoney', () => {
  it.each([
    ['15', 1500],
    ['15.5', 1550],
    ['15.50', 1550],
    ['15,50', 1550],
    ['15,5', 1550],
    ['$15.00', 1500],
    ['US$15', 1500],
    ['HK$ 100', 10000],
    ['CN¥15', 1500],
    ['¥100', 10000],
    ['￥100', 10000],
    ['1,234.56', 123456],
    ['1,234,567.89', 123456789],
    ['1.234,56', 123456],
    ['1 234,56', 123456],
    ['1 234.56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ['1,234', 123400],
    ['1.234.567', 123456700],
    ['1 234 567', 123456700],
    [',5', 50],
    ['1500', 150000],
    ['15,500', 1550000],
    ['１５', 1500],
    ['１，２３４．５６', 123456],
    ['15元', 1500],
    ['15 元', 1500],
    ['15円', 1500],
    ['15$', 1500],
    ['USD 15', 1500],
    ['usd15', 1500],
    ['15 USD', 1500],
    ['  15  ', 1500],
    ['0.29', 29],
    ['0.07', 7],
    ['1.1', 110],
    ['.5', 50],
    ['0', 0],
    ['007', 700],
    ['15.000', 1500],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %i cents', (input, minor) => {
    expect(parseMoney(input, 'USD')).toEqual({ ok: true, money: usd(minor) });
  });

  it('reads RMB only for yuan', () => {
    expect(parseMoney('RMB 15', 'CNY')).toEqual({
      ok: true,
      money: { minor: 1500, currency: 'CNY' },
    });
    expect(parseMoney('15 rmb', 'CNY')).toEqual({
      ok: true,
      money: { minor: 1500, currency: 'CNY' },
    });
    expect(parseMoney('RMB 15', 'USD')).toEqual({ ok: false, error: 'invalid' });
    expect(parseMoney('EUR 15', 'CNY')).toEqual({ ok: false, error: 'invalid' });
  });

  it('reads yen without decimals and dinars with three', () => {
    expect(parseMoney('¥1,500', 'JPY')).toEqual({
      ok: true,
      money: { minor: 1500, currency: 'JPY' },
    });
    expect(parseMoney('1500.0', 'JPY')).toEqual({
      ok: true,
      money: { minor: 1500, currency: 'JPY' },
    });
    expect(parseMoney('1.234', 'KWD')).toEqual({
      ok: true,
      money: { minor: 1234, currency: 'KWD' },
    });
    expect(parseMoney('1.5', 'KWD')).toEqual({ ok: true, money: { minor: 1500, currency: 'KWD' } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['abc', 'invalid'],
    ['abc15', 'invalid'],
    ['EUR 15', 'invalid'],
    ['15 EUR', 'invalid'],
    ['$', 'invalid'],
    ['1.2.3', 'invalid'],
    ['15..0', 'invalid'],
    ['--5', 'invalid'],
    ['- -5', 'invalid'],
    ['-$-5', 'invalid'],
    ['1,23,4', 'invalid'],
    ['1,234,56', 'invalid'],
    ['12,34.5', 'invalid'],
    ['1.234.56,7', 'invalid'],
    ['1,234.5.6', 'invalid'],
    ['1 234,567.8', 'invalid'],
    ['1234,567.8', 'invalid'],
    ['1 5', 'invalid'],
    ['1,2345', 'invalid'],
    ['1 2345', 'invalid'],
    ['1234 567', 'invalid'],
    ['1.5,5', 'invalid'],
    ['15.', 'invalid'],
    ['15-', 'invalid'],
    ['1e5', 'invalid'],
    ['15.5 0', 'invalid'],
    ['15$15', 'invalid'],
    ['+5', 'invalid'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['-$15', 'negative'],
    ['$-15', 'negative'],
    ['-0', 'negative'],
    ['15.123', 'too-many-decimals'],
    ['1.234', 'too-many-decimals'],
    ['0.001', 'too-many-decimals'],
    ['9007199254740991', 'too-large'],
    ['90071992547409.92', 'too-large'],
    ['1'.repeat(400), 'too-large'],
  ])('refuses %j as %s', (input, error) => {
    expect(parseMoney(input, 'USD')).toEqual({ ok: false, error });
  });

  it('refuses a fraction of a yen and of a fils', () => {
    expect(parseMoney('100.5', 'JPY')).toEqual({ ok: false, error: 'too-many-decimals' });
    expect(parseMoney('1.2345', 'KWD')).toEqual({ ok: false, error: 'too-many-decimals' });
  });

  it('reads back every amount formatMoneyPlain writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('USD', 'JPY', 'KWD', 'CNY', 'EUR', 'HUF', 'IQD'),
        (minor, currency) => {
          const money = { minor, currency };
          expect(parseMoney(formatMoneyPlain(money), currency)).toEqual({ ok: true, money });
        },
      ),
    );
  });
});

describe('formatMoneyPlain', () => {
  it('writes every minor digit after a point, without grouping', () => {
    expect(formatMoneyPlain(usd(1500))).toBe('15.00');
    expect(formatMoneyPlain(usd(29))).toBe('0.29');
    expect(formatMoneyPlain(usd(5))).toBe('0.05');
    expect(formatMoneyPlain(usd(0))).toBe('0.00');
    expect(formatMoneyPlain(usd(123456789))).toBe('1234567.89');
    expect(formatMoneyPlain(usd(-1505))).toBe('-15.05');
    expect(formatMoneyPlain({ minor: 1500, currency: 'JPY' })).toBe('1500');
    expect(formatMoneyPlain({ minor: -7, currency: 'JPY' })).toBe('-7');
    expect(formatMoneyPlain({ minor: 1234, currency: 'KWD' })).toBe('1.234');
    expect(formatMoneyPlain({ minor: 5, currency: 'KWD' })).toBe('0.005');
  });
});

describe('formatMinorPlain', () => {
  it('writes minor units of any digit count, as the steps of a currency read', () => {
    expect(formatMinorPlain(1, 0)).toBe('1');
    expect(formatMinorPlain(1, 2)).toBe('0.01');
    expect(formatMinorPlain(15_005, 3)).toBe('15.005');
  });
});

describe('formatMoney', () => {
  it('writes the amount the way the locale does', () => {
    expect(formatMoney(usd(123456), 'en-US')).toBe('$1,234.56');
    expect(formatMoney(usd(123456), 'zh-CN')).toBe('US$1,234.56');
    expect(formatMoney(usd(-1500), 'en-US')).toBe('-$15.00');
    expect(formatMoney({ minor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ minor: 1234, currency: 'CNY' }, 'zh-CN')).toBe('¥12.34');
    expect(formatMoney({ minor: 1234, currency: 'KWD' }, 'en-US')).toBe('KWD\u00a01.234');
  });

  it("writes HUF and IDR with the two digits they are stored with, not the browser's none", () => {
    expect(formatMoney({ minor: 150_000, currency: 'HUF' }, 'en-US')).toBe('HUF\u00a01,500.00');
    expect(formatMoney({ minor: 5_000_050, currency: 'IDR' }, 'en-US')).toBe('IDR\u00a050,000.50');
    expect(formatMoney({ minor: 1_500, currency: 'IQD' }, 'en-US')).toBe('IQD\u00a01.500');
  });

  it('keeps every minor digit of large amounts', () => {
    expect(formatMoney(usd(Number.MAX_SAFE_INTEGER), 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('builds one formatter per locale and currency', () => {
    formatMoney({ minor: 100, currency: 'NOK' }, 'en-US');
    const built = countNumberFormats(() => {
      expect(formatMoney({ minor: 100, currency: 'NOK' }, 'en-US')).toBe('NOK\u00a01.00');
      expect(formatMoney({ minor: 250, currency: 'NOK' }, 'en-US')).toBe('NOK\u00a02.50');
    });
    expect(built).toBe(0);
  });

  it("needs no other formatter for the currency's digits once it has formatted it", () => {
    const built = countNumberFormats(() => {
      expect(formatMoney({ minor: 1234, currency: 'BHD' }, 'zh-CN')).toBe('BHD\u00a01.234');
      expect(minorDigits('BHD')).toBe(3);
      expect(formatMoney({ minor: 5, currency: 'ISK' }, 'en-US')).toBe('ISK\u00a05');
      expect(minorDigits('ISK')).toBe(0);
    });
    expect(built).toBe(2);
  });

  it('formats a currency the same way for a locale it has seen before', () => {
    expect(formatMoney(usd(100), 'de-DE')).toBe('1,00\u00a0$');
    expect(formatMoney(usd(250), 'de-DE')).toBe('2,50\u00a0$');
    expect(formatMoney({ minor: 250, currency: 'EUR' }, 'de-DE')).toBe('2,50\u00a0€');
  });
});

describe('totalsByCurrency', () => {
  it('sums each currency exactly and orders the totals by code', () => {
    const totals = totalsByCurrency([
      usd(1999),
      { minor: 1500, currency: 'JPY' },
      { minor: 10, currency: 'CNY' },
      usd(1),
      { minor: 500, currency: 'JPY' },
      { minor: 20, currency: 'CNY' },
    ]);
    expect(totals).toEqual([
      { currency: 'CNY', minor: 30 },
      { currency: 'JPY', minor: 2000 },
      { currency: 'USD', minor: 2000 },
    ]);
  });

  it('adds cents without floating-point error', () => {
    expect(totalsByCurrency([usd(10), usd(20)])).toEqual([usd(30)]);
  });

  it('gives nothing for no amounts', () => {
    expect(totalsByCurrency([])).toEqual([]);
  });

  it('refuses a total beyond exact integers and amounts that are not whole', () => {
    expect(() => totalsByCurrency([usd(Number.MAX_SAFE_INTEGER), usd(1)])).toThrow(
      new RangeError('Total in USD is not exact'),
    );
    expect(() => totalsByCurrency([usd(0.5)])).toThrow(RangeError);
    expect(totalsByCurrency([usd(Number.MAX_SAFE_INTEGER - 1), usd(1)])).toEqual([
      usd(Number.MAX_SAFE_INTEGER),
    ]);
  });

  it('equals the sum of each currency, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minor: fc.integer({ min: -1e9, max: 1e9 }),
            currency: fc.constantFrom('USD', 'JPY', 'CNY'),
          }),
        ),
        (moneys) => {
          const totals = totalsByCurrency(moneys);
          expect(totals.map(({ currency }) => currency)).toEqual(
            [...new Set(moneys.map(({ currency }) => currency))].sort(),
          );
          for (const { currency, minor } of totals) {
            const expected = moneys
              .filter((money) => money.currency === currency)
              .reduce((sum, money) => sum + money.minor, 0);
            expect(minor).toBe(expected);
          }
          expect(totalsByCurrency([...moneys].reverse())).toEqual(totals);
        },
      ),
    );
  });
});
