/**
 * Messages by key in English and Korean. Each area of Careline keeps its own table in
 * utils/i18n/messages/ (panel, options, content script, welcome); English is the reference and the
 * Korean table must have every key (a type error otherwise). `{name}` placeholders are filled from
 * `params`, numbers in the locale's format. The content script builds a translator from its own
 * table only (it must stay small); extension pages use all of them (pages.ts).
 */
// Type only: locale.ts reads extension storage, which the import worker (a user of this module) lacks.
import type { Locale } from './locale';

export type Params = Record<string, string | number>;
export type Tables<K extends string> = { en: Record<K, string>; ko: Record<K, string> };
/** A translator, carrying its locale so counted words pick their plural form (pluralForm). */
export type TranslateWith<K extends string> = ((key: K, params?: Params) => string) & { readonly locale: Locale };

/**
 * The plural form of a count in the tables: `.one` or `.other` (the forms English and Korean have;
 * Korean has only `other`), as Intl.PluralRules says for the locale.
 */
export function pluralForm(locale: Locale, n: number): 'one' | 'other' {
  return new Intl.PluralRules(localeTag(locale)).select(n) === 'one' ? 'one' : 'other';
}

/** The BCP-47 tag Intl and toLocaleString use for a locale. */
export function localeTag(locale: Locale): 'en-US' | 'ko-KR' {
  return locale === 'ko' ? 'ko-KR' : 'en-US';
}

export function makeTranslator<K extends string>(tables: Tables<K>, locale: Locale): TranslateWith<K> {
  const table = tables[locale];
  const numbers = new Intl.NumberFormat(localeTag(locale));
  const translate = (key: K, params?: Params): string => {
    const text = table[key] ?? tables.en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
  return Object.assign(translate, { locale });
}
