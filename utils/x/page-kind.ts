import { HANDLE_RE } from './handle';
import type { PageKind } from './types';

/**
 * Page kind and status-URL parsing: PURE functions of URL (and title), no DOM.
 * X is a single-page app: the content script calls pageKind() again on every navigation.
 */

/** Hosts X serves its web app on (twitter.com still works and redirects slowly). */
const X_HOST = /^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/i;

/** Tweet ids are snowflakes: decimal, up to 19-20 digits (older ones are shorter). */
const STATUS_ID_RE = /^\d{1,20}$/;

/**
 * Top-level paths that look like handles but are X's own routes. A handle can't be one of these
 * (X reserves them), so `/<word>` for any of them is not a profile.
 */
const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'signin',
  'account',
  'intent',
  'share',
  'hashtag',
  'lists',
  'bookmarks',
  'communities',
  'premium',
  'premium_sign_up',
  'verified',
  'jobs',
  'grok',
  'tos',
  'privacy',
  'about',
  'help',
  'rules',
  'download',
  'topics',
  'who_to_follow',
  'connect_people',
  'oauth',
  'flow',
  'onboarding',
  'x',
  'twitter',
  'en',
  'user',
  'status',
  'statuses',
  'web',
  'chat',
]);

/** Profile sub-tabs that still show the profile (its header, its tweets). */
const PROFILE_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

/** Parses an absolute or host-relative URL/href; null when it is not on x.com/twitter.com. */
function parseXUrl(url: string): URL | null {
  let u: URL;
  try {
    u = new URL(url, 'https://x.com');
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return X_HOST.test(u.hostname) ? u : null;
}

/** Path segments without empty ones (so trailing slashes and `//` don't matter). */
function segments(u: URL): string[] {
  return u.pathname.split('/').filter((s) => s !== '');
}

interface StatusParts {
  /** null for /i/web/status/<id> and /i/status/<id>, which carry no handle. */
  handle: string | null;
  id: string;
}

/**
 * `/<handle>/status/<id>[/photo/1|/analytics|/quotes|...]`, `/i/web/status/<id>`, `/i/status/<id>`,
 * and the old `/<handle>/statuses/<id>`.
 */
function statusParts(u: URL): StatusParts | null {
  const s = segments(u);
  const [a, b, c, d] = s;
  if (a === undefined || b === undefined || c === undefined) return null;
  if (a === 'i' && b === 'web' && (c === 'status' || c === 'statuses') && d && STATUS_ID_RE.test(d)) {
    return { handle: null, id: d };
  }
  if (a === 'i' && (b === 'status' || b === 'statuses') && STATUS_ID_RE.test(c)) return { handle: null, id: c };
  if ((b === 'status' || b === 'statuses') && HANDLE_RE.test(a) && STATUS_ID_RE.test(c)) {
    return { handle: a, id: c };
  }
  return null;
}

/** The status id in a status URL or permalink href, or null. */
export function statusIdFromUrl(url: string): string | null {
  const u = parseXUrl(url);
  return u ? (statusParts(u)?.id ?? null) : null;
}

/** The author handle in a status URL or permalink href (null for /i/web/status/<id>). */
export function handleFromStatusUrl(url: string): string | null {
  const u = parseXUrl(url);
  return u ? (statusParts(u)?.handle ?? null) : null;
}

/** The handle of a profile URL/href `/<handle>` (or a profile tab), or null. */
export function handleFromProfileUrl(url: string): string | null {
  const u = parseXUrl(url);
  if (!u) return null;
  const [a, b, ...rest] = segments(u);
  if (a === undefined || rest.length > 0) return null;
  if (!HANDLE_RE.test(a) || RESERVED.has(a.toLowerCase())) return null;
  if (b !== undefined && !PROFILE_TABS.has(b)) return null;
  return a;
}

/** Canonical tweet URL, the one Careline stores and sends in handoffs. */
export function canonicalStatusUrl(handle: string, statusId: string): string {
  return `https://x.com/${handle}/status/${statusId}`;
}

/**
 * Only used when the URL cannot be parsed at all: X's titles are "<what> / X" (or "/ Twitter" with
 * some extensions, as in two of the captures: "Home / Twitter").
 */
function kindFromTitle(title: string): PageKind {
  const t = title.replace(/^\(\d+\)\s*/, '').trim();
  if (/^Home\s*\/\s*(?:X|Twitter)$/i.test(t)) return 'home';
  if (/^(?:Messages|Chat)\s*\/\s*(?:X|Twitter)$/i.test(t)) return 'chat';
  if (/^Notifications\s*\/\s*(?:X|Twitter)$/i.test(t)) return 'notifications';
  if (/ - Search\s*\/\s*(?:X|Twitter)$/i.test(t)) return 'search';
  return 'other';
}

/** What kind of X page this is. Non-X hosts are 'other'. */
export function pageKind(url: string, title: string): PageKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return kindFromTitle(title);
  }
  if (!X_HOST.test(u.hostname)) return 'other';
  const s = segments(u);
  const [a, b] = s;
  if (a === undefined || (a === 'home' && s.length === 1)) return 'home';
  if (statusParts(u)) return 'status';
  // /compose/post is X's current route, /compose/tweet the pre-2023 one; /intent/post|tweet is the web-intent composer page.
  if ((a === 'compose' || a === 'intent') && (b === 'post' || b === 'tweet')) return 'compose';
  // X Chat (since late 2025) lives at /i/chat[/<ids>]; legacy DMs at /messages[/<ids>].
  if ((a === 'i' && b === 'chat') || a === 'messages') return 'chat';
  // Notifications and its tabs (/notifications/mentions, /notifications/verified); search results (/search?q=…).
  if (a === 'notifications') return 'notifications';
  if (a === 'search' && s.length === 1) return 'search';
  if (handleFromProfileUrl(url)) return 'profile';
  return 'other';
}

/** Pages that list posts the team may have to answer: the queue's marks are drawn there. */
export function isQueuePage(kind: PageKind): boolean {
  return kind === 'home' || kind === 'notifications' || kind === 'search';
}
