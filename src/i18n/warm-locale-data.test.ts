import { describe, expect, it } from 'vitest';
import { warmLocaleData } from './warm-locale-data';

describe('warmLocaleData', () => {
  it('accepts the languages a device may report, none at all or tags the engine refuses', () => {
    for (const languages of [
      ['en-US', 'en'],
      ['zh-TW'],
      ['zh-Hans-CN', 'en'],
      [],
      ['not a tag!'],
    ]) {
      expect(() => {
        warmLocaleData(languages);
      }).not.toThrow();
    }
  });
});
