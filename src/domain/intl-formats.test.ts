import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, numberFormat, pluralRules } from './intl-formats';

describe('kept Intl objects', () => {
  it('hands back the same object for the same locale and options, another for others', () => {
    const money = numberFormat('en', { style: 'currency', currency: 'USD' });
    expect(numberFormat('en', { style: 'currency', currency: 'USD' })).toBe(money);
    expect(numberFormat('en', { style: 'currency', currency: 'EUR' })).not.toBe(money);
    expect(numberFormat('zh-Hans', { style: 'currency', currency: 'USD' })).not.toBe(money);
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).toBe(
      dateTimeFormat('en', { dateStyle: 'medium' }),
    );
    expect(pluralRules('en')).toBe(pluralRules('en'));
  });

  it('formats as a fresh object with the same options would', () => {
    expect(numberFormat('zh-Hant', { style: 'currency', currency: 'TWD' }).format(1234.5)).toBe(
      new Intl.NumberFormat('zh-Hant', { style: 'currency', currency: 'TWD' }).format(1234.5),
    );
    expect(collator('en', { numeric: true }).compare('Line 2', 'Line 10')).toBeLessThan(0);
    expect(pluralRules('en').select(1)).toBe('one');
  });
});
