// The words domain/ asks for: catalog keys with their values, which the caller translates in the
// user's language (the page with its own translator, the worker with the catalogs it carries).
import type { ActivityKind } from './activity-rule';
import type { LostCause } from './number-lost';

export type MessageKey =
  | 'alerts.dueIn'
  | 'alerts.dueTomorrow'
  | 'alerts.dueToday'
  | 'alerts.overdue'
  | 'alerts.atRiskOn'
  | 'alerts.atRiskSince'
  | 'alerts.details'
  | 'alerts.detailsNoCarrier'
  | 'alerts.step'
  | 'alerts.lostOn'
  | 'alerts.lostSince'
  | 'alerts.portOut'
  | 'alerts.portOutBody'
  | 'alerts.logTopUp'
  | 'alerts.logUse'
  | 'alerts.snooze'
  | 'alerts.testTitle'
  | 'alerts.testBody'
  | 'calendar.name'
  | 'calendar.summary'
  | 'calendar.phone'
  | `steps.${LostCause}`
  | `activityKinds.${ActivityKind}`;

export type Message = { key: MessageKey; values?: Record<string, string | number> };

export type Translate = (message: Message) => string;
