import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlertNotification } from '@/domain/alert-notification';
import type { Message } from '@/domain/translate';
import type { LocalDateTime } from '@/domain/local-date-time';
import {
  claimDueAlerts,
  type Notifier,
  raiseDueAlerts,
  readAttentionCount,
  recordBackgroundCheck,
  snoozeLine,
} from './alerts';
import { db } from './database';
import { createLine, setLineArchived } from './lines';
import { readSettings, saveSetting } from './settings';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from './top-ups';
import { logUse } from './uses';

beforeEach(resetDatabase);

const at = (day: string, time = '10:00'): LocalDateTime => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { date: date(day), minutes: hours * 60 + minutes };
};

/** Due 2027-01-31, reminded 3, 1 and 0 days before at 09:00. */
const addLine = (overrides = {}) => createLine(lineInput(overrides), 1000);

const stagesOf = (alerts: { stage: { stage: string } }[]) => alerts.map(({ stage }) => stage.stage);

describe('claimDueAlerts', () => {
  it('claims the stage owed now once: a second check finds nothing', async () => {
    const id = await addLine();
    const first = await claimDueAlerts(at('2027-01-29'));
    expect(first.map(({ line, stage }) => [line.id, stage.key])).toEqual([
      [id, `${id}|2027-01-31|lead-3`],
    ]);
    expect(await claimDueAlerts(at('2027-01-29', '23:59'))).toEqual([]);
    expect(await db.reminderLog.count()).toBe(1);
  });

  it('claims the next stage when it comes, and nothing before the first one', async () => {
    await addLine();
    expect(await claimDueAlerts(at('2027-01-28', '08:59'))).toEqual([]);
    expect(stagesOf(await claimDueAlerts(at('2027-01-28', '09:00')))).toEqual(['lead-3']);
    expect(stagesOf(await claimDueAlerts(at('2027-01-30', '09:00')))).toEqual(['lead-1']);
    expect(stagesOf(await claimDueAlerts(at('2027-01-31', '09:00')))).toEqual(['lead-0']);
    expect(stagesOf(await claimDueAlerts(at('2027-02-01', '09:00')))).toEqual(['overdue-1']);
  });

  it('raises nothing twice when the page and the worker check at the same moment', async () => {
    await addLine();
    await addLine({ name: 'Second', nextDue: date('2027-01-30') });
    const checks = await Promise.all([
      claimDueAlerts(at('2027-01-29')),
      claimDueAlerts(at('2027-01-29')),
      claimDueAlerts(at('2027-01-29')),
    ]);
    expect(checks.flat()).toHaveLength(2);
  });

  it('leaves archived lines silent', async () => {
    const id = await addLine();
    await setLineArchived(id, true);
    expect(await claimDueAlerts(at('2027-01-29'))).toEqual([]);
  });

  it('uses the reminder time from the settings', async () => {
    await addLine();
    await saveSetting('reminderTime', '18:30');
    expect(await claimDueAlerts(at('2027-01-28', '18:29'))).toEqual([]);
    expect(stagesOf(await claimDueAlerts(at('2027-01-28', '18:30')))).toEqual(['lead-3']);
  });

  it('starts over for the new due date after a top-up', async () => {
    const id = await addLine();
    expect(stagesOf(await claimDueAlerts(at('2027-01-31')))).toEqual(['lead-0']);
    await logTopUp(id, topUpInput({ paidOn: date('2027-01-31') }), [], 2000);
    // Due Feb 28 now: nothing owed on Jan 31, then its own stages.
    expect(await claimDueAlerts(at('2027-01-31', '23:00'))).toEqual([]);
    expect(stagesOf(await claimDueAlerts(at('2027-02-25')))).toEqual(['lead-3']);
  });

  it('claims an activity rule’s stages under keys of their own, and a logged use moves them', async () => {
    const activity = {
      every: 6,
      unit: 'months' as const,
      counts: ['sms' as const],
      since: date('2026-08-05'),
    };
    const id = await addLine({ nextDue: date('2027-12-31'), activity });
    const first = await claimDueAlerts(at('2027-02-02'));
    expect(first.map(({ stage, reason }) => [stage.key, reason.cause])).toEqual([
      [`${id}|2027-02-05|activity:lead-3`, 'activity'],
    ]);
    expect(await claimDueAlerts(at('2027-02-02', '23:00'))).toEqual([]);
    expect(stagesOf(await claimDueAlerts(at('2027-02-06')))).toEqual(['activity:overdue-1']);
    await logUse(id, { usedOn: date('2027-02-06'), kind: 'sms', note: '' });
    expect(await claimDueAlerts(at('2027-02-06', '23:00'))).toEqual([]);
    expect(stagesOf(await claimDueAlerts(at('2027-08-03')))).toEqual(['activity:lead-3']);
  });
});

describe('raiseDueAlerts', () => {
  /** Words each message by its key, so the tests see which message was asked for. */
  const byKey = ({ key }: Message) => key;

  /** A notifier that keeps what it was asked to show, in place of the worker's registration. */
  function recordingNotifier() {
    const shown: { title: string; options: AlertNotification['options'] }[] = [];
    const notifier: Notifier = {
      showNotification: async (title, options) => {
        shown.push({ title, options });
      },
    };
    return { shown, notifier };
  }

  it('shows each claimed alert as the line’s notification and counts them', async () => {
    const id = await addLine();
    const { shown, notifier } = recordingNotifier();
    expect(await raiseDueAlerts(at('2027-01-29'), 'en-US', byKey, notifier)).toBe(1);
    expect(shown).toEqual([
      {
        title: 'alerts.dueIn',
        options: expect.objectContaining({
          tag: `due:${id}`,
          lang: 'en-US',
          data: { kind: 'due', lineId: id, cause: 'payment' },
        }),
      },
    ]);
    expect(await raiseDueAlerts(at('2027-01-29', '23:00'), 'en-US', byKey, notifier)).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('gives an alert back when it could not be shown, so the next check raises it', async () => {
    await addLine();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing: Notifier = {
      showNotification: async () => {
        throw new Error('no notifications');
      },
    };
    expect(await raiseDueAlerts(at('2027-01-29'), 'en-US', byKey, failing)).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    expect(await db.reminderLog.count()).toBe(0);
    const { shown, notifier } = recordingNotifier();
    expect(await raiseDueAlerts(at('2027-01-29'), 'en-US', byKey, notifier)).toBe(1);
    expect(shown.map(({ title }) => title)).toEqual(['alerts.dueIn']);
  });
});

describe('snoozeLine', () => {
  it('silences the line until the reminder time tomorrow, then reminds again', async () => {
    const id = await addLine();
    expect(stagesOf(await claimDueAlerts(at('2027-01-28', '09:05')))).toEqual(['lead-3']);
    await snoozeLine(id, at('2027-01-28', '09:10'));
    expect((await db.lines.get(id))?.snoozedUntil).toEqual(at('2027-01-29', '09:00'));
    expect(await claimDueAlerts(at('2027-01-29', '08:59'))).toEqual([]);
    // Still the lead-3 stage on the 29th, shown again because the user asked for it.
    expect(stagesOf(await claimDueAlerts(at('2027-01-29', '09:00')))).toEqual(['lead-3']);
  });

  it('keeps the log of other due dates and does nothing for a missing line', async () => {
    const id = await addLine();
    await db.reminderLog.add({
      key: `${id}|2026-12-31|lead-0`,
      lineId: id,
      dueDate: date('2026-12-31'),
      stage: 'lead-0',
      shownAt: 1,
    });
    await snoozeLine(id, at('2027-01-29'));
    expect(await db.reminderLog.count()).toBe(1);
    await snoozeLine('missing', at('2027-01-29'));
    expect(await db.lines.count()).toBe(1);
  });

  it('ends when the line is paid', async () => {
    const id = await addLine();
    await snoozeLine(id, at('2027-01-29'));
    await logTopUp(id, topUpInput(), [], 2000);
    expect((await db.lines.get(id))?.snoozedUntil).toBeUndefined();
  });
});

describe('readAttentionCount', () => {
  it('counts lines inside their reminder window or overdue, not archived ones', async () => {
    await addLine(); // due Jan 31, window from Jan 28
    await addLine({ nextDue: date('2027-01-20') }); // overdue on the 29th
    await addLine({ nextDue: date('2027-03-01') }); // far off
    const archived = await addLine({ nextDue: date('2027-01-29') });
    await setLineArchived(archived, true);
    expect(await readAttentionCount(date('2027-01-27'))).toBe(1);
    expect(await readAttentionCount(date('2027-01-28'))).toBe(2);
  });
});

describe('recordBackgroundCheck', () => {
  it('keeps the time of the last background check in the settings', async () => {
    expect((await readSettings()).lastBackgroundCheckAt).toBe(0);
    await recordBackgroundCheck(new Date(1_800_000_000_000));
    expect((await readSettings()).lastBackgroundCheckAt).toBe(1_800_000_000_000);
  });
});
