/**
 * Which language Careline speaks: the browser's (Korean when it prefers Korean, else English), or
 * the agent's choice in options → You → Language. Kept in extension storage, so the panel, options,
 * welcome page and content script all follow a change at once.
 */
import { defineSetting } from '@/utils/settings/define-setting';

export type Locale = 'en' | 'ko';
export type LanguageSetting = 'auto' | Locale;

/** Anything but a language Careline speaks follows the browser. */
export function normaliseLanguageSetting(stored: unknown): LanguageSetting {
  return stored === 'en' || stored === 'ko' ? stored : 'auto';
}

export const languageSetting = defineSetting('local:uiLanguage', normaliseLanguageSetting);

/** Pure: the setting wins; on "auto" the first of the browser's languages Careline has. */
export function resolveLocale(
  setting: LanguageSetting | null | undefined,
  browserLanguages: readonly string[],
): Locale {
  if (setting === 'en' || setting === 'ko') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];
}

export async function currentLocale(): Promise<Locale> {
  return resolveLocale(await languageSetting.getValue(), browserLanguages());
}
