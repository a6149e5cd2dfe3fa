import type { ReplyContext } from '@/utils/x/types';

/** Who the agent is answering, as read from X's page. */
export function CustomerCard({ context }: { context: ReplyContext | undefined }) {
  const customer = context?.customer;
  return (
    <section className="card" aria-labelledby="customer-heading">
      <h2 id="customer-heading">Customer</h2>
      {customer ? (
        <div className="customer">
          <p className="customer-name">
            {customer.name ? <strong>{customer.name}</strong> : null} <span className="handle">@{customer.handle}</span>
          </p>
          {context?.tweet ? (
            <blockquote className="tweet-excerpt" lang={context.tweet.lang} cite={context.tweet.url}>
              {excerpt(context.tweet.text)}
            </blockquote>
          ) : null}
          {context?.kind === 'chat' ? <p className="muted">X Chat conversation</p> : null}
        </div>
      ) : (
        <p className="muted">
          No customer in view
          {context?.kind === 'new-post' ? <span className="pill">New post</span> : null}
        </p>
      )}
      {context && context.kind !== 'none' && context.composer === null ? (
        <p className="muted hint">X&apos;s reply box is not open here: Insert will offer to copy the reply.</p>
      ) : null}
    </section>
  );
}

function excerpt(text: string, max = 180): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
