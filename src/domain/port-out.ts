// What moving a number to another carrier needs, kept with the line so that it is at hand the day
// it is needed: the account number, the billing ZIP, when the port-out PIN (a PAC in the UK) was
// issued and when it expires, and the accounts that depend on the number.
import { addDays, type PlainDate } from './plain-date';

export interface PortOutKit {
  accountNumber: string;
  billingZip: string;
  pinIssuedOn?: PlainDate;
  pinExpiresOn?: PlainDate;
  /** The accounts that depend on the number: bank, messaging, government, two-factor codes. */
  usedFor: string;
}

/**
 * When a PIN issued on `issuedOn` expires, where the carrier states how many days one lasts:
 * the day it was issued counts as the first of them.
 */
export function pinExpiry(issuedOn: PlainDate, pinDays: number): PlainDate {
  return addDays(issuedOn, pinDays - 1);
}
