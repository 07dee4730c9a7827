// Which carrier a message comes from, by the names carriers sign their messages with. A message
// that names two carriers ("Mint Mobile runs on T-Mobile's network") names none for sure.
import { CARRIERS } from './carriers';

export interface CarrierInText {
  name: string;
  /** The currency the carrier bills in, when its name settles what "元" or "$" means. */
  currency?: string;
}

interface CarrierNames extends CarrierInText {
  /** Regular-expression sources, matched case-insensitively as whole words. */
  names: readonly string[];
}

// Carriers of mainland China, Taiwan and Hong Kong. They are not presets (a preset needs a web
// site that was checked), but their names are enough to read a confirmation and its currency.
// China Mobile Hong Kong comes before China Mobile, whose name begins its own.
const CHINESE_CARRIERS: readonly CarrierNames[] = [
  {
    name: 'China Mobile Hong Kong',
    currency: 'HKD',
    names: ['中國移動香港', '中国移动香港', 'china\\s?mobile\\s?hong\\s?kong', 'cmhk'],
  },
  { name: 'China Mobile', currency: 'CNY', names: ['中国移动', '中國移動', 'china\\s?mobile'] },
  { name: 'China Unicom', currency: 'CNY', names: ['中国联通', '中國聯通', 'china\\s?unicom'] },
  { name: 'China Telecom', currency: 'CNY', names: ['中国电信', '中國電信', 'china\\s?telecom'] },
  {
    name: 'Chunghwa Telecom',
    currency: 'TWD',
    names: ['中華電信', '中华电信', 'chunghwa\\s?telecom'],
  },
  {
    name: 'Taiwan Mobile',
    currency: 'TWD',
    names: ['台灣大哥大', '台湾大哥大', 'taiwan\\s?mobile'],
  },
  { name: 'FarEasTone', currency: 'TWD', names: ['遠傳', '远传', 'far\\s?eas\\s?tone'] },
];

// Short forms people and carriers use besides the preset's own name.
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Metro by T-Mobile': ['metro\\s?pcs'],
  'Cricket Wireless': ['cricket'],
  'H2O Wireless': ['h2o'],
  'AT&T': ['at&amp;t'],
  // "Visible" is also an ordinary word: it counts only as a signature or in the carrier's domain.
  Visible: ['visible(?=\\s*:)', 'visible\\.com', 'visible\\s+wireless'],
};
const ORDINARY_WORDS = new Set(['Visible']);

/** A preset's name as a pattern: "T-Mobile", "T Mobile" or "TMobile" alike. */
const namePattern = (name: string) => name.replace(/[-\s]/g, '[-\\s]?');

let names: { pattern: RegExp; carriers: readonly CarrierNames[] } | undefined;

/**
 * One pattern with a capturing group per name, and the carrier of each group. Where two names
 * begin at the same place the first listed wins, and a name that starts earlier in the text is
 * found first, so "Metro by T-Mobile" reads as one carrier rather than as T-Mobile.
 */
function buildNames() {
  const carriers = [
    ...CHINESE_CARRIERS,
    ...CARRIERS.map((preset) => ({
      name: preset.name,
      names: [
        ...(ORDINARY_WORDS.has(preset.name) ? [] : [namePattern(preset.name)]),
        ...(OTHER_NAMES[preset.name] ?? []),
      ],
    })),
  ].flatMap((carrier) => carrier.names.map((name) => ({ name, carrier })));
  return {
    pattern: new RegExp(
      carriers.map(({ name }) => `(?<![a-z0-9])(${name})(?![a-z0-9])`).join('|'),
      'giu',
    ),
    carriers: carriers.map(({ carrier }) => carrier),
  };
}

/** The names, built on first use rather than on import, like the domain's other lookups. */
function carrierNames() {
  names ??= buildNames();
  return names;
}

/** The one carrier the text names, or undefined when it names none or several. */
export function carrierInText(text: string): CarrierInText | undefined {
  const { pattern, carriers } = carrierNames();
  const found = new Set<CarrierNames>();
  for (const match of text.matchAll(pattern)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const carrier = carriers[group - 1];
    if (carrier) found.add(carrier);
  }
  const [only, ...others] = found;
  if (!only || others.length > 0) return undefined;
  return only.currency ? { name: only.name, currency: only.currency } : { name: only.name };
}
