// The app's minor digits against ISO 4217 as the currency-codes package ships it: the list's own
// XML, where a currency without a minor unit says "N.A.", and the package's data read from it.
import { data } from 'currency-codes';
import listOne from 'currency-codes/iso-4217-list-one.xml?raw';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINOR_DIGITS_NOT_TWO } from './iso-4217-digits';
import { formatMoney, formatMoneyPlain, minorDigits } from './money';

/** Each code of the list with its minor unit as the list writes it: "2", "0" or "N.A.". */
function minorUnitsOfList(xml: string): Map<string, string> {
  const units = new Map<string, string>();
  for (const [, entry = ''] of xml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
    const code = /<Ccy>([A-Z]{3})<\/Ccy>/.exec(entry)?.[1];
    const unit = /<CcyMnrUnts>([^<]*)<\/CcyMnrUnts>/.exec(entry)?.[1];
    if (code !== undefined && unit !== undefined) units.set(code, unit);
  }
  return units;
}

const units = minorUnitsOfList(listOne);
const codes = data.map((currency) => currency.code);

/** The list's digits; without a minor unit in ISO 4217 (funds, metals, SDR), the app counts two. */
function isoDigits(code: string): number {
  const unit = units.get(code);
  return unit === 'N.A.' ? 2 : Number(unit);
}

describe('ISO 4217 minor digits', () => {
  it('cover every code of the list the package ships', () => {
    expect([...units.keys()].sort()).toEqual([...codes].sort());
    expect(codes.length).toBeGreaterThan(150);
  });

  it('list every currency whose minor unit is not two digits, and no other', () => {
    const notTwo = data
      .filter(({ code, digits }) => units.get(code) !== 'N.A.' && digits !== 2)
      .map(({ code, digits }) => [code, digits]);
    expect([...MINOR_DIGITS_NOT_TWO].sort()).toEqual(notTwo.sort());
  });

  it('give every active ISO 4217 code its standard digits', () => {
    const wrong = data
      .filter(({ code, digits }) => units.get(code) !== 'N.A.' && digits !== isoDigits(code))
      .map(({ code }) => `package: ${code}`)
      .concat(codes.filter((code) => minorDigits(code) !== isoDigits(code)));
    expect(wrong).toEqual([]);
  });

  it('are the digits every amount is shown with, in every currency of the list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (currency, minor) => {
          const money = { minor, currency };
          // "HUF 1,500.00" read back as "1500.00", every digit of the minor units in place.
          const shown = formatMoney(money, 'en-US').replace(/[^\d.]/g, '');
          expect(shown).toBe(formatMoneyPlain(money));
          expect(shown.split('.')[1]?.length ?? 0).toBe(isoDigits(currency));
        },
      ),
    );
  });
});
