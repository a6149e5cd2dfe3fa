import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadCard, createCustomer, type SeenAs } from '@/utils/customers/card';
import type { ReplyContext } from '@/utils/x/types';
import { CustomerDetails } from './CustomerDetails';
import { CustomerHistory } from './CustomerHistory';
import { CustomerNotes } from './CustomerNotes';
import { CustomerSearch } from './CustomerSearch';
import { HandoffSection } from '../handoff/HandoffSection';
import { useLocale } from '@/components/useLocale';

const PAGE = 20;

/**
 * Who the agent is answering: what X shows (handle, name, tweet) plus what Careline knows (CRM
 * fields, tags, notes, history). A customer found with the search replaces the page's until "Back".
 */
export function CustomerCard({ context, onInsertReply }: { context: ReplyContext | undefined; onInsertReply: (text: string) => void }) {
  const { t } = useLocale();
  const [picked, setPicked] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const fromPage = context?.customer;
  const handle = picked ?? fromPage?.handle ?? null;
  const card = useLiveQuery(() => (handle ? loadCard(handle, limit) : undefined), [handle, limit]);
  const seen: SeenAs | null = handle
    ? picked
      ? { handle: picked }
      : { handle, name: fromPage?.name, tweetUrl: context?.tweet?.url, statusId: context?.tweet?.statusId }
    : null;
  const customer = card?.customer;
  const name = customer?.name ?? (picked ? undefined : fromPage?.name);

  return (
    <section className="card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('panel.customer.heading')}</h2>
      <CustomerSearch onPick={(h) => { setPicked(h); setLimit(PAGE); }} />
      {picked && fromPage ? (
        <button type="button" className="link" onClick={() => setPicked(null)}>{t('panel.customer.backTo', { handle: fromPage.handle })}</button>
      ) : null}
      {seen ? (
        <div className="customer">
          <p className="customer-name">
            {name ? <strong>{name}</strong> : null}{' '}
            <span className="handle">@{customer?.displayHandle ?? seen.handle}</span>
            {card && !customer ? <span className="pill">{t('panel.customer.new')}</span> : null}
          </p>
          {!picked && context?.tweet ? (
            <blockquote className="tweet-excerpt" lang={context.tweet.lang} cite={context.tweet.url}>
              {excerpt(context.tweet.text)}
            </blockquote>
          ) : null}
          {!picked && context?.kind === 'chat' ? <p className="muted">{t('panel.customer.chat')}</p> : null}
          {customer ? (
            <CustomerDetails customer={customer} seen={seen} />
          ) : card ? (
            <button type="button" onClick={() => void createCustomer(seen)}>{t('panel.customer.add')}</button>
          ) : null}
          <HandoffSection
            handle={seen.handle}
            seenName={seen.name}
            customer={customer}
            handoffs={card?.handoffs ?? []}
            history={card?.history ?? []}
            conversation={picked ? {} : { url: context?.tweet?.url, statusId: context?.tweet?.statusId, text: context?.tweet?.text, lang: context?.tweet?.lang }}
            onInsertReply={onInsertReply}
          />
          <CustomerNotes seen={seen} notes={card?.notes ?? []} />
          <CustomerHistory events={card?.history ?? []} more={card?.more ?? false} onMore={() => setLimit((l) => l + PAGE)} />
        </div>
      ) : (
        <p className="muted">
          {t('panel.customer.none')}
          {context?.kind === 'new-post' ? <span className="pill">{t('panel.customer.newPost')}</span> : null}
        </p>
      )}
      {!picked && context?.unread ? (
        <p className="muted hint">{t('panel.customer.unread', { what: context.unread })}</p>
      ) : null}
      {context && context.kind !== 'none' && context.composer === null ? (
        <p className="muted hint">{t('panel.customer.noComposer')}</p>
      ) : null}
    </section>
  );
}

function excerpt(text: string, max = 180): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
