import { describe, expect, it } from 'vitest';
import { DUE_CHECK_MIN_INTERVAL_MS, DUE_CHECK_TAG } from './due-check-schedule';

describe('the background check’s schedule', () => {
  // Installed apps registered the check under this tag; another would leave theirs unanswered.
  it('keeps the tag that installed apps registered', () => {
    expect(DUE_CHECK_TAG).toBe('due-check');
  });

  it('asks for the check at most twice a day', () => {
    expect(DUE_CHECK_MIN_INTERVAL_MS).toBe(12 * 60 * 60 * 1000);
  });
});
