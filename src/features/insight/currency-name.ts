// A currency as people read it: "US Dollar (USD)", "美元 (USD)".
const names = new Map<string, Intl.DisplayNames>();

export function currencyName(code: string, locale: string): string {
  let displayNames = names.get(locale);
  if (!displayNames) {
    displayNames = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'code' });
    names.set(locale, displayNames);
  }
  const name = displayNames.of(code) ?? code;
  return name === code ? code : `${name} (${code})`;
}
