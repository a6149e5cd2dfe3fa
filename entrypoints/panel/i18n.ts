/**
 * The panel's language: App reads it once (useLocale) and hands it down by context, so every
 * component speaks the same language from the same render. Without a provider: English.
 */
import { createContext, useContext } from 'react';
import type { LocaleTools } from '@/components/useLocale';
import { translator } from '@/utils/i18n/pages';

const english: LocaleTools = {
  locale: 'en',
  t: translator('en'),
  formatDate: (date, options) => date.toLocaleString('en-US', options),
  formatNumber: (n) => n.toLocaleString('en-US'),
};

export const PanelLocale = createContext<LocaleTools>(english);

export function usePanelLocale(): LocaleTools {
  return useContext(PanelLocale);
}
