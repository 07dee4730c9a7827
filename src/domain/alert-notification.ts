// What an alert says and does, built once for the page and the service worker alike: a payment's
// due date, or another rule's day to act by (activity, balance, credit). The words are catalog
// keys with their values; the caller translates them in the user's language.
import { atRiskOn } from './line-state';
import { formatMoney, type Money } from './money';
import { compareDates, daysBetween, type PlainDate } from './plain-date';
import { formatPlainDate } from './plain-date-format';
import type { Reason, ReminderCause } from './reminders';
import { stepSentence } from './step-sentence';
import type { Message, Translate } from './translate';

export type AlertSubject = {
  id: string;
  name: string;
  carrier: string;
  price: Money;
  nextDue: PlainDate;
  graceDays: number;
};

export const ALERT_ACTIONS = { log: 'log', logUse: 'log-use', snooze: 'snooze' } as const;

/** Kept on the notification, so that a click knows what it is about. */
export type AlertData = { kind: 'due'; lineId: string; cause?: ReminderCause } | { kind: 'test' };

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

function titleOf(line: AlertSubject, today: PlainDate): Message {
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
): { title: Message; body: Message[] } {
  const amount = formatMoney(line.price, locale);
  const carrier = line.carrier.trim();
  const body: Message[] = [
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
 * What the alert for one of the line's reasons says, translated: a payment's alert counts the days
 * to its due date; another rule's says what to do by when, and when the number is lost; a PIN's,
 * when it expires.
 */
export function alertText(
  line: AlertSubject,
  step: Reason,
  today: PlainDate,
  locale: string,
  translate: Translate,
): { title: string; body: string[] } {
  if (step.cause === 'port-out') {
    const date = formatPlainDate(step.by, locale);
    return {
      title: translate({ key: 'alerts.portOut', values: { name: line.name, date } }),
      body: [translate({ key: 'alerts.portOutBody' })],
    };
  }
  if (step.cause === 'payment') {
    const { title, body } = alertMessages({ ...line, nextDue: step.by }, today, locale);
    return { title: translate(title), body: body.map(translate) };
  }
  const sentence = stepSentence(step, formatPlainDate(step.by, locale), locale, translate);
  const date = formatPlainDate(step.lostOn, locale);
  const lost = compareDates(today, step.lostOn) >= 0;
  return {
    title: translate({ key: 'alerts.step', values: { name: line.name, step: sentence } }),
    body: [translate({ key: lost ? 'alerts.lostSince' : 'alerts.lostOn', values: { date } })],
  };
}

/**
 * The notification for one of a line's reasons. One tag per line and reason, so that a newer stage
 * replaces the older notification instead of piling up beside it. An activity's alert offers Log
 * use; a PIN's only Snooze; the others, Log top-up.
 */
export function dueAlertNotification(
  line: AlertSubject,
  step: Reason,
  today: PlainDate,
  locale: string,
  translate: Translate,
): AlertNotification {
  const { title, body } = alertText(line, step, today, locale, translate);
  const snooze = { action: ALERT_ACTIONS.snooze, title: translate({ key: 'alerts.snooze' }) };
  const log =
    step.cause === 'activity'
      ? { action: ALERT_ACTIONS.logUse, title: translate({ key: 'alerts.logUse' }) }
      : { action: ALERT_ACTIONS.log, title: translate({ key: 'alerts.logTopUp' }) };
  return {
    title,
    options: {
      body: body.join('\n'),
      tag: step.cause === 'payment' ? `due:${line.id}` : `${step.cause}:${line.id}`,
      lang: locale,
      icon: ICON,
      badge: BADGE,
      data: { kind: 'due', lineId: line.id, cause: step.cause },
      actions: step.cause === 'port-out' ? [snooze] : [log, snooze],
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
 * What the app opens for a line: its use form for an activity's alert, its page for a PIN's, else
 * its top-up form.
 */
function logPath(lineId: string, action: string, cause: unknown): string {
  const line = `/plans/${encodeURIComponent(lineId)}`;
  if (action === '' && cause === 'port-out') return line;
  const use = action === ALERT_ACTIONS.logUse || (action === '' && cause === 'activity');
  return `${line}/${use ? 'use' : 'top-up'}`;
}

/**
 * What a click on a notification (or one of its actions) does: Snooze silences the line until
 * tomorrow's reminder time; Log top-up, Log use and the notification itself open that line's form.
 */
export function notificationClickPlan(action: string, data: unknown): ClickPlan {
  if (!isAlertData(data)) return { kind: 'open', path: '/' };
  if (data.kind === 'test') return { kind: 'open', path: '/settings' };
  if (action === ALERT_ACTIONS.snooze) return { kind: 'snooze', lineId: data.lineId };
  return { kind: 'open', path: logPath(data.lineId, action, data.cause) };
}
