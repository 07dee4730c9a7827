// The whole of what the app asks of translation: nested catalogs, `{{name}}` values, plural forms
// chosen by the language's own rules (`key_one`, `key_other`, as CLDR names them), and English as
// the fallback for anything a catalog lacks. The same code words the page and the worker.
import type en from './locales/en.json';

export type Catalog = { readonly [key: string]: string | Catalog };

type PluralSuffix = `_${Intl.LDMLPluralRule}`;
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every key of a catalog as a dotted path, plural forms named once by their base. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = KeyPaths<typeof en>;
export type TranslationValues = Readonly<Record<string, string | number>>;
export type TFunction = (key: TranslationKey, values?: TranslationValues) => string;

function lookup(catalog: Catalog | undefined, path: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function template(catalog: Catalog | undefined, locale: string, key: string, count: unknown) {
  if (typeof count === 'number') {
    const plural =
      lookup(catalog, `${key}_${pluralOf(locale, count)}`) ?? lookup(catalog, `${key}_other`);
    if (plural !== undefined) return plural;
  }
  return lookup(catalog, key);
}

/** A translate function for `locale`, falling back to `fallback` (English) key by key. */
export function translator(
  locale: string,
  catalog: Catalog | undefined,
  fallback: Catalog,
): TFunction {
  return (key, values = {}) => {
    const text =
      template(catalog, locale, key, values.count) ??
      template(fallback, 'en', key, values.count) ??
      key;
    return text.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}
