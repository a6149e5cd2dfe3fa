/**
 * Messages between the panel frame (extension page) and the content script in x.com's top frame.
 * They travel over a `tabs.connect` port: the page can neither see nor forge them, unlike
 * window.postMessage (docs/architecture.md).
 */
import type { ReplyContext } from '@/utils/x/types';
import { checkWebAddress } from '@/utils/web-address';

export const PANEL_PORT = 'careline-panel';

/** Firefox: the panel's port to the background, which relays it to the content script (panel-relay.ts). */
export const PANEL_RELAY_PORT = 'careline-panel-relay';

/**
 * Firefox: how often the panel sends a keepalive over the relay, below Firefox's 30 s idle limit for
 * an event page (a port message counts as activity; an open port alone does not).
 */
export const RELAY_KEEPALIVE_MS = 20_000;

export interface RelayKeepalive {
  kind: 'keepalive';
}

export function isRelayKeepalive(m: unknown): m is RelayKeepalive {
  return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'keepalive';
}

export type Theme = 'light' | 'dim' | 'dark';

/** What the content script pushes to the panel whenever it changes. */
export interface PageState {
  context: ReplyContext;
  theme: Theme;
  /** The X account the agent posts from, as X's account switcher shows it (no "@"); absent when unseen. */
  account?: string;
  /** On a status page: when this tab first showed the open post, and the brand's replies X shows under it. */
  thread?: PostThread;
}

/** A reply by the signed-in (brand) account that X shows under the open post. */
export interface BrandReply {
  statusId: string;
  handle: string;
  name?: string;
  /** ISO-8601, from the reply's time on X; absent when X shows none. */
  at?: string;
  /** At most MAX_BRAND_REPLY_CHARS. */
  text: string;
  /** The reply this agent sent from this tab (not an answer from elsewhere). */
  sentHere: boolean;
}

export interface PostThread {
  statusId: string;
  /** ISO-8601: when this tab first showed the post (a later reply is news to the agent). */
  openedAt: string;
  brandReplies: BrandReply[];
}

/** The most of a brand reply's text the content script sends: the alert shows it, nothing more. */
export const MAX_BRAND_REPLY_CHARS = 1_000;

/**
 * X's reply box around the point where Insert would land, pushed while the agent types: the panel's
 * length meter counts it. Page text: the panel only counts it, it never goes into what is inserted.
 */
export interface ComposerSnapshot {
  before: string;
  after: string;
}

/**
 * The most of each side the content script sends. Far beyond any limit (25,000 weighted is at most
 * 25,000 characters), so a page that stuffs the box still reads as over the limit, just not exactly.
 */
export const MAX_SNAPSHOT_SIDE_CHARS = 30_000;

/** A snapshot from the port, checked: two strings within the cap, else null (nothing in the box counted). */
export function toComposerSnapshot(value: unknown): ComposerSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const { before, after } = value as { before?: unknown; after?: unknown };
  if (typeof before !== 'string' || typeof after !== 'string') return null;
  if (before.length > MAX_SNAPSHOT_SIDE_CHARS || after.length > MAX_SNAPSHOT_SIDE_CHARS) return null;
  return { before, after };
}

/** A queue page's counts for the panel's queue bar: posts on the page, each once. Numbers only. */
export interface QueueSummary {
  waiting: number;
  pastTarget: number;
  claimed: number;
  answered: number;
  targetMinutes: number;
}

/** A summary from the port, checked: small non-negative whole numbers, else null (no bar). */
export function toQueueSummary(value: unknown): QueueSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const keys = ['waiting', 'pastTarget', 'claimed', 'answered', 'targetMinutes'] as const;
  if (!keys.every((k) => Number.isSafeInteger(v[k]) && (v[k] as number) >= 0)) return null;
  return Object.fromEntries(keys.map((k) => [k, v[k]])) as unknown as QueueSummary;
}

/** Content script -> panel. */
export type ContentMessage =
  | { kind: 'state'; state: PageState }
  /** `;shortcut` of a template with fill-in fields: the panel selects it and opens Fill in. */
  | { kind: 'open-template'; id: string }
  /** The agent opened the panel (page button, Alt+Shift+K): the caret goes into template search. */
  | { kind: 'focus-search' }
  /** X's box changed (typed, caret moved, inserted, another box): null when there is no box. */
  | { kind: 'composer'; composer: ComposerSnapshot | null }
  /** The queue page's counts changed; null: not a queue page, or not in a team. */
  | { kind: 'queue'; queue: QueueSummary | null }
  | { kind: 'response'; id: number; response: unknown; error?: string };

/** Background -> content script (runtime messaging), e.g. the Alt+Shift+K command. */
export interface ToggleMessage {
  type: 'careline:toggle';
}

export function isToggleMessage(m: unknown): m is ToggleMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'careline:toggle';
}

/** Alt+Shift+K, by physical key (on macOS Option+Shift+K types a character instead of "K"). */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

/**
 * What the background opens for `careline:open-tab`: an e-mail draft, or a web address Careline may
 * send a case to (utils/web-address.ts: https, or http on this machine), nothing else.
 */
export function isOpenableAddress(url: string): boolean {
  return url.startsWith('mailto:') || checkWebAddress(url).verdict === 'ok';
}

export interface SentReply {
  customer: { handle: string; name?: string };
  /** The final text, read from X's composer just before X sent it. */
  text: string;
  tweetUrl?: string;
  statusId?: string;
  templateId?: string;
  /** The public post the reply answers: what the suggester learns "similar posts" from. */
  postText?: string;
  /** The template the panel preselected for that post (kept when it equals templateId). */
  suggestedId?: string;
  /** The brand account the reply was inserted under (PageState.account then). */
  account?: string;
  /** What the post was about (a suggestion intent or 'other') and the place it names, as the panel had them. */
  topic?: string;
  place?: string;
  /** The reply's title, for a reply that is not in the library (an incident's holding or fixed reply). */
  templateTitle?: string;
}

/** What the panel tells the content script about an insert, for the send it may become. */
export interface InsertDesk {
  topic?: string;
  place?: string;
  templateTitle?: string;
}

/**
 * The background's answer to `careline:shortcut-render`. Text rendered for x.com's page holds public
 * values only (handle, X's display name, the agent's name, today); a template that uses the customer's
 * record, has fill-in fields or lacks a value goes to the panel, where the agent sees the filled text.
 */
export type ShortcutRender =
  { kind: 'text'; text: string; cursor?: number } | { kind: 'panel'; why: 'private' | 'fill-in' | 'missing' };

/**
 * The most of one sent reply Careline logs, in characters. X's longest posts (Premium) are 25,000
 * characters but a care reply is a few hundred; the cap keeps a page that stuffs the composer from
 * bloating history, handoff payloads and exports. Both sides apply it: the background does not
 * trust the content script's length.
 */
export const MAX_LOGGED_REPLY_CHARS = 10_000;

/** `text` cut to MAX_LOGGED_REPLY_CHARS, never through a surrogate pair, marked with "…" when cut. */
export function capLoggedReply(text: string): string {
  if (text.length <= MAX_LOGGED_REPLY_CHARS) return text;
  let end = MAX_LOGGED_REPLY_CHARS - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // a high surrogate would be left without its pair
  return `${text.slice(0, end)}…`;
}

/** The most of the answered post Careline keeps with a sent reply (posts are short; this is a cap, not a cut). */
export const MAX_LOGGED_POST_CHARS = 2_000;
