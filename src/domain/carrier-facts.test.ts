import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from './activity-rule';
import { CARRIER_FACTS, factsFor, type CarrierFacts, type Sourced } from './carrier-facts';
import { CARRIERS, findCarrier } from './carriers';
import { compareDates, parsePlainDate, type PlainDate } from './plain-date';

// The carrier's own domain: a source must be on it or one of its subdomains (help., support.,
// community.), never on a regulator's or a guide's site.
const OWN_DOMAINS: Readonly<Record<string, string>> = {
  giffgaff: 'giffgaff.com',
  EE: 'ee.co.uk',
  'Vodafone UK': 'vodafone.co.uk',
  'Lycamobile UK': 'lycamobile.co.uk',
  Tello: 'tello.com',
  'Ultra Mobile': 'ultramobile.com',
  'T-Mobile': 't-mobile.com',
  'AT&T': 'att.com',
  Verizon: 'verizon.com',
  'Mint Mobile': 'mintmobile.com',
  'US Mobile': 'usmobile.com',
  'Red Pocket': 'redpocket.com',
  'China Mobile Hong Kong': 'hk.chinamobile.com',
  csl: 'hkcsl.com',
};

// The pages were read on this day; a later date cannot have been checked yet.
const READ_ON = '2026-12-05' as PlainDate;

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function sourcedFacts(facts: CarrierFacts): [string, Sourced<unknown>][] {
  const all: [string, Sourced<unknown> | undefined][] = [
    ['activity', facts.activity],
    ['graceDays', facts.graceDays],
    ['renewsFromBalance', facts.renewsFromBalance],
    ['creditExpiryDays', facts.creditExpiryDays],
    ['portOutPinDays', facts.portOutPinDays],
  ];
  return all.filter((entry): entry is [string, Sourced<unknown>] => entry[1] !== undefined);
}

/** What is wrong with the sources and dates of a carrier's facts; empty when nothing is. */
function sourceProblems(facts: CarrierFacts): string[] {
  const domain = OWN_DOMAINS[facts.carrier];
  if (!domain) return [`${facts.carrier}: no own domain listed`];
  const problems: string[] = [];
  for (const [name, fact] of sourcedFacts(facts)) {
    const where = `${facts.carrier} ${name}`;
    let url: URL | undefined;
    try {
      url = new URL(fact.source);
    } catch {
      problems.push(`${where}: source is not an address`);
    }
    if (url && url.protocol !== 'https:') problems.push(`${where}: source is not https`);
    if (url && !onDomain(url.hostname, domain)) problems.push(`${where}: source not on ${domain}`);
    const checked = parsePlainDate(fact.checked);
    if (!checked) problems.push(`${where}: checked is not a YYYY-MM-DD date`);
    else if (compareDates(checked, READ_ON) > 0)
      problems.push(`${where}: checked after ${READ_ON}`);
  }
  return problems;
}

const isCount = (value: number, max: number) =>
  Number.isInteger(value) && value >= 1 && value <= max;

/** What is wrong with the numbers of a carrier's facts; empty when nothing is. */
function numberProblems(facts: CarrierFacts): string[] {
  const problems: string[] = [];
  const { activity, graceDays, creditExpiryDays, portOutPinDays } = facts;
  if (activity) {
    const { every, unit, counts } = activity.value;
    if (!isCount(every, unit === 'days' ? 731 : 24)) problems.push('activity interval');
    if (counts.length === 0 || new Set(counts).size !== counts.length) problems.push('counts');
    if (counts.some((kind) => !ACTIVITY_KINDS.includes(kind))) problems.push('count kind');
  }
  if (graceDays && !isCount(graceDays.value, 365)) problems.push('graceDays');
  if (creditExpiryDays && !isCount(creditExpiryDays.value, 731)) problems.push('creditExpiryDays');
  if (portOutPinDays && !isCount(portOutPinDays.value, 90)) problems.push('portOutPinDays');
  return problems;
}

const giffgaff = factsFor('giffgaff');

describe('carrier facts', () => {
  it('cites only the carrier’s own https pages, read on or before the day they were checked', () => {
    expect(CARRIER_FACTS.flatMap(sourceProblems)).toEqual([]);
  });

  it('lists each carrier once, by its name in CARRIERS', () => {
    for (const facts of CARRIER_FACTS) expect(findCarrier(facts.carrier)?.name).toBe(facts.carrier);
    const names = CARRIER_FACTS.map((facts) => facts.carrier);
    expect(new Set(names).size).toBe(names.length);
  });

  it('takes each own domain from the carrier’s web site, so the list cannot wander', () => {
    for (const [carrier, domain] of Object.entries(OWN_DOMAINS)) {
      const website = CARRIERS.find((preset) => preset.name === carrier)?.website;
      expect(website, carrier).toBeDefined();
      expect(onDomain(new URL(website ?? '').hostname, domain), carrier).toBe(true);
    }
  });

  it('keeps every number a positive whole number within sane limits', () => {
    expect(CARRIER_FACTS.flatMap(numberProblems)).toEqual([]);
  });

  it('quotes the page in a sentence, where it quotes', () => {
    for (const facts of CARRIER_FACTS) {
      for (const [, fact] of sourcedFacts(facts)) {
        if (fact.quote !== undefined) expect(fact.quote.trim().length).toBeGreaterThan(10);
      }
    }
  });
});

describe('the checks themselves', () => {
  const withSource = (source: string, checked = READ_ON): CarrierFacts => ({
    carrier: 'giffgaff',
    country: 'GB',
    portOutPinDays: { value: 30, source, checked },
  });

  it('reject a source on another domain, a look-alike domain or plain http', () => {
    expect(sourceProblems(withSource('https://www.ofcom.org.uk/phones'))).toHaveLength(1);
    expect(sourceProblems(withSource('https://notgiffgaff.com/terms'))).toHaveLength(1);
    expect(sourceProblems(withSource('http://www.giffgaff.com/terms'))).toHaveLength(1);
    expect(sourceProblems(withSource('giffgaff.com/terms'))).toHaveLength(1);
    expect(sourceProblems(withSource('https://help.giffgaff.com/en/articles/1'))).toEqual([]);
  });

  it('reject a checked day that is not a date or is after the reading day', () => {
    const page = 'https://www.giffgaff.com/terms';
    expect(sourceProblems(withSource(page, '2026-12-06' as PlainDate))).toHaveLength(1);
    expect(sourceProblems(withSource(page, '2026-02-30' as PlainDate))).toHaveLength(1);
    expect(sourceProblems(withSource(page, '5 Dec 2026' as PlainDate))).toHaveLength(1);
  });

  it('reject a carrier with no own domain, and numbers out of range', () => {
    expect(sourceProblems({ carrier: 'Some Local Carrier', country: 'US' })).toHaveLength(1);
    const page = { source: 'https://www.giffgaff.com/terms', checked: READ_ON };
    const bad: CarrierFacts = {
      carrier: 'giffgaff',
      country: 'GB',
      activity: { ...page, value: { every: 0, unit: 'months', counts: [] } },
      graceDays: { ...page, value: 1.5 },
      creditExpiryDays: { ...page, value: -1 },
      portOutPinDays: { ...page, value: 400 },
    };
    expect(numberProblems(bad)).toEqual([
      'activity interval',
      'counts',
      'graceDays',
      'creditExpiryDays',
      'portOutPinDays',
    ]);
  });
});

describe('factsFor', () => {
  it('finds a carrier whatever the case and spacing', () => {
    expect(giffgaff?.carrier).toBe('giffgaff');
    expect(factsFor('GIFFGAFF')).toBe(giffgaff);
    expect(factsFor(' vodafone  uk ')?.carrier).toBe('Vodafone UK');
    expect(factsFor('VodafoneUK')?.carrier).toBe('Vodafone UK');
    expect(factsFor('china mobile hongkong')?.carrier).toBe('China Mobile Hong Kong');
    expect(factsFor('at&t')?.carrier).toBe('AT&T');
  });

  it('finds nothing for an unknown, empty or preset-only name', () => {
    expect(factsFor('Some Local Carrier')).toBeUndefined();
    expect(factsFor('  ')).toBeUndefined();
    // A preset whose pages were not read has no facts at all.
    expect(factsFor('Google Fi')).toBeUndefined();
  });

  it('gives the facts as the pages state them', () => {
    expect(giffgaff?.activity?.value).toEqual({
      every: 6,
      unit: 'months',
      counts: ['call', 'sms', 'data', 'top-up'],
    });
    expect(factsFor('Vodafone UK')?.graceDays?.value).toBe(90);
    expect(factsFor('Verizon')?.graceDays?.value).toBe(60);
    expect(factsFor('Tello')?.activity?.value.counts).toEqual(['top-up']);
  });
});
