/** Language variants of a template: which languages it has and which body to use. */
import type { TemplateRecord } from '@/utils/db/types';
import { ownValue } from '@/utils/own-keys';

export function templateLanguages(t: TemplateRecord): string[] {
  const langs = [t.lang ?? 'und', ...Object.keys(t.variants ?? {})];
  return [...new Set(langs)];
}

/**
 * The variant to show: the agent's pick, else the language of the tweet being answered (X's
 * tweetText lang, e.g. "ko"), else the template's own.
 */
export function pickLanguage(t: TemplateRecord, picked: string | null, tweetLang: string | undefined): string {
  const langs = templateLanguages(t);
  if (picked && langs.includes(picked)) return picked;
  const base = tweetLang?.split('-')[0];
  if (base && langs.includes(base)) return base;
  return langs[0] ?? 'und';
}

export function bodyFor(t: TemplateRecord, lang: string): string {
  if (lang === (t.lang ?? 'und')) return t.body;
  // Variant names come from pack files: `constructor` or `__proto__` is a variant or nothing.
  const variant = ownValue(t.variants, lang);
  return typeof variant === 'string' ? variant : t.body;
}

const NAMES: Record<string, string> = { ko: '한국어', en: 'English', ja: '日本語', und: 'Default' };
export function languageName(lang: string): string {
  const name = ownValue(NAMES, lang);
  return typeof name === 'string' ? name : lang;
}
