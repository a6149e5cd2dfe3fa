/**
 * Who and when an entry of the card was made. In a team every entry says who ("서연 · 10:42"), the
 * agent's own too; solo entries read as they always have (the time, then the agent's name if set).
 */
import type { CustomerEventRecord } from '@/utils/db/types';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/pages';
import { formatWhen } from '@/utils/i18n/when';

export function entryByline(e: CustomerEventRecord, t: Translate, locale: Locale): string {
  const when = formatWhen(e.at, locale);
  if (e.by) return t('panel.team.byWhen', { who: e.by.name, when });
  return e.agent ? `${when} · ${e.agent}` : when;
}
