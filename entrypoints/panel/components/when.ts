import type { Locale } from '@/utils/i18n/locale';
import { localeTag } from '@/utils/i18n/translate';

/** Event times in Careline's language: today shows the time, older the date and time. */
export function formatWhen(iso: string, locale: Locale, now = new Date()): string {
  const tag = localeTag(locale);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay
    ? date.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(tag, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
