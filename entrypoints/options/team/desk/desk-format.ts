/** How the desk words its figures: days, minutes, a handoff's ticket state. */
import type { Translate } from '@/utils/i18n/pages';
import { plural } from '@/utils/i18n/pages';
import type { TicketState } from '@/utils/team/desk-wire';

type FormatDate = (date: Date, options?: Intl.DateTimeFormatOptions) => string;

/** A YYYY-MM-DD day as "Dec 5" / "12월 5일" (the day itself: no time zone moves it). */
export function dayLabel(formatDate: FormatDate, day: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Minutes with at most one decimal ("12 minutes", "7.5 minutes"). */
export function minutesText(t: Translate, formatNumber: (n: number) => string, minutes: number): string {
  const n = Math.round(minutes * 10) / 10;
  return plural(t, 'options.desk.minutes', n, { n: formatNumber(n) });
}

/** A usual level (a mean over days) with at most one decimal. */
export const usualLevel = (usual: number) => Math.round(usual * 10) / 10;

export function ticketStateText(t: Translate, state: TicketState | null): string {
  return state ? t(`options.desk.state.${state}`) : t('options.desk.state.none');
}
