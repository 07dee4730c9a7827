// What a due-date alert says and does, built once for the page and the service worker alike. The
// words are catalog keys with their values; the caller translates them in the user's language.
import { atRiskOn } from './line-state';
import { formatMoney, type Money } from './money';
import { compareDates, daysBetween, type PlainDate } from './plain-date';
import { formatPlainDate } from './plain-date-format';

export type AlertSubject = {
  id: string;
  name: string;
  carrier: string;
  price: Money;
  nextDue: PlainDate;
  graceDays: number;
};

export type AlertMessageKey =
  | 'alerts.dueIn'
  | 'alerts.dueTomorrow'
  | 'alerts.dueToday'
  | 'alerts.overdue'
  | 'alerts.atRiskOn'
  | 'alerts.atRiskSince'
  | 'alerts.details'
  | 'alerts.detailsNoCarrier'
  | 'alerts.logTopUp'
  | 'alerts.snooze'
  | 'alerts.testTitle'
  | 'alerts.testBody'
  | 'calendar.name'
  | 'calendar.summary'
  | 'calendar.phone';

export type AlertMessage = { key: AlertMessageKey; values?: Record<string, string | number> };

export type Translate = (message: AlertMessage) => string;

export const ALERT_ACTIONS = { log: 'log', snooze: 'snooze' } as const;

/** Kept on the notification, so that a click knows what it is about. */
export type AlertData = { kind: 'due'; lineId: string } | { kind: 'test' };

/** The two arguments of showNotification, with `actions`, which the DOM typings leave out. */
export type AlertNotification = {
  title: string;
  options: {
    body: string;
    tag: string;
    lang: string;
    icon: string;
    badge: string;
    data: AlertData;
    actions: { action: string; title: string }[];
  };
};

const ICON = '/pwa-192x192.png';
const BADGE = '/pwa-64x64.png';

function titleOf(line: AlertSubject, today: PlainDate): AlertMessage {
  const name = line.name;
  const daysLeft = daysBetween(today, line.nextDue);
  if (daysLeft > 1) return { key: 'alerts.dueIn', values: { name, count: daysLeft } };
  if (daysLeft === 1) return { key: 'alerts.dueTomorrow', values: { name } };
  if (daysLeft === 0) return { key: 'alerts.dueToday', values: { name } };
  return { key: 'alerts.overdue', values: { name, count: -daysLeft } };
}

/** The alert's headline and its lines of detail: amount, carrier and, once overdue, the risk. */
export function alertMessages(
  line: AlertSubject,
  today: PlainDate,
  locale: string,
): { title: AlertMessage; body: AlertMessage[] } {
  const amount = formatMoney(line.price, locale);
  const carrier = line.carrier.trim();
  const body: AlertMessage[] = [
    carrier
      ? { key: 'alerts.details', values: { amount, carrier } }
      : { key: 'alerts.detailsNoCarrier', values: { amount } },
  ];
  if (compareDates(today, line.nextDue) > 0) {
    const riskDate = atRiskOn(line);
    const date = formatPlainDate(riskDate, locale);
    body.push(
      compareDates(today, riskDate) < 0
        ? { key: 'alerts.atRiskOn', values: { date } }
        : { key: 'alerts.atRiskSince', values: { date } },
    );
  }
  return { title: titleOf(line, today), body };
}

/**
 * The notification for a line's alert. One tag per line, so a newer stage replaces the older
 * notification instead of piling up beside it.
 */
export function dueAlertNotification(
  line: AlertSubject,
  today: PlainDate,
  locale: string,
  translate: Translate,
): AlertNotification {
  const { title, body } = alertMessages(line, today, locale);
  return {
    title: translate(title),
    options: {
      body: body.map(translate).join('\n'),
      tag: `due:${line.id}`,
      lang: locale,
      icon: ICON,
      badge: BADGE,
      data: { kind: 'due', lineId: line.id },
      actions: [
        { action: ALERT_ACTIONS.log, title: translate({ key: 'alerts.logTopUp' }) },
        { action: ALERT_ACTIONS.snooze, title: translate({ key: 'alerts.snooze' }) },
      ],
    },
  };
}

/** "Send a test alert": proves the whole path from the app to the system's notifications. */
export function testAlertNotification(locale: string, translate: Translate): AlertNotification {
  return {
    title: translate({ key: 'alerts.testTitle' }),
    options: {
      body: translate({ key: 'alerts.testBody' }),
      tag: 'test',
      lang: locale,
      icon: ICON,
      badge: BADGE,
      data: { kind: 'test' },
      actions: [],
    },
  };
}

export type ClickPlan = { kind: 'open'; path: string } | { kind: 'snooze'; lineId: string };

function isAlertData(value: unknown): value is AlertData {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'test') return true;
  return value.kind === 'due' && 'lineId' in value && typeof value.lineId === 'string';
}

/**
 * What a click on a notification (or one of its actions) does: Snooze silences the line until
 * tomorrow's reminder time; Log top-up and the notification itself open that line's top-up form.
 */
export function notificationClickPlan(action: string, data: unknown): ClickPlan {
  if (!isAlertData(data)) return { kind: 'open', path: '/' };
  if (data.kind === 'test') return { kind: 'open', path: '/settings' };
  if (action === ALERT_ACTIONS.snooze) return { kind: 'snooze', lineId: data.lineId };
  return { kind: 'open', path: `/plans/${encodeURIComponent(data.lineId)}/top-up` };
}
