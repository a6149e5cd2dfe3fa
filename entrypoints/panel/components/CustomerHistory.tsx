import type { CustomerEventRecord } from '@/utils/db/types';
import type { MessageKey } from '@/utils/i18n/pages';
import { useLocale } from '@/components/useLocale';
import { ticketEntryText } from '@/utils/handoff/ticket-status';
import { entryByline } from './entry-byline';

const LABELS: Record<CustomerEventRecord['kind'], MessageKey> = {
  'reply-sent': 'panel.history.replySent',
  'reply-draft': 'panel.history.replyDraft',
  note: 'panel.history.note',
  'tag-added': 'panel.history.tagAdded',
  'tag-removed': 'panel.history.tagRemoved',
  handoff: 'panel.history.handoff',
  'handoff-sent': 'panel.history.handoffSent',
  'handoff-failed': 'panel.history.handoffFailed',
  import: 'panel.history.import',
  linked: 'panel.history.linked',
  unlinked: 'panel.history.unlinked',
  renamed: 'panel.history.renamed',
  'ticket-status': 'panel.history.handoffSent',
};

/**
 * A handoff logged before delivery had its own entry carried its ticket on the queued entry: with a
 * ticket it was delivered, and says so.
 */
const labelOf = (e: CustomerEventRecord): MessageKey =>
  e.kind === 'handoff' && e.ticketId ? 'panel.history.handoffSent' : LABELS[e.kind];

/**
 * What happened with this customer, newest first, a page at a time. Notes are shown once, in their
 * own list under the note field (CustomerNotes), not again here.
 */
export function CustomerHistory({
  events: all,
  more,
  onMore,
}: {
  events: CustomerEventRecord[];
  more: boolean;
  onMore: () => void;
}) {
  const { t, locale } = useLocale();
  const events = all.filter((e) => e.kind !== 'note');
  return (
    <div className="history">
      <h3>{t('panel.history.heading')}</h3>
      {events.length === 0 ? <p className="muted small">{t('panel.history.empty')}</p> : null}
      <ul aria-label={t('panel.history.list')} className="events">
        {events.map((e) => (
          <li key={e.id}>
            <span className="when">
              {e.kind === 'ticket-status' ? ticketEntryText(e, t) : t(labelOf(e))} · {entryByline(e, t, locale)}
            </span>
            {e.text ? <span className="event-text">{e.text}</span> : null}
            {e.ticketId && e.kind !== 'ticket-status' ? (
              <span className="event-text">{t('panel.history.ticket', { id: e.ticketId })}</span>
            ) : null}
            {e.tweetUrl ? (
              <a href={e.tweetUrl} target="_blank" rel="noreferrer noopener" className="small">
                {t('panel.history.post')}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {more ? (
        <button type="button" onClick={onMore}>
          {t('panel.history.older')}
        </button>
      ) : null}
    </div>
  );
}
