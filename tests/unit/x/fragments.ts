/**
 * Small hand-written imitations of X's tweet markup for unit tests. Our own invented people and
 * text; the SHAPE (testids, roles, link forms, nesting) follows the real x.com captures (docs/architecture.md, "The captures").
 */

export interface TweetSpec {
  handle: string;
  name?: string;
  /** HTML of the tweetText element's children; omit for a tweet without text. */
  textHtml?: string;
  lang?: string;
  statusId?: string;
  /** Absolute https://x.com/... hrefs like home-twitter-complete.html and mario-zechner-twitter.html, else relative ones. */
  absolute?: boolean;
  /** "<name> reposted" line linking to this handle. */
  repostedBy?: string;
  /** A quoted tweet (its markup has no links, like X's). */
  quote?: { handle: string; name: string; textHtml?: string; photoOfStatus?: string; followId?: string };
  /** Status page layout: time link at the bottom, after the text; tabindex -1. */
  focused?: boolean;
  /** Put a /photo/1 link of the tweet before the permalink. */
  photo?: boolean;
  /** X's numeric user id on a Follow button beside the author, shaped like the captures' buttons. */
  followId?: string;
  /** The same button reading "Following" (testid `<id>-unfollow`). */
  following?: boolean;
}

export function tweetHtml(t: TweetSpec): string {
  const base = t.absolute ? 'https://x.com' : '';
  const name = t.name ?? t.handle;
  const permalink = t.statusId
    ? `<div><a href="${base}/${t.handle}/status/${t.statusId}" dir="ltr" aria-label="3 minutes ago" role="link"><time datetime="2025-11-20T10:00:00.000Z">3m</time></a></div>`
    : '';
  const social = t.repostedBy
    ? `<div><a href="${base}/${t.repostedBy}" dir="ltr" role="link"><span data-testid="socialContext">Someone reposted</span></a></div>`
    : '';
  const quote = t.quote
    ? `<div><div dir="ltr"><span>Quote</span></div><div tabindex="0" role="link">
         <div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-${t.quote.handle}"></div></div>
         ${t.quote.followId ? `<button data-testid="${t.quote.followId}-follow" type="button">Follow</button>` : ''}
         <div data-testid="User-Name"><div><div dir="ltr"><span><span>${t.quote.name}</span></span></div></div>
           <div><div tabindex="-1"><div dir="ltr"><span>@${t.quote.handle}</span></div></div></div>
           <div><div dir="ltr" aria-label="1 hour ago"><time datetime="2025-11-20T09:00:00.000Z">1h</time></div></div></div>
         ${t.quote.textHtml !== undefined ? `<div dir="auto" lang="en" data-testid="tweetText">${t.quote.textHtml}</div>` : ''}
         ${t.quote.photoOfStatus ? `<div><a href="${base}/${t.quote.handle}/status/${t.quote.photoOfStatus}/photo/1" role="link"><div data-testid="tweetPhoto"><img alt="Image" src="data:,"></div></a></div>` : ''}
       </div></div>`
    : '';
  const text =
    t.textHtml !== undefined
      ? `<div dir="auto"${t.lang ? ` lang="${t.lang}"` : ''} data-testid="tweetText">${t.textHtml}</div>`
      : '';
  const photo =
    t.photo && t.statusId
      ? `<div><a href="${base}/${t.handle}/status/${t.statusId}/photo/1" role="link"><div data-testid="tweetPhoto"><img alt="Image" src="data:,"></div></a></div>`
      : '';
  const userName = `<div data-testid="User-Name">
      <div><a href="${base}/${t.handle}" role="link"><div><div dir="ltr"><span><span>${name}</span></span></div>
        <div dir="ltr"><span><svg viewBox="0 0 22 22" aria-label="Verified account" role="img" data-testid="icon-verified"><g><path d="M0 0"></path></g></svg></span></div></div></a></div>
      <div><div><a href="${base}/${t.handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${t.handle}</span></div></a></div>
        ${t.focused ? '' : `<div dir="ltr" aria-hidden="true"><span>·</span></div>${permalink}`}</div>
    </div>`;
  const actions = `<div role="group" aria-label="1 reply">
      <button aria-label="1 Reply. Reply" role="button" data-testid="reply" type="button"><div dir="ltr"><svg viewBox="0 0 24 24"><g><path d="M1 1"></path></g></svg></div></button>
      <button aria-label="Like" role="button" data-testid="like" type="button"><svg></svg></button>
      ${t.statusId ? `<a href="${base}/${t.handle}/status/${t.statusId}/analytics" aria-label="9 views. View post analytics" role="link">9</a>` : ''}
    </div>`;
  return `<div data-testid="cellInnerDiv"><article role="article" tabindex="${t.focused ? '-1' : '0'}" data-testid="tweet">
    ${social}
    <div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-${t.handle}"><a href="${base}/${t.handle}" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="data:,"></a></div></div>
    ${userName}
    ${t.followId ? `<div><button aria-label="Follow @${t.handle}" role="button" data-testid="${t.followId}-${t.following ? 'unfollow' : 'follow'}" type="button"><div dir="ltr"><span><span>Follow</span></span></div></button></div>` : ''}
    ${text}
    ${photo}
    ${quote}
    ${t.focused ? `<div dir="ltr">${permalink}</div>` : ''}
    ${actions}
  </article></div>`;
}

/** Parses HTML into a fresh element of the test document. */
export function mount(html: string, doc: Document = document): HTMLElement {
  const host = doc.createElement('div');
  host.innerHTML = html;
  doc.body.append(host);
  return host;
}
