import { useLiveRead } from '@/utils/db/live-read';
import { useEffect, useState } from 'react';
import {
  loadCard,
  createCustomer,
  followRename,
  linkCustomer,
  rememberUserId,
  renamedFrom,
  type SeenAs,
} from '@/utils/customers/card';
import { isXKey } from '@/utils/db/customers-repo';
import type { ReplyContext } from '@/utils/x/types';
import { CustomerDetails } from './CustomerDetails';
import { CustomerHistory } from './CustomerHistory';
import { CustomerNotes } from './CustomerNotes';
import { CustomerSearch } from './CustomerSearch';
import { LinkToRecord, UnlinkRecord, linkErrorText, recordName, type LinkMessage } from './CustomerLink';
import { HandoffSection } from '../handoff/HandoffSection';
import { useTeamCard } from '../useTeamCard';
import { useLocale } from '@/components/useLocale';

const PAGE = 20;

/**
 * Who the agent is answering: what X shows (handle, name, tweet) plus what Careline knows (CRM
 * fields, tags, notes, history). A customer found with the search replaces the page's until "Back".
 */
export function CustomerCard({
  context,
  onInsertReply,
}: {
  context: ReplyContext | undefined;
  onInsertReply: (text: string) => void;
}) {
  const { t } = useLocale();
  const [picked, setPicked] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  // Said about one X account: another post's card does not show it.
  const [said, setSaid] = useState<{ about?: string; message: LinkMessage } | null>(null);
  const fromPage = context?.customer;
  const handle = picked ?? fromPage?.handle ?? null;
  const card = useLiveRead(() => (handle ? loadCard(handle, limit) : undefined), [handle, limit]);
  const pageSeen: SeenAs | null = fromPage
    ? {
        handle: fromPage.handle,
        name: fromPage.name,
        userId: fromPage.userId,
        tweetUrl: context?.tweet?.url,
        statusId: context?.tweet?.statusId,
      }
    : null;
  const seen: SeenAs | null = handle ? (picked ? { handle: picked } : pageSeen) : null;
  const customer = card?.customer;
  const name = customer?.name ?? (picked ? undefined : fromPage?.name);
  // A CRM record without an X account, opened from the search: it has no handle to show.
  const crmOnly = customer ? !isXKey(customer.handle) : false;
  // Looked up by what the page or the search resolved; a CRM record without an X account by its customer id.
  const team = useTeamCard(
    seen ? { handle: seen.handle, userId: seen.userId, crmId: crmOnly ? customer?.customerId : undefined } : null,
    customer?.teamId,
  );

  // X's user id for this handle is remembered; a record under the customer's old handle is offered,
  // and moves only on the agent's click (the id comes from x.com's page).
  useEffect(() => {
    if (fromPage?.userId) void rememberUserId({ handle: fromPage.handle, userId: fromPage.userId });
  }, [fromPage?.handle, fromPage?.userId]);
  const previous = useLiveRead(
    () => (fromPage?.userId ? renamedFrom({ handle: fromPage.handle, userId: fromPage.userId }) : undefined),
    [fromPage?.handle, fromPage?.userId],
  );
  const linkMessage = said && said.about === fromPage?.handle ? said.message : null;
  const setLinkMessage = (message: LinkMessage) => setSaid({ about: fromPage?.handle, message });

  async function linkPicked(record: NonNullable<typeof customer>, to: SeenAs): Promise<void> {
    try {
      await linkCustomer(record.handle, to);
      setPicked(null);
      setLinkMessage({ kind: 'status', text: t('panel.link.done', { handle: to.handle, who: recordName(record) }) });
    } catch (error) {
      setLinkMessage({ kind: 'alert', text: linkErrorText(t, error) });
    }
  }

  return (
    <section className="card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('panel.customer.heading')}</h2>
      {team === 'revoked' ? (
        <p role="alert" className="error small">
          {t('panel.team.revoked')}
        </p>
      ) : null}
      <CustomerSearch
        onPick={(h) => {
          setPicked(h);
          setLimit(PAGE);
        }}
      />
      {picked && fromPage ? (
        <button type="button" className="link" onClick={() => setPicked(null)}>
          {t('panel.customer.backTo', { handle: fromPage.handle })}
        </button>
      ) : null}
      {seen ? (
        <div className="customer">
          <p className="customer-name">
            {name ? <strong>{name}</strong> : null}{' '}
            <span className="handle">
              {crmOnly ? t('panel.link.crmRecord') : `@${customer?.displayHandle || seen.handle}`}
            </span>
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
            <button type="button" onClick={() => void createCustomer(seen)}>
              {t('panel.customer.add')}
            </button>
          ) : null}
          {linkMessage ? (
            <p role={linkMessage.kind} className={linkMessage.kind === 'alert' ? 'error small' : 'small'}>
              {linkMessage.text}
            </p>
          ) : null}
          {picked && crmOnly && customer && pageSeen ? (
            <button type="button" onClick={() => void linkPicked(customer, pageSeen)}>
              {t('panel.link.linkNamed', { handle: pageSeen.handle, who: recordName(customer) })}
            </button>
          ) : null}
          {!picked && previous && pageSeen ? (
            <div className="renamed">
              <p className="small">
                {t('panel.link.renamed', { old: previous.displayHandle || previous.handle, handle: pageSeen.handle })}
              </p>
              <button
                type="button"
                onClick={() =>
                  void followRename(pageSeen).then(
                    () =>
                      setLinkMessage({
                        kind: 'status',
                        text: t('panel.link.moved', {
                          old: previous.displayHandle || previous.handle,
                          handle: pageSeen.handle,
                        }),
                      }),
                    (error: unknown) => setLinkMessage({ kind: 'alert', text: linkErrorText(t, error) }),
                  )
                }
              >
                {t('panel.link.move', { old: previous.displayHandle || previous.handle })}
              </button>
            </div>
          ) : null}
          {!picked && card && pageSeen && !customer?.customerId && !previous ? (
            <LinkToRecord seen={pageSeen} onDone={setLinkMessage} />
          ) : null}
          {!picked && pageSeen && customer?.customerId && !crmOnly ? (
            <UnlinkRecord seen={pageSeen} customer={customer} onDone={setLinkMessage} />
          ) : null}
          <HandoffSection
            handle={seen.handle}
            seenName={seen.name}
            customer={customer}
            handoffs={card?.handoffs ?? []}
            history={card?.history ?? []}
            conversation={
              picked
                ? {}
                : {
                    url: context?.tweet?.url,
                    statusId: context?.tweet?.statusId,
                    text: context?.tweet?.text,
                    lang: context?.tweet?.lang,
                  }
            }
            onInsertReply={onInsertReply}
          />
          <CustomerNotes seen={seen} notes={card?.notes ?? []} />
          <CustomerHistory
            events={card?.history ?? []}
            more={card?.more ?? false}
            onMore={() => setLimit((l) => l + PAGE)}
          />
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
