// Every Intl object the app makes, made once per kind, locale and options, then kept for the life
// of the page: making one loads the locale's data, and the views format on every render.

const made = new Map<string, unknown>();

function kept<T>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function collator(locale: string | undefined, options: Intl.CollatorOptions): Intl.Collator {
  return kept('collator', locale, options, () => new Intl.Collator(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return kept('plural', locale, {}, () => new Intl.PluralRules(locale));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return kept('names', locale, options, () => new Intl.DisplayNames(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return kept('list', locale, options, () => new Intl.ListFormat(locale, options));
}
