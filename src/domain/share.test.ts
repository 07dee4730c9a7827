import { describe, expect, it } from 'vitest';
import { SHARE_FILES_FIELD, SHARE_TARGET_ACTION, shareLandingPath } from './share';

describe('the share target contract', () => {
  it('receives at /share-target with the files in the "receipt" field, as the manifest says', () => {
    expect([SHARE_TARGET_ACTION, SHARE_FILES_FIELD]).toEqual(['/share-target', 'receipt']);
  });

  it('lands on Log this receipt with the kept share, or says it could not be kept', () => {
    expect(shareLandingPath('a b/c')).toBe('/log?share=a%20b%2Fc');
    expect(shareLandingPath(null)).toBe('/log?share=failed');
  });
});
