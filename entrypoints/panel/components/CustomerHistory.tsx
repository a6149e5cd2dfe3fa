import type { CustomerEventRecord } from '@/utils/db/types';
import { formatWhen } from './when';

const LABELS: Record<CustomerEventRecord['kind'], string> = {
  'reply-sent': 'Reply sent',
  'reply-draft': 'Reply drafted',
  note: 'Note',
  'tag-added': 'Tag added',
  'tag-removed': 'Tag removed',
  handoff: 'Handed off',
  import: 'Imported',
};

/** What happened with this customer, newest first, a page at a time. */
export function CustomerHistory({ events, more, onMore }: { events: CustomerEventRecord[]; more: boolean; onMore: () => void }) {
  return (
    <div className="history">
      <h3>History</h3>
      {events.length === 0 ? <p className="muted small">Nothing yet.</p> : null}
      <ul aria-label="History" className="events">
        {events.map((e) => (
          <li key={e.id}>
            <span className="when">
              {LABELS[e.kind]} · {formatWhen(e.at)}
              {e.agent ? ` · ${e.agent}` : ''}
            </span>
            {e.text ? <span className="event-text">{e.text}</span> : null}
            {e.ticketId ? <span className="event-text">Ticket {e.ticketId}</span> : null}
            {e.tweetUrl ? <a href={e.tweetUrl} target="_blank" rel="noreferrer noopener" className="small">Post</a> : null}
          </li>
        ))}
      </ul>
      {more ? <button type="button" onClick={onMore}>Show older</button> : null}
    </div>
  );
}
