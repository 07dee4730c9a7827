// Amounts counted with another number of minor digits than the app's own (ISO 4217, see
// money.ts): those stored before the app took its digits from ISO 4217, which were counted with
// the browser's Intl data, and those of a backup that states other digits than the app's.

/**
 * The digits the browser's Intl data gives the currency. Only for amounts written before the app
 * took its digits from ISO 4217: they were counted with these, in this same browser.
 */
export function runtimeMinorDigits(currency: string): number {
  // Made afresh rather than kept (intl-formats): read once per currency of an upgrade or an
  // import, never on a render. Always set for the currency style; the type allows others too.
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * `minor` units of a currency counted with `from` digits, as units counted with `to` digits, or
 * undefined when no integer says the same amount: a fraction of the new unit would be lost
 * (1505 at three digits is 150.5 at two), or the result is past the exact integers.
 */
export function rescaleMinor(minor: number, from: number, to: number): number | undefined {
  if (!Number.isSafeInteger(minor)) return undefined;
  if (to >= from) {
    // Exact whenever the product is a safe integer: floating point rounds only past 2^53.
    const scaled = minor * 10 ** (to - from);
    return Number.isSafeInteger(scaled) ? scaled : undefined;
  }
  const unit = 10 ** (from - to);
  return minor % unit === 0 ? minor / unit : undefined;
}
