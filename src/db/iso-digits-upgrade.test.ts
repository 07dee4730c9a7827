import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinorPlain, minorDigits } from '@/domain/money';
import { LIMITS } from '@/domain/limits';
import { inIsoDigits } from './iso-digits-upgrade';

describe('inIsoDigits', () => {
  it('leaves an amount counted with the ISO digits as it is', () => {
    expect(inIsoDigits({ money: { minor: 1500, currency: 'USD' }, note: '' }, 2)).toBeUndefined();
    expect(inIsoDigits({ money: { minor: 1500, currency: 'JPY' }, note: '' }, 0)).toBeUndefined();
  });

  it('multiplies an amount counted with fewer digits, and keeps the note', () => {
    expect(inIsoDigits({ money: { minor: 1500, currency: 'HUF' }, note: 'Tesco' }, 0)).toEqual({
      money: { minor: 150_000, currency: 'HUF' },
      note: 'Tesco',
    });
    expect(inIsoDigits({ money: { minor: 25, currency: 'IQD' }, note: '' }, 0)).toEqual({
      money: { minor: 25_000, currency: 'IQD' },
      note: '',
    });
  });

  it('divides an amount counted with more digits when it divides exactly', () => {
    expect(inIsoDigits({ money: { minor: 15_000, currency: 'USD' }, note: '' }, 3)).toEqual({
      money: { minor: 1500, currency: 'USD' },
      note: '',
    });
  });

  it('rounds a fraction of the ISO unit half up, and opens the note with the exact amount', () => {
    expect(inIsoDigits({ money: { minor: 15_005, currency: 'USD' }, note: 'Mint' }, 3)).toEqual({
      money: { minor: 1501, currency: 'USD' },
      note: '15.005 USD → 15.01 USD (ISO 4217)\nMint',
    });
    expect(inIsoDigits({ money: { minor: 15_004, currency: 'USD' }, note: '' }, 3)).toEqual({
      money: { minor: 1500, currency: 'USD' },
      note: '15.004 USD → 15.00 USD (ISO 4217)',
    });
  });

  it('keeps an amount past the largest the app keeps at that largest, noting the exact one', () => {
    const next = inIsoDigits({ money: { minor: LIMITS.amountMax, currency: 'HUF' }, note: '' }, 0);
    expect(next?.money).toEqual({ minor: LIMITS.amountMax, currency: 'HUF' });
    expect(next?.note).toBe('9999999999999 HUF → 99999999999.99 HUF (ISO 4217)');
  });

  it('keeps a note within its limit, cutting its end and never half a character', () => {
    const long = `${'a'.repeat(LIMITS.note - 40)}😀${'b'.repeat(100)}`;
    const next = inIsoDigits({ money: { minor: 1, currency: 'USD' }, note: long }, 3);
    expect(next?.note.length).toBeLessThanOrEqual(LIMITS.note);
    expect(next?.note.startsWith('0.001 USD → 0.00 USD (ISO 4217)\naaa')).toBe(true);
    expect(next?.note).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('never loses an amount: exact, or within half a unit with the exact one in the note', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LIMITS.amountMax }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('USD', 'JPY', 'HUF', 'KWD', 'CLF'),
        (minor, stored, currency) => {
          const next = inIsoDigits({ money: { minor, currency }, note: 'n' }, stored);
          if (next === undefined) return;
          const { minor: converted } = next.money;
          expect(Number.isSafeInteger(converted)).toBe(true);
          expect(converted).toBeGreaterThanOrEqual(0);
          expect(converted).toBeLessThanOrEqual(LIMITS.amountMax);
          const iso = minorDigits(currency);
          const same =
            BigInt(converted) * 10n ** BigInt(stored) === BigInt(minor) * 10n ** BigInt(iso);
          if (next.note === 'n') {
            expect(same).toBe(true);
          } else {
            expect(same).toBe(false);
            expect(next.note).toBe(
              `${formatMinorPlain(minor, stored)} ${currency} → ` +
                `${formatMinorPlain(converted, iso)} ${currency} (ISO 4217)\nn`,
            );
          }
        },
      ),
    );
  });
});
