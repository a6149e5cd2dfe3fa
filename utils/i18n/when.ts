/**
 * When something happened, in Careline's language: the time alone today, the day and time this
 * year, the full date and time before ("2:05 PM"; "Nov 29, 2:05 PM"; "Nov 29, 2025, 2:05 PM" and
 * "오후 2:05"; "11월 29일 오후 2:05"; "2025년 11월 29일 오후 2:05"). An unreadable value is shown as
 * stored rather than as "Invalid Date". In the agent's time zone.
 */
import type { Locale } from './locale';
import { localeTag } from './translate';

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', ...TIME };
const FULL: Intl.DateTimeFormatOptions = { year: 'numeric', ...DAY };

export function formatWhen(iso: string, locale: Locale, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options =
    date.toDateString() === now.toDateString() ? TIME : date.getFullYear() === now.getFullYear() ? DAY : FULL;
  return new Intl.DateTimeFormat(localeTag(locale), options).format(date);
}

const NEAR_MS = 12 * 60 * 60 * 1000;

/**
 * Until when something holds (a claim): a deadline less than 12 hours ahead is the clock time alone,
 * even past midnight, since "until 12:05 AM" cannot be misread for a 15-minute hold and the panel
 * line stays short; anything further is shown like formatWhen.
 */
export function formatUntil(iso: string, locale: Locale, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const ahead = date.getTime() - now.getTime();
  if (ahead >= 0 && ahead < NEAR_MS) return new Intl.DateTimeFormat(localeTag(locale), TIME).format(date);
  return formatWhen(iso, locale, now);
}
