/**
 * The replies X shows under the open post of a status page: the timeline entries after the open
 * post's entry, up to the next section ("Discover more" brings posts that are not replies). Read to
 * tell the agent when the brand's own account answered the post from elsewhere (a phone, another tool).
 */
import { statusIdFromUrl } from './page-kind';
import { readTweet } from './read-tweet';
import { closestOf, queryAll, queryFirst, selectorList } from './selectors';

/** One reply under the open post. */
export interface ThreadReply {
  statusId: string;
  handle: string;
  name?: string;
  /** ISO-8601 from the reply's own permalink time, when X shows one. */
  at?: string;
  text: string;
  /** Written by the account the agent is signed in with (the brand). */
  byAccount: boolean;
}

/** Enough for any thread a care agent works in; the first ones are those X ranks closest to the post. */
export const MAX_THREAD_REPLIES = 50;

/** The time on the reply's own permalink (not a quoted post's, which has no link to this id). */
function permalinkTime(article: Element, statusId: string): string | undefined {
  for (const time of queryAll(article, 'tweetPermalinkTime')) {
    const link = closestOf(time, 'statusLink');
    if (link && statusIdFromUrl(link.getAttribute('href') ?? '') === statusId) {
      const at = time.getAttribute('datetime');
      if (at && !Number.isNaN(Date.parse(at))) return new Date(at).toISOString();
    }
  }
  return undefined;
}

/** Post cards after the open post in its timeline, up to the next section's heading. */
function repliesAfter(focused: Element): Element[] {
  const cell = closestOf(focused, 'timelineCell');
  const list = cell?.parentElement;
  if (!cell || !list) {
    // No timeline entries around the open post (markup changed): the cards after it in its column.
    const column = queryFirst(focused.ownerDocument, 'primaryColumn') ?? focused.ownerDocument.body;
    return queryAll(column, 'tweet').filter((a) => focused.compareDocumentPosition(a) & 4 /* FOLLOWING */);
  }
  const heading = selectorList('timelineSectionHeading');
  const cards: Element[] = [];
  for (let next = cell.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches(heading) || next.querySelector(heading)) break;
    cards.push(...queryAll(next, 'tweet'));
  }
  return cards;
}

/**
 * The replies under the open post `focused`, in page order, each flagged when `account` (the
 * signed-in handle, no "@") wrote it. Never throws on odd markup: cards it cannot read are skipped.
 */
export function readThreadReplies(focused: Element, account: string | undefined): ThreadReply[] {
  const me = account?.toLowerCase();
  const out: ThreadReply[] = [];
  for (const card of repliesAfter(focused)) {
    if (card === focused || focused.contains(card)) continue;
    const read = readTweet(card);
    if (!read?.tweet) continue;
    const reply: ThreadReply = {
      statusId: read.tweet.statusId,
      handle: read.person.handle,
      text: read.tweet.text,
      byAccount: me !== undefined && read.person.handle.toLowerCase() === me,
    };
    if (read.person.name) reply.name = read.person.name;
    const at = permalinkTime(card, reply.statusId);
    if (at) reply.at = at;
    out.push(reply);
    if (out.length >= MAX_THREAD_REPLIES) break;
  }
  return out;
}

/**
 * The open post's card on a status page whose URL names `statusId`: the focused card, else the card
 * with that id. Null on other pages, or for a post the page shows only as a reply in someone's thread.
 */
export function openPostCard(doc: Document, url: string, statusId: string): Element | null {
  if (statusIdFromUrl(url) !== statusId) return null;
  const focused = queryFirst(doc, 'focusedTweet');
  if (focused && readTweet(focused)?.tweet?.statusId === statusId) return focused;
  return queryAll(doc, 'tweet').find((a) => readTweet(a)?.tweet?.statusId === statusId) ?? null;
}
