import { isElement, visibleText } from './dom-text';
import { HANDLE_RE, atHandle, mentionsIn } from './handle';
import { canonicalStatusUrl, handleFromProfileUrl, handleFromStatusUrl, statusIdFromUrl } from './page-kind';
import { avatarHandle, closestOf, followButtonUserId, queryAll, selectorList } from './selectors';
import type { XPerson, XTweet } from './types';

/** A tweet card as read from X's DOM: always its author, the tweet itself when it has a permalink. */
export interface TweetRead {
  person: XPerson;
  tweet?: XTweet;
}

/**
 * X marks text that is not in a human language with pseudo codes: "art" (emoji only, as in
 * home-twitter-complete.html), "zxx" (links/media only), "und", and private-use "qaa".."qtz"
 * ("qme" media, "qht" hashtags, "qam" mentions...). They would only confuse template-language
 * choice, so they are dropped.
 */
function usableLang(lang: string | null): string | undefined {
  if (!lang) return undefined;
  const l = lang.trim();
  if (l === '' || /^(?:art|zxx|und|q[a-t][a-z])$/i.test(l)) return undefined;
  return l;
}

/**
 * True when `el` sits inside a quoted tweet of `article`: X renders the quoted tweet in a
 * div[role=link] (its name, handle and text have no links). The verified badge is also a
 * div[role=link], but INSIDE User-Name, never around it, so it does not count here.
 */
function inQuote(el: Element, article: Element): boolean {
  const quote = selectorList('quotedTweet');
  for (let p = el.parentElement; p && p !== article; p = p.parentElement) {
    if (p.matches(quote)) return true;
  }
  return false;
}

/** Elements of `key` that belong to the article's own tweet (not its quoted tweet). */
function own(article: Element, key: 'tweetUserName' | 'tweetText'): Element[] {
  return queryAll(article, key).filter((el) => !inQuote(el, article));
}

/** The handle a User-Name block shows: its "@handle" link, its "@handle" text, its profile link. */
function handleInUserName(userName: Element): string | null {
  for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
    const h = atHandle(visibleText(a));
    if (h) return h;
  }
  // Modal and quoted tweets show "@handle" as plain text, no link (x-tweet-quote.html).
  // An element whose whole text is "@handle" first: a display name may itself contain "@word".
  for (const el of Array.from(userName.querySelectorAll('span, div'))) {
    const h = atHandle(visibleText(el));
    if (h) return h;
  }
  const [mentioned] = mentionsIn(visibleText(userName));
  if (mentioned) return mentioned;
  for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
    const h = handleFromProfileUrl(a.getAttribute('href') ?? '');
    if (h) return h;
  }
  return null;
}

/**
 * The person a User-Name block names, using nothing outside it. For places where the surrounding
 * markup also shows the agent (e.g. the reply dialog, whose composer has the agent's avatar).
 */
export function readUserName(userName: Element): XPerson | null {
  const handle = handleInUserName(userName);
  if (!handle) return null;
  const name = readName(userName, handle);
  return name ? { handle, name } : { handle };
}

/** Reads the author handle. Order: the User-Name block; the tweet's profile links; avatar testid. */
function readHandle(article: Element, userName: Element | undefined): string | null {
  const fromUserName = userName ? handleInUserName(userName) : null;
  if (fromUserName) return fromUserName;
  // Fallback: the first profile link of the tweet itself. Skip the "X reposted" line, whose link is
  // the REPOSTER (home-twitter-complete.html), and anything in a quoted tweet.
  const social = selectorList('socialContext');
  for (const a of Array.from(article.querySelectorAll('a[href]'))) {
    if (a.closest(social) || a.querySelector(social) || inQuote(a, article)) continue;
    const h = handleFromProfileUrl(a.getAttribute('href') ?? '');
    if (h) return h;
  }
  // Last resort: UserAvatar-Container-<handle> (seen in every capture); "unknown" is X's placeholder.
  for (const el of queryAll(article, 'userAvatar')) {
    if (inQuote(el, article)) continue;
    const h = avatarHandle(el);
    if (h && HANDLE_RE.test(h) && h !== 'unknown') return h;
  }
  return null;
}

/**
 * The author's numeric user id from a Follow button inside the post itself (never its quoted post's),
 * or undefined. Only in the post's own card: a "Who to follow" cell elsewhere names someone else.
 */
export function readUserId(article: Element): string | undefined {
  for (const el of queryAll(article, 'followButton')) {
    if (inQuote(el, article)) continue;
    const id = followButtonUserId(el);
    if (id) return id;
  }
  return undefined;
}

/** Display name: the User-Name link that is neither "@handle" nor a permalink; else the text before "@handle". */
function readName(userName: Element | undefined, handle: string): string | undefined {
  if (!userName) return undefined;
  for (const a of Array.from(userName.querySelectorAll('a[href]'))) {
    const text = visibleText(a).trim();
    if (text === '' || text.startsWith('@') || statusIdFromUrl(a.getAttribute('href') ?? '')) continue;
    return text;
  }
  const all = visibleText(userName);
  const at = all.indexOf(`@${handle}`);
  const name = (at >= 0 ? all.slice(0, at) : '').trim();
  return name === '' ? undefined : name;
}

/**
 * The tweet's own permalink: the FIRST a[href*="/status/"] holding a <time> (a quoted tweet's time
 * has no link). Fallback when X shows no time (e.g. a redesign): the first own status link of the
 * author. /photo/1, /analytics etc. suffixes are handled by statusIdFromUrl.
 */
function readPermalink(article: Element, handle: string): { id: string; handle: string | null } | null {
  const timed: Element[] = [];
  for (const time of queryAll(article, 'tweetPermalinkTime')) {
    const a = closestOf(time, 'statusLink');
    if (a && article.contains(a)) timed.push(a);
  }
  const ordered = [...timed.filter((a) => !inQuote(a, article)), ...timed];
  for (const a of ordered) {
    const href = a.getAttribute('href') ?? '';
    const id = statusIdFromUrl(href);
    if (id) return { id, handle: handleFromStatusUrl(href) };
  }
  for (const a of queryAll(article, 'statusLink')) {
    if (inQuote(a, article)) continue;
    const href = a.getAttribute('href') ?? '';
    const h = handleFromStatusUrl(href);
    const id = statusIdFromUrl(href);
    if (id && h && h.toLowerCase() === handle.toLowerCase()) return { id, handle: h };
  }
  return null;
}

/**
 * Reads one tweet card (`article[data-testid="tweet"]`, or any element laid out like one, such as
 * the parent tweet in the reply dialog). Null when no author handle can be found. Never throws on
 * odd markup: it only reads attributes and text.
 */
export function readTweet(article: Element): TweetRead | null {
  if (!isElement(article)) return null;
  const userNames = own(article, 'tweetUserName');
  const userName = userNames[0] ?? undefined;
  const handle = readHandle(article, userName);
  if (!handle) return null;
  const person: XPerson = { handle };
  const name = readName(userName, handle);
  if (name) person.name = name;
  const userId = readUserId(article);
  if (userId) person.userId = userId;

  const link = readPermalink(article, handle);
  if (!link) return { person };
  // The outer tweet's own text only: when the outer tweet has no text, the first tweetText would be
  // the quoted tweet's (home-twitter-complete.html, tweets with a quote and no text).
  const textEl = own(article, 'tweetText')[0];
  const tweet: XTweet = {
    statusId: link.id,
    url: canonicalStatusUrl(link.handle ?? handle, link.id),
    text: textEl ? visibleText(textEl) : '',
  };
  const lang = usableLang(textEl?.getAttribute('lang') ?? null);
  if (lang) tweet.lang = lang;
  return { person, tweet };
}

/** The tweet card around an element (e.g. a clicked button), or null. */
export function tweetArticleOf(el: Element): Element | null {
  return closestOf(el, 'tweet');
}

/** For the content script's capture-phase click listener: the tweet whose Reply button was clicked. */
export function tweetFromReplyClick(event: Event): TweetRead | null {
  try {
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    const target = path[0] ?? event.target;
    if (!isElement(target)) return null;
    const button = target.closest(selectorList('replyButton'));
    if (!button) return null;
    const article = tweetArticleOf(button);
    return article ? readTweet(article) : null;
  } catch {
    return null;
  }
}
