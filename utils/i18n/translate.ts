/**
 * The one way Careline says things: messages by key in English and Korean. Each area keeps its own
 * table in utils/i18n/messages/ (panel, options, content script, welcome, problems); English is the
 * reference and the Korean table must have every key (a type error otherwise). `{name}` placeholders
 * are filled from `params`, numbers grouped as the locale groups them (formatNumber), counted words
 * as `<base>.one` / `<base>.other` chosen by Intl.PluralRules (plural). The content script builds a
 * translator from its own table only (it must stay small); extension pages use all of them (pages.ts).
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
  return (pluralRules[locale] ??= new Intl.PluralRules(localeTag(locale))).select(n) === 'one' ? 'one' : 'other';
}

/** Made once a locale: the queue marks count minutes for every post that scrolls into view. */
const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

/** The BCP-47 tag Intl and toLocaleString use for a locale. */
export function localeTag(locale: Locale): 'en-US' | 'ko-KR' {
  return locale === 'ko' ? 'ko-KR' : 'en-US';
}

const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** 1,200 in both languages (Korean groups by thousands too): the only place numbers are formatted. */
export function formatNumber(locale: Locale, n: number): string {
  return (numberFormats[locale] ??= new Intl.NumberFormat(localeTag(locale))).format(n);
}

/** Keys that come as `<base>.one` and `<base>.other` in a table: a counted phrase. */
export type PluralBase<K extends string> = {
  [P in K]: P extends `${infer B}.one` ? (`${B}.other` extends K ? B : never) : never;
}[K];

/** "Imported 1 template", "Imported 2 templates"; "템플릿 2개를 가져왔습니다". `{n}` is the count. */
export function plural<K extends string>(
  t: TranslateWith<K>,
  base: PluralBase<K>,
  n: number,
  params: Params = {},
): string {
  return t(`${base}.${pluralForm(t.locale, n)}` as K, { n, ...params });
}

export function makeTranslator<K extends string>(tables: Tables<K>, locale: Locale): TranslateWith<K> {
  const table = tables[locale];
  const translate = (key: K, params?: Params): string => {
    const text = table[key] ?? tables.en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(locale, value) : value;
    });
  };
  return Object.assign(translate, { locale });
}
