import { describe, expect, it } from 'vitest';
import { CARRIERS, findCarrier } from './carriers';

describe('carrier presets', () => {
  it('finds a preset whatever the case and spacing', () => {
    expect(findCarrier('mint mobile')?.website).toBe('https://www.mintmobile.com/');
    expect(findCarrier(' T-MOBILE ')?.name).toBe('T-Mobile');
    expect(findCarrier('MintMobile')?.name).toBe('Mint Mobile');
  });

  it('finds nothing for an unknown or empty name', () => {
    expect(findCarrier('Some Local Carrier')).toBeUndefined();
    expect(findCarrier('  ')).toBeUndefined();
  });

  it('lists only https sites, each once', () => {
    for (const carrier of CARRIERS) expect(carrier.website).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
    expect(new Set(CARRIERS.map((carrier) => carrier.name)).size).toBe(CARRIERS.length);
  });
});
