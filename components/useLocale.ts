/**
 * The language of a Careline page (panel, options, welcome), live: a change in options → Language
 * or in the browser's languages re-renders with the new words. Also sets <html lang>, so screen
 * readers and fonts follow.
 */
import { useEffect, useMemo, useState } from 'react';
import { browserLanguages, languageSetting, resolveLocale, type LanguageSetting, type Locale } from '@/utils/i18n/locale';
import { translator, type Translate } from '@/utils/i18n/pages';
import { setProblemLocale } from '@/utils/i18n/problems';

export interface LocaleTools {
  locale: Locale;
  t: Translate;
  /** Dates and times as this locale writes them. */
  formatDate: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (n: number) => string;
}

export function useLocale(): LocaleTools {
  const [setting, setSetting] = useState<LanguageSetting>('auto');
  const [languages, setLanguages] = useState(browserLanguages);
  useEffect(() => {
    void languageSetting.getValue().then(setSetting);
    const onChange = () => setLanguages(browserLanguages());
    window.addEventListener('languagechange', onChange);
    const unwatch = languageSetting.watch((s) => setSetting(s ?? 'auto'));
    return () => {
      window.removeEventListener('languagechange', onChange);
      unwatch();
    };
  }, []);
  const locale = resolveLocale(setting, languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => {
    // Messages made by utils/ (validation, import problems) follow the page's language too.
    setProblemLocale(locale);
    const tag = locale === 'ko' ? 'ko-KR' : 'en-US';
    return {
      locale,
      t: translator(locale),
      formatDate: (date, options) => date.toLocaleString(tag, options),
      formatNumber: (n) => n.toLocaleString(tag),
    };
  }, [locale]);
}
