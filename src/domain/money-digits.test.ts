import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rescaleMinor, runtimeMinorDigits } from './money-digits';

/** The amount minor units of `digits` digits say, as a fraction over a power of ten. */
function exactValue(minor: number, digits: number, over: number): bigint {
  return BigInt(minor) * 10n ** BigInt(over - digits);
}

describe('rescaleMinor', () => {
  it('multiplies by a power of ten to count more digits', () => {
    expect(rescaleMinor(1500, 0, 2)).toBe(150_000);
    expect(rescaleMinor(7, 0, 3)).toBe(7000);
    expect(rescaleMinor(1500, 2, 2)).toBe(1500);
  });

  it('divides only what divides exactly to count fewer digits', () => {
    expect(rescaleMinor(15_000, 3, 2)).toBe(1500);
    expect(rescaleMinor(15_005, 3, 2)).toBeUndefined();
    expect(rescaleMinor(150, 2, 0)).toBeUndefined();
    expect(rescaleMinor(0, 4, 0)).toBe(0);
  });

  it('gives nothing past the exact integers', () => {
    expect(rescaleMinor(Number.MAX_SAFE_INTEGER, 0, 1)).toBeUndefined();
    expect(rescaleMinor(900_719_925_474_099, 0, 1)).toBe(9_007_199_254_740_990);
    expect(rescaleMinor(1.5, 0, 2)).toBeUndefined();
  });

  it('says exactly the same amount whenever it answers, and answers whenever it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (minor, from, to) => {
          const scaled = rescaleMinor(minor, from, to);
          const over = Math.max(from, to);
          const unit = 10n ** BigInt(Math.max(0, from - to));
          const representable =
            BigInt(minor) % unit === 0n &&
            exactValue(minor, from, over) / 10n ** BigInt(over - to) <=
              BigInt(Number.MAX_SAFE_INTEGER);
          if (scaled === undefined) {
            expect(representable).toBe(false);
          } else {
            expect(exactValue(scaled, to, over)).toBe(exactValue(minor, from, over));
            expect(rescaleMinor(scaled, to, from)).toBe(minor);
          }
        },
      ),
    );
  });
});

describe('runtimeMinorDigits', () => {
  it("reads the digits of this runtime's Intl data, which differ from ISO 4217 for HUF", () => {
    // Node's ICU data counts no digits for HUF, as Chromium's does: the case the app converts.
    expect(runtimeMinorDigits('HUF')).toBe(0);
    expect(runtimeMinorDigits('USD')).toBe(2);
    expect(runtimeMinorDigits('KWD')).toBe(3);
  });
});
