import { describe, expect, it } from 'vitest';
import type { NextStep } from './number-lost';
import {
  alertMessages,
  alertText,
  dueAlertNotification,
  notificationClickPlan,
  testAlertNotification,
  type AlertSubject,
} from './alert-notification';
import type { Message } from './translate';
import { d } from './dates.fixture';

const line: AlertSubject = {
  id: 'line-1',
  name: 'Mint',
  carrier: 'Mint Mobile',
  price: { minor: 1500, currency: 'USD' },
  nextDue: d('2027-01-31'),
  graceDays: 3,
};

/** A translator that shows the key and its values, so the tests see exactly what was asked. */
const show = ({ key, values }: Message) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`
    : key;

describe('alertMessages', () => {
  it.each([
    ['2027-01-28', 'alerts.dueIn(name=Mint,count=3)'],
    ['2027-01-29', 'alerts.dueIn(name=Mint,count=2)'],
    ['2027-01-30', 'alerts.dueTomorrow(name=Mint)'],
    ['2027-01-31', 'alerts.dueToday(name=Mint)'],
    ['2027-02-01', 'alerts.overdue(name=Mint,count=1)'],
    ['2027-02-10', 'alerts.overdue(name=Mint,count=10)'],
  ])('on %s the title is %s', (today, title) => {
    expect(show(alertMessages(line, d(today), 'en-US').title)).toBe(title);
  });

  it('gives amount and carrier, and no risk before the due date passes', () => {
    const { body } = alertMessages(line, d('2027-01-31'), 'en-US');
    expect(body.map(show)).toEqual(['alerts.details(amount=$15.00,carrier=Mint Mobile)']);
  });

  it('says when the number will be at risk while overdue within the grace days', () => {
    const { body } = alertMessages(line, d('2027-02-03'), 'en-US');
    expect(body.map(show)).toEqual([
      'alerts.details(amount=$15.00,carrier=Mint Mobile)',
      'alerts.atRiskOn(date=Feb 4, 2027)',
    ]);
  });

  it('says since when the number has been at risk once the grace days are over', () => {
    const { body } = alertMessages(line, d('2027-02-04'), 'en-US');
    expect(body.map(show)).toContain('alerts.atRiskSince(date=Feb 4, 2027)');
  });

  it('leaves the carrier out when there is none, and words money and dates in the locale', () => {
    const { body } = alertMessages({ ...line, carrier: '  ' }, d('2027-02-03'), 'zh-Hans');
    expect(body.map(show)).toEqual([
      'alerts.detailsNoCarrier(amount=US$15.00)',
      'alerts.atRiskOn(date=2027年2月4日)',
    ]);
  });
});

const payment: NextStep = {
  cause: 'payment',
  by: line.nextDue,
  lostOn: d('2027-02-04'),
  amount: line.price,
};

const activity: NextStep = {
  cause: 'activity',
  by: d('2027-06-03'),
  lostOn: d('2027-06-04'),
  counts: ['sms', 'call'],
};

describe('alertText for a rule other than the payment', () => {
  it('says what to do by when, and when the number is lost', () => {
    expect(alertText(line, activity, d('2027-06-01'), 'en-US', show)).toEqual({
      title:
        'alerts.step(name=Mint,step=steps.activity(kinds=activityKinds.sms or activityKinds.call,date=Jun 3, 2027))',
      body: ['alerts.lostOn(date=Jun 4, 2027)'],
    });
  });

  it('says the number may be lost from its lost-on day', () => {
    expect(alertText(line, activity, d('2027-06-04'), 'en-US', show).body).toEqual([
      'alerts.lostSince(date=Jun 4, 2027)',
    ]);
  });

  it('words a balance shortfall with the amount to top up', () => {
    const balance: NextStep = { ...payment, cause: 'balance', covered: 1 };
    expect(alertText(line, balance, d('2027-01-29'), 'en-US', show).title).toBe(
      'alerts.step(name=Mint,step=steps.balance(amount=$15.00,date=Jan 31, 2027))',
    );
  });
});

describe('a port-out PIN’s alert', () => {
  it('says when the PIN expires, offers only Snooze, and opens the line', () => {
    const reason = { cause: 'port-out' as const, by: d('2027-01-30') };
    const { title, options } = dueAlertNotification(line, reason, d('2027-01-27'), 'en-US', show);
    expect(title).toBe('alerts.portOut(name=Mint,date=Jan 30, 2027)');
    expect(options.body).toBe('alerts.portOutBody');
    expect(options.actions).toEqual([{ action: 'snooze', title: 'alerts.snooze' }]);
    expect(notificationClickPlan('', options.data)).toEqual({
      kind: 'open',
      path: '/plans/line-1',
    });
  });
});

describe('dueAlertNotification', () => {
  it('for an activity is tagged by line and rule, and offers Log use, which opens the use form', () => {
    const { options } = dueAlertNotification(line, activity, d('2027-06-01'), 'en-US', show);
    expect(options).toMatchObject({
      tag: 'activity:line-1',
      data: { kind: 'due', lineId: 'line-1', cause: 'activity' },
      actions: [
        { action: 'log-use', title: 'alerts.logUse' },
        { action: 'snooze', title: 'alerts.snooze' },
      ],
    });
    expect(notificationClickPlan('log-use', options.data)).toEqual({
      kind: 'open',
      path: '/plans/line-1/use',
    });
    expect(notificationClickPlan('', options.data)).toEqual({
      kind: 'open',
      path: '/plans/line-1/use',
    });
  });

  it('is tagged by line, carries the line for the click, and offers Log top-up and Snooze', () => {
    const { title, options } = dueAlertNotification(line, payment, d('2027-01-29'), 'en-US', show);
    expect(title).toBe('alerts.dueIn(name=Mint,count=2)');
    expect(options).toMatchObject({
      body: 'alerts.details(amount=$15.00,carrier=Mint Mobile)',
      tag: 'due:line-1',
      lang: 'en-US',
      data: { kind: 'due', lineId: 'line-1', cause: 'payment' },
      actions: [
        { action: 'log', title: 'alerts.logTopUp' },
        { action: 'snooze', title: 'alerts.snooze' },
      ],
    });
  });

  it('puts every line of detail on its own line of the body', () => {
    const { options } = dueAlertNotification(line, payment, d('2027-02-02'), 'en-US', show);
    expect(options.body.split('\n')).toHaveLength(2);
  });

  it('shows the app icon and badge', () => {
    const { options } = dueAlertNotification(line, payment, d('2027-01-29'), 'en-US', show);
    expect([options.icon, options.badge]).toEqual(['/pwa-192x192.png', '/pwa-64x64.png']);
  });

  it('has a test alert, without actions, that opens Settings', () => {
    const alert = testAlertNotification('zh-Hans', show);
    expect(alert).toEqual({
      title: 'alerts.testTitle',
      options: {
        body: 'alerts.testBody',
        tag: 'test',
        lang: 'zh-Hans',
        icon: '/pwa-192x192.png',
        badge: '/pwa-64x64.png',
        data: { kind: 'test' },
        actions: [],
      },
    });
    expect(notificationClickPlan('', alert.options.data)).toEqual({
      kind: 'open',
      path: '/settings',
    });
  });
});

describe('notificationClickPlan', () => {
  const data = { kind: 'due', lineId: 'line 1/2' };

  it('opens the line’s top-up form on a click or on Log top-up', () => {
    const open = { kind: 'open', path: '/plans/line%201%2F2/top-up' };
    expect(notificationClickPlan('', data)).toEqual(open);
    expect(notificationClickPlan('log', data)).toEqual(open);
  });

  it('snoozes the line on Snooze, without opening anything', () => {
    expect(notificationClickPlan('snooze', data)).toEqual({ kind: 'snooze', lineId: 'line 1/2' });
  });

  it.each([
    null,
    undefined,
    'text',
    {},
    { kind: 'due' },
    { kind: 'due', lineId: 7 },
    { kind: 'x' },
  ])('opens the app’s home for a notification it does not know (%j)', (unknown) => {
    expect(notificationClickPlan('snooze', unknown)).toEqual({ kind: 'open', path: '/' });
  });
});
