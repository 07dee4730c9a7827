// What each carrier's own pages say keeps a number alive: the activity rule, grace days, renewal
// from a balance, credit expiry and port-out code lifetime, each with the page that states it.
import type { ActivityKind, ActivityUnit } from './activity-rule';
import { findCarrier } from './carriers';
import { plainDate, type PlainDate } from './plain-date';

export type { ActivityKind };

/** A fact with the carrier page that states it and the day that page was read. */
export interface Sourced<T> {
  value: T;
  /** The address of the carrier's own page (help, FAQ or terms) that states the fact. */
  source: string;
  /** The day the page was read, as YYYY-MM-DD. */
  checked: PlainDate;
  /** The page's own short sentence stating the fact, so a reader can find it there. */
  quote?: string;
}

export interface CarrierFacts {
  /** The carrier's name exactly as in CARRIERS (carriers.ts). */
  carrier: string;
  country: 'US' | 'GB' | 'HK';
  /** A chargeable use needed at least this often, and the kinds of use the carrier counts. */
  activity?: Sourced<{ every: number; unit: ActivityUnit; counts: readonly ActivityKind[] }>;
  /** Days after a missed payment or a lapsed activity rule before the number is lost. */
  graceDays?: Sourced<number>;
  /** Whether the plan renews by taking its price from the account balance. */
  renewsFromBalance?: Sourced<boolean>;
  /** Days after purchase that credit expires. */
  creditExpiryDays?: Sourced<number>;
  /** Days a port-out PIN (a PAC in the UK) stays valid once issued. */
  portOutPinDays?: Sourced<number>;
}

// Every page below was read on this day; a fact re-read later gets its own date.
const CHECKED = plainDate(2026, 12, 5);

// Only what a carrier's own page states is listed; a fact that could not be read there is left
// out rather than guessed, so some carriers have few facts or none. Regulators' pages (Ofcom, the
// FCC) and third-party guides are not sources here, however often they repeat a number.
export const CARRIER_FACTS: readonly CarrierFacts[] = [
  {
    carrier: 'giffgaff',
    country: 'GB',
    activity: {
      value: { every: 6, unit: 'months', counts: ['call', 'sms', 'data', 'top-up'] },
      source: 'https://www.giffgaff.com/boiler-plate/cancellation-rights',
      checked: CHECKED,
      quote:
        'Your SIM Card will be disconnected unless, at least once every six months, your Account is used to: make at least one call, SMS or MMS to another number (…); make at least one connection to the Internet; make at least one airtime credit or Bundle purchase',
    },
    portOutPinDays: {
      value: 30,
      source:
        'https://help.giffgaff.com/en/articles/240764-how-do-i-cancel-my-contract-within-the-first-14-days',
      checked: CHECKED,
      quote: 'PAC codes are valid for 30 days.',
    },
  },
  {
    // Pay as you go. Calls, texts and data only count when they are charged: use within a pack's
    // allowance does not.
    carrier: 'EE',
    country: 'GB',
    activity: {
      value: { every: 179, unit: 'days', counts: ['call', 'sms', 'data', 'top-up'] },
      source:
        'https://community.ee.co.uk/t5/Pay-as-you-go/What-is-pay-as-you-go-and-flex-hibernation-and-how-do-I-stop-it/td-p/1198642/page/2',
      checked: CHECKED,
      quote:
        'If you haven’t used your phone for any chargeable activity for 179 days, your account will go into hibernation and any credit will be removed.',
    },
    // 269 days of no chargeable activity less the 179 above: the hibernating number can be got
    // back until then (it is recycled at 273 days).
    graceDays: {
      value: 90,
      source:
        'https://community.ee.co.uk/t5/Pay-as-you-go/What-is-pay-as-you-go-and-flex-hibernation-and-how-do-I-stop-it/td-p/1198642/page/2',
      checked: CHECKED,
      quote:
        'When your number is in hibernation, it is still possible to get it back until you’ve reached 269 days of no chargeable activity.',
    },
    portOutPinDays: {
      value: 30,
      source:
        'https://community.ee.co.uk/t5/Porting-your-number/Moving-your-EE-number-to-another-network-How-to-request-a-PAC/td-p/523971',
      checked: CHECKED,
      quote: 'Your PAC code is valid for 30 days only',
    },
  },
  {
    // Pay as you go. The page names a text and a top-up as examples of a chargeable activity;
    // only those two are listed, as calls and data are not named there.
    carrier: 'Vodafone UK',
    country: 'GB',
    activity: {
      value: { every: 180, unit: 'days', counts: ['sms', 'top-up'] },
      source:
        'https://www.vodafone.co.uk/about-us/customer-info/keeping-your-pay-as-you-go-number-active/index.htm',
      checked: CHECKED,
      quote:
        'To keep your Pay as you go number active, you need to use it for at least one chargeable activity – like sending a text or topping up – every 180 days.',
    },
    graceDays: {
      value: 90,
      source:
        'https://www.vodafone.co.uk/about-us/customer-info/keeping-your-pay-as-you-go-number-active/index.htm',
      checked: CHECKED,
      quote:
        'However, if you don’t use your phone within that 90-day period, your mobile number will be disconnected and will no longer work.',
    },
    // Big Value Bundles; credit left short only opts the line out of the bundle, so the number
    // itself is kept by the activity rule above.
    renewsFromBalance: {
      value: true,
      source:
        'https://support.vodafone.co.uk/Vodafone-products-and-services/Pay-as-you-go/Big-Value-Bundles/38948160/How-long-is-a-Big-Value-Bundle-valid-for.htm',
      checked: CHECKED,
      quote: "It'll automatically renew after 30 days, as long as you have enough credit.",
    },
    portOutPinDays: {
      value: 30,
      source:
        'https://support.vodafone.co.uk/Joining-leaving/Leaving-Vodafone/1450592422/What-happens-if-I-don-t-use-my-PAC-or-STAC-switching-code.htm',
      checked: CHECKED,
      quote:
        'if you haven’t given your new mobile provider your PAC or STAC within 30 days, it’ll automatically expire',
    },
  },
  {
    // Its terms add a top-up to the balance only within 90 days of the last use, but say nothing
    // of when the number itself is lost, so no activity rule is listed.
    carrier: 'Lycamobile UK',
    country: 'GB',
  },
  {
    carrier: 'Tello',
    country: 'US',
    // Only for a line with no active plan: its Pay As You Go credit lasts 3 months from purchase,
    // and the number is deleted when it expires, so buying credit is what keeps the number.
    // With a plan, the credit lasts as long as the plan.
    activity: {
      value: { every: 3, unit: 'months', counts: ['top-up'] },
      source: 'https://tello.com/help_center/how-does-pay-as-you-go-work?_language=en',
      checked: CHECKED,
      quote:
        'If there is no active plan per line, Pay As You Go balance expires 3 months after purchase. Once the Pay As You Go credit expires, the Tello service will be disconnected and your number will be deleted permanently.',
    },
  },
  {
    carrier: 'Ultra Mobile',
    country: 'US',
    graceDays: {
      value: 30,
      source: 'https://www.ultramobile.com/ufaqs/what-happens-if-i-forget-to-make-a-payment/',
      checked: CHECKED,
      quote:
        'After 30 days, your number will be hard-deleted from our system and will no longer be retrievable.',
    },
  },
  {
    // Prepaid. No page of t-mobile.com read here states the prepaid grace days or the
    // transfer PIN's lifetime.
    carrier: 'T-Mobile',
    country: 'US',
  },
  {
    // AT&T PREPAID. Its payments expire in 30 days, 90 days or a year by the amount paid, which
    // one number of days cannot hold.
    carrier: 'AT&T',
    country: 'US',
    graceDays: {
      value: 60,
      source: 'https://www.att.com/legal/terms.prepaidAutoPayTerms.html',
      checked: CHECKED,
      quote: 'Accounts will be cancelled 60 days after expiration.',
    },
  },
  {
    // Verizon Prepaid, for plans signed up for after 6 November 2018.
    carrier: 'Verizon',
    country: 'US',
    graceDays: {
      value: 60,
      source: 'https://www.verizon.com/support/prepaid-billing-payment-faqs/',
      checked: CHECKED,
      quote:
        "As long as you renew your plan within 60 days of the plan renewal date, your account will stay active and your payments won't expire.",
    },
    renewsFromBalance: {
      value: true,
      source: 'https://www.verizon.com/support/prepaid-billing-payment-faqs/',
      checked: CHECKED,
      quote:
        "If you're on a monthly prepaid plan and you don't have enough funds in your account to cover the full monthly access fee, you won't be able to use your device until you've paid the full amount of your monthly access fee.",
    },
  },
  {
    // mintmobile.com, as read here, says only that auto renewal charges the card on file.
    carrier: 'Mint Mobile',
    country: 'US',
  },
  {
    // The shortest of the days the carrier's pages give: another page says 45 days after an
    // unpaid bill, and 50 days on its Super LTE network.
    carrier: 'US Mobile',
    country: 'US',
    graceDays: {
      value: 30,
      source:
        'https://www.usmobile.com/help/knowledge-base/will-i-lose-my-number-if-i-stop-service/?replytocom=2638',
      checked: CHECKED,
      quote:
        'A number on GSM LTE might be disconnected automatically 30 days after service expiry/cancellation.',
    },
  },
  {
    carrier: 'Red Pocket',
    country: 'US',
    graceDays: {
      value: 30,
      source:
        'https://help.redpocket.com/if-i-let-my-account-lapse-how-soon-do-i-need-to-make-payment-in-order-to-keep-my-phone-number',
      checked: CHECKED,
      quote:
        "If you don't refill or renew your line by the end of your 30-day period, you will lose your phone number.",
    },
  },
  {
    // Each prepaid SIM has its own validity, extended by an amount that depends on the
    // recharge; no page read here states a rule for them all.
    carrier: 'China Mobile Hong Kong',
    country: 'HK',
  },
  {
    // As for China Mobile Hong Kong: validity is per SIM product (90 or 180 days, for example).
    carrier: 'csl',
    country: 'HK',
  },
];

/** The facts for a carrier name as typed, matched like findCarrier: ignoring case and spacing. */
export function factsFor(carrierName: string): CarrierFacts | undefined {
  const preset = findCarrier(carrierName);
  return preset && CARRIER_FACTS.find((facts) => facts.carrier === preset.name);
}
