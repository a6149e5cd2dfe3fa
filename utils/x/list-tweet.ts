/**
 * The little the queue's marks need of a post in one of X's lists (home, notifications, search): its
 * status id, when it was posted and who posted it. Cheap on purpose: it runs for every post that
 * scrolls into view, so it reads the permalink's <time> and href only, never the post's text.
 */
import { handleFromStatusUrl, statusIdFromUrl } from './page-kind';
import { closestOf, queryAll, selectorList } from './selectors';

export interface ListTweet {
  statusId: string;
  /** Epoch ms of the post's <time datetime>, or null when X shows none that parses. */
  postedAt: number | null;
  /** The author's handle from the permalink (lower case), or null. */
  author: string | null;
}

/** Every tweet card under `root` (the timeline's own and those of any list X renders). */
export function listTweetArticles(root: ParentNode): Element[] {
  return queryAll(root, 'tweet');
}

/** Whether `el` is a tweet card (for checking what a mutation added). */
export function isTweetArticle(el: Element): boolean {
  return el.matches(selectorList('tweet'));
}

/** The focused post of a status page is not a list entry. */
function isFocused(article: Element): boolean {
  return article.matches(selectorList('focusedTweet'));
}

/**
 * The post a list's card shows, or null (the open post of a status page, a card without a
 * permalink). The first permalink <time> not inside a quoted post: a quoted post's time has no link.
 */
export function readListTweet(article: Element): ListTweet | null {
  if (isFocused(article)) return null;
  const quote = selectorList('quotedTweet');
  for (const time of queryAll(article, 'tweetPermalinkTime')) {
    const link = closestOf(time, 'statusLink');
    if (!link || !article.contains(link)) continue;
    const q = link.closest(quote);
    if (q && q !== article && article.contains(q)) continue;
    const href = link.getAttribute('href') ?? '';
    const statusId = statusIdFromUrl(href);
    if (!statusId) continue;
    const parsed = Date.parse(time.getAttribute('datetime') ?? '');
    return {
      statusId,
      postedAt: Number.isFinite(parsed) ? parsed : null,
      author: handleFromStatusUrl(href)?.toLowerCase() ?? null,
    };
  }
  return null;
}
