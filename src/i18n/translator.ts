// The whole of what the app asks of translation: nested catalogs, `{{name}}` values, counts as
// ICU plural pieces (`{lines, plural, one {# plan} other {# plans}}`: a form per CLDR category of
// the language, `#` for the number), each count of a message choosing its own form, and English
// as the fallback for anything a catalog lacks. The same code words the page and the worker.
import { pluralRules } from '@/domain/intl-formats';
import type en from './locales/en.json';

export type Catalog = { readonly [key: string]: string | Catalog };

/** Every key of a catalog as a dotted path. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
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

function pluralOf(locale: string, count: number): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

// A form may hold `{{values}}`, but not another plural piece: no message needs one.
const FORM = /(\w+)\s*{((?:[^{}]|{{[^{}]*}})*)}/g;
const PIECE = /{\s*(\w+)\s*,\s*plural\s*,((?:\s*\w+\s*{(?:[^{}]|{{[^{}]*}})*})+)\s*}/g;

/** `text` in `locale`'s plural forms, then with every value put in. */
function format(text: string, locale: string, values: TranslationValues): string {
  const value = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  return text
    .replace(PIECE, (piece, name: string, forms: string) => {
      const count = value(name);
      if (typeof count !== 'number') return piece;
      const byCategory = new Map(
        Array.from(forms.matchAll(FORM), ([, form, body]) => [form, body]),
      );
      const form = byCategory.get(pluralOf(locale, count)) ?? byCategory.get('other');
      return form === undefined ? piece : form.replaceAll('#', String(count));
    })
    .replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => String(value(name) ?? whole));
}

/** A translate function for `locale`, falling back to `fallback` (English) key by key. */
export function translator(
  locale: string,
  catalog: Catalog | undefined,
  fallback: Catalog,
): TFunction {
  return (key, values = {}) => {
    const own = lookup(catalog, key);
    return own === undefined
      ? format(lookup(fallback, key) ?? key, 'en', values)
      : format(own, locale, values);
  };
}
