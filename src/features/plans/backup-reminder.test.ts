import { describe, expect, it } from 'vitest';
import type { LineRow } from '@/db/rows';
import { lineInput } from '@/testing/db-fixtures';
import { needsBackupReminder } from './backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const line = (createdAt: number): LineRow => ({
  ...lineInput(),
  id: 'l',
  archived: false,
  createdAt,
  updatedAt: createdAt,
});

describe('needsBackupReminder', () => {
  it('stays quiet with no plans, or within 30 days of the first plan or the last backup', () => {
    expect(needsBackupReminder([], 0, 100 * DAY)).toBe(false);
    expect(needsBackupReminder([line(80 * DAY)], 0, 100 * DAY)).toBe(false);
    expect(needsBackupReminder([line(0)], 75 * DAY, 100 * DAY)).toBe(false);
  });

  it('reminds 30 days after the first plan when never backed up, or 30 days after the last backup', () => {
    expect(needsBackupReminder([line(70 * DAY), line(90 * DAY)], 0, 100 * DAY)).toBe(true);
    expect(needsBackupReminder([line(0)], 70 * DAY, 100 * DAY)).toBe(true);
  });
});
