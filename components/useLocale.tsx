/**
 * The language of a Careline page (panel, options, welcome), live: a change in options → Language
 * or in the browser's languages re-renders with the new words. Each page's root is wrapped once in
 * `LocaleProvider`, which reads the setting, follows it and sets <html lang> (screen readers and
 * fonts follow); every component then speaks the same language from the same render (`useLocale`).
 * Without a provider: English.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  browserLanguages,
  languageSetting,
  resolveLocale,
  type LanguageSetting,
  type Locale,
} from '@/utils/i18n/locale';
import { translator, type Translate } from '@/utils/i18n/pages';
import { useStoredValue } from './useStoredValue';
import { setProblemLocale } from '@/utils/i18n/problems';
import { formatNumber, localeTag } from '@/utils/i18n/translate';

export interface LocaleTools {
  locale: Locale;
  /** What the agent chose in options → You → Language ('auto': the browser's language). */
  setting: LanguageSetting;
  t: Translate;
  /** Dates and times as this locale writes them. */
  formatDate: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (n: number) => string;
}

export function localeTools(locale: Locale, setting: LanguageSetting = 'auto'): LocaleTools {
  const tag = localeTag(locale);
  return {
    locale,
    setting,
    t: translator(locale),
    formatDate: (date, options) => date.toLocaleString(tag, options),
    formatNumber: (n) => formatNumber(locale, n),
  };
}

const LocaleContext = createContext<LocaleTools>(localeTools('en'));

export function useLocale(): LocaleTools {
  return useContext(LocaleContext);
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const setting = useStoredValue(languageSetting);
  const [languages, setLanguages] = useState(browserLanguages);
  useEffect(() => {
    const onChange = () => setLanguages(browserLanguages());
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);
  const locale = resolveLocale(setting, languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const tools = useMemo(() => {
    // Messages made by utils/ (validation, import problems) follow the page's language too.
    setProblemLocale(locale);
    return localeTools(locale, setting);
  }, [locale, setting]);
  return <LocaleContext.Provider value={tools}>{children}</LocaleContext.Provider>;
}
