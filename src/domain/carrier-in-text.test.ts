import { describe, expect, it } from 'vitest';
import { carrierInText } from './carrier-in-text';
import { CARRIERS } from './carriers';

describe('carrierInText', () => {
  it('finds every preset by its own name, in any case', () => {
    // A preset that is also one of the Chinese carriers comes with that carrier's currency.
    const currencies: Readonly<Record<string, string>> = { 'China Mobile Hong Kong': 'HKD' };
    for (const { name } of CARRIERS.filter((preset) => preset.name !== 'Visible')) {
      const currency = currencies[name];
      const expected = currency ? { name, currency } : { name };
      expect(carrierInText(`Thanks from ${name}!`)).toEqual(expected);
      expect(carrierInText(`THANKS FROM ${name.toUpperCase()}`)).toEqual(expected);
    }
  });

  it('finds carriers by the short forms they sign with', () => {
    expect(carrierInText('TMobile: payment received')?.name).toBe('T-Mobile');
    expect(carrierInText('T Mobile: payment received')?.name).toBe('T-Mobile');
    expect(carrierInText('Lycamobile: top-up done')?.name).toBe('Lyca Mobile');
    expect(carrierInText('Cricket: payment received')?.name).toBe('Cricket Wireless');
    expect(carrierInText('MetroPCS: payment received')?.name).toBe('Metro by T-Mobile');
    expect(carrierInText('H2O: refill done')?.name).toBe('H2O Wireless');
    expect(carrierInText('AT&amp;T receipt')?.name).toBe('AT&T');
    expect(carrierInText('see mintmobile.com')?.name).toBe('Mint Mobile');
  });

  it('reads Metro by T-Mobile as one carrier', () => {
    expect(carrierInText('Metro by T-Mobile: payment received')).toEqual({
      name: 'Metro by T-Mobile',
    });
  });

  it('takes "visible" as the carrier only where it signs as one', () => {
    expect(carrierInText('Visible: your payment was received')?.name).toBe('Visible');
    expect(carrierInText('Pay at visible.com')?.name).toBe('Visible');
    expect(carrierInText('The charge is visible in your account')).toBeUndefined();
  });

  it.each([
    [
      'China Mobile Hong Kong',
      'HKD',
      ['中國移動香港', '中国移动香港', 'China Mobile Hong Kong', 'CMHK'],
    ],
    ['China Mobile', 'CNY', ['中国移动', '中國移動', 'China Mobile', 'ChinaMobile']],
    ['China Unicom', 'CNY', ['中国联通', '中國聯通', 'China Unicom']],
    ['China Telecom', 'CNY', ['中国电信', '中國電信', 'China Telecom']],
    ['Chunghwa Telecom', 'TWD', ['中華電信', '中华电信', 'Chunghwa Telecom']],
    ['Taiwan Mobile', 'TWD', ['台灣大哥大', '台湾大哥大', 'Taiwan Mobile']],
    ['FarEasTone', 'TWD', ['遠傳電信', '远传', 'FarEasTone', 'Far EasTone']],
  ])('knows %s in both scripts and in English, billing in %s', (name, currency, names) => {
    for (const written of names) {
      expect(carrierInText(`【${written}】您好`), written).toEqual({ name, currency });
    }
  });

  it('does not take a name inside another word', () => {
    expect(carrierInText('Hotello booking')).toBeUndefined();
    expect(carrierInText('Mint Mobiles')).toBeUndefined();
    expect(carrierInText('verizons')).toBeUndefined();
  });

  it('names no carrier when the text names none or several', () => {
    expect(carrierInText('Your package is on its way')).toBeUndefined();
    expect(carrierInText('Mint Mobile runs on the T-Mobile network')).toBeUndefined();
    expect(carrierInText('T-Mobile payment. T-Mobile thanks you.')?.name).toBe('T-Mobile');
  });
});
