// A currency as people read it: "US Dollar (USD)", "美元 (USD)".
import { displayNames } from '@/domain/intl-formats';

export function currencyName(code: string, locale: string): string {
  const name = displayNames(locale, { type: 'currency', fallback: 'code' }).of(code) ?? code;
  return name === code ? code : `${name} (${code})`;
}
