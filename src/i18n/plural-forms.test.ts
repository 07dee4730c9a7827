// Every count in every message takes its own plural form, in every language. The messages are
// walked, not listed: a count is a plural piece in any language, or a value that Chinese counts
// with a measure word ("{{lines}} 个号码"), which it cannot do without one.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from './locale';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';
import { translator, type Catalog, type TranslationKey } from './translator';

const CATALOGS = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } satisfies Record<Locale, Catalog>;

/** 0, 1, 2, 5 and 21 as asked, 101 for languages whose forms follow the last digits. */
const SAMPLES = [0, 1, 2, 5, 21, 101];

const categories = (locale: Locale) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories.toSorted();
const categoryOf = (locale: Locale, count: number) => new Intl.PluralRules(locale).select(count);

/** Every message of a catalog with its dotted key. */
function messages(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[prefix + key, value]] : messages(value, `${prefix}${key}.`),
  );
}

interface Piece {
  name: string;
  forms: Map<string, string>;
  start: number;
  end: number;
}

/** A message's plural pieces, read by a scanner of the test's own, not by the translator's regex. */
function pieces(text: string): Piece[] {
  return Array.from(text.matchAll(/{\s*(\w+)\s*,\s*plural\s*,/g), (head) => {
    const forms = new Map<string, string>();
    let at = head.index + head[0].length;
    for (let form; (form = /^\s*(\w+)\s*{/.exec(text.slice(at)));) {
      at += form[0].length;
      const from = at;
      for (let depth = 1; depth > 0 && at < text.length; at += 1) {
        if (text[at] === '{') depth += 1;
        if (text[at] === '}') depth -= 1;
      }
      forms.set(form[1] ?? '', text.slice(from, at - 1));
    }
    const end = at + (/^\s*}/.exec(text.slice(at))?.[0].length ?? 0);
    return { name: head[1] ?? '', forms, start: head.index, end };
  });
}

const names = (text: string, pattern: RegExp) =>
  Array.from(text.matchAll(pattern), (match) => match[1] ?? '');

/** The names of a message's `{{values}}`, in its plural forms too. */
const valueNames = (text: string) => names(text, /{{\s*(\w+)\s*}}/g);

/**
 * The `{{values}}` followed by a Chinese measure word: counts. Not 年 or 月, which follow the
 * year or month of a date as well.
 */
const measuredValues = (text: string) =>
  names(
    text,
    /{{\s*(\w+)\s*}}\s?(?=[个個条條笔筆张張次份项項件位本台页頁组組天周週秒]|小[时時]|分[钟鐘])/g,
  );

// An English plural ends in s, and is, was, has and thus are no plurals.
const looksPlural = (word: string) => /[^aisu]s$/.test(word);

/** Where English puts 1 before a plural noun: "1 plans", "1 receipt files". */
function disagreements(text: string): string[] {
  return Array.from(text.matchAll(/\b1 ([\p{L}-]+)(?: ([\p{L}-]+))?/gu)).flatMap(
    ([, first = '', second = '']) => {
      if (looksPlural(first)) return [`1 ${first}`];
      return looksPlural(second) ? [`1 ${first} ${second}`] : [];
    },
  );
}

const texts = new Map(LOCALES.map((locale) => [locale, new Map(messages(CATALOGS[locale]))]));
const textOf = (locale: Locale, key: string) => texts.get(locale)?.get(key) ?? '';

/** The counts of a message: its plural pieces and measured values, in any language. */
function countsOf(key: string): string[] {
  const found = LOCALES.flatMap((locale) => {
    const text = textOf(locale, key);
    return [...pieces(text).map(({ name }) => name), ...measuredValues(text)];
  });
  return [...new Set(found)].sort();
}

const everyMessage = LOCALES.flatMap((locale) =>
  messages(CATALOGS[locale]).map(([key, text]) => ({ locale, key, text, counts: countsOf(key) })),
);
const withCounts = everyMessage.filter(({ counts }) => counts.length > 0);

// The keys come from walking the catalogs, so the type system cannot know them.
const tFor = (locale: Locale) => {
  const t = translator(locale, CATALOGS[locale], en);
  return (key: string, values: Record<string, string | number>) => t(key as TranslationKey, values);
};

/** Text for every value of a message, and the given number for each of its counts. */
function valuesFor(text: string, counts: Record<string, number>) {
  return {
    ...Object.fromEntries(valueNames(text).map((name) => [name, `[${name}]`])),
    ...counts,
  };
}

describe('how the test finds counts', () => {
  it('finds the counts Chinese measures, and only those', () => {
    expect(
      measuredValues(
        '这个备份包含 {{lines}} 个号码、{{topUps}} 条充值记录和 {{attachments}} 个凭证文件。',
      ),
    ).toEqual(['lines', 'topUps', 'attachments']);
    expect(measuredValues('{{months}} 個月，{{days}} 天，{{currency}} 金额，{{year}} 年')).toEqual([
      'months',
      'days',
    ]);
  });

  it('finds English that puts 1 before a plural noun', () => {
    expect(
      disagreements('This backup holds 1 plans, 1 top-ups and 1 receipt files, 1 plan and 1 day.'),
    ).toEqual(['1 plans', '1 top-ups', '1 receipt files']);
    expect(disagreements('1 earlier change is not shown; 21 days; 1 plan was; 101 plans')).toEqual(
      [],
    );
  });

  it('finds the counts of the catalogs', () => {
    expect(countsOf('backup.holds')).toEqual(['attachments', 'lines', 'topUps']);
    expect(countsOf('backupErrors.dangling')).toEqual([]);
  });
});

describe('plural forms', () => {
  it.each(LOCALES)('%s: the sample counts reach every plural category', (locale) => {
    const reached = new Set(SAMPLES.map((count) => categoryOf(locale, count)));
    expect([...reached].sort()).toEqual(categories(locale));
  });

  it.each(withCounts)(
    '$locale $key: every count is a plural piece, with a form for each category of the language',
    ({ locale, text, counts }) => {
      const found = pieces(text);
      expect(found.map(({ name }) => name).sort()).toEqual(counts);
      for (const { forms } of found) expect([...forms.keys()].sort()).toEqual(categories(locale));
    },
  );

  it.each(withCounts)('$locale $key: each count chooses its own form', ({ locale, key, text }) => {
    const t = tFor(locale);
    const found = pieces(text);
    for (const piece of found) {
      for (const count of SAMPLES) {
        // Every other count in another category where the language has one, so that a form
        // chosen by the wrong count shows.
        const contrast =
          SAMPLES.find((other) => categoryOf(locale, other) !== categoryOf(locale, count)) ??
          count + 1;
        const counts = Object.fromEntries(
          found.map(({ name }) => [name, name === piece.name ? count : contrast]),
        );
        const expected = found
          .reduceRight((message, { name, forms, start, end }) => {
            const n = counts[name] ?? 0;
            const form = forms.get(categoryOf(locale, n)) ?? '';
            return message.slice(0, start) + form.replaceAll('#', String(n)) + message.slice(end);
          }, text)
          .replace(/{{\s*(\w+)\s*}}/g, (_whole, name: string) => `[${name}]`);
        expect(t(key, valuesFor(text, counts))).toBe(expected);
      }
    }
  });

  it.each(everyMessage)(
    '$locale $key: agrees with every count and leaves no placeholder',
    ({ locale, key, text, counts }) => {
      const t = tFor(locale);
      for (const count of SAMPLES) {
        const rendered = t(key, valuesFor(text, Object.fromEntries(counts.map((n) => [n, count]))));
        expect(rendered).not.toMatch(/[{}]/);
        if (locale === 'en') expect(disagreements(rendered)).toEqual([]);
      }
    },
  );
});
