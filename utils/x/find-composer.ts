import { deepActiveElement, isElement, isHTMLElement, isTextarea, openShadowRoots } from './dom-text';
import { pageKind } from './page-kind';
import { problemSayer } from '@/utils/i18n/problems';
import { xProblems } from '@/utils/i18n/messages/problems-x';
import { closestOf, humanOf, queryAll, queryFirst, selectorList } from './selectors';
import type { ComposerTarget, PageKind } from './types';

/**
 * Finding the box Careline writes into. Three kinds of composer on X:
 * - Draft.js editors (tweetTextarea_N): inline Home/status reply box and the reply/compose dialog;
 * - X Chat's <textarea> (dm-composer-textarea), often inside an open shadow root;
 * - (legacy DMs: a Draft.js editor, dmComposerTextInput.)
 */

function asTarget(el: Element | null): ComposerTarget | null {
  if (!el) return null;
  if (isTextarea(el)) return { kind: 'textarea', textarea: el };
  if (isHTMLElement(el)) return { kind: 'draft', editor: el };
  return null;
}

/** X's reply/compose dialog, when open. */
export function findReplyModal(doc: Document): Element | null {
  return queryFirst(doc, 'replyModal');
}

/** The editor inside the dialog: the focused post of a thread first, else the first post box. */
export function findModalComposer(modal: Element, doc: Document): ComposerTarget | null {
  const active = deepActiveElement(doc);
  if (active && modal.contains(active)) {
    const editor = active.closest(selectorList('draftComposerAnyPost'));
    if (editor) return asTarget(editor);
  }
  return asTarget(queryFirst(modal, 'draftComposer') ?? queryFirst(modal, 'draftComposerAnyPost'));
}

/** The composer that has focus right now (not when focus is in Careline's own panel frame). */
export function findActiveComposer(doc: Document): ComposerTarget | null {
  const active = deepActiveElement(doc);
  if (!isElement(active)) return null;
  if (isTextarea(active) && active.matches(selectorList('chatTextarea'))) return asTarget(active);
  const editor = active.closest(`${selectorList('draftComposerAnyPost')}, ${selectorList('chatTextarea')}`);
  return asTarget(editor);
}

/** The first tweetTextarea_0 draft editor, main column first (the sidebar never has one, but be safe). */
export function findDraftComposer(doc: Document): ComposerTarget | null {
  const column = queryFirst(doc, 'primaryColumn');
  return asTarget((column && queryFirst(column, 'draftComposer')) ?? queryFirst(doc, 'draftComposer'));
}

/**
 * On the compose route when X's dialog is not recognised (its markup changed): a post box outside
 * X's main column, the focused one first. The main column is the page behind the dialog.
 */
function findComposerOutsideColumn(doc: Document): ComposerTarget | null {
  const outside = (el: Element): boolean => closestOf(el, 'primaryColumn') === null;
  const active = findActiveComposer(doc);
  if (active?.kind === 'draft' && outside(active.editor)) return active;
  return asTarget(queryAll(doc, 'draftComposer').find(outside) ?? null);
}

/**
 * Where X Chat may live: the document, the open shadow root(s) of xchatEmbedRoute, and as a
 * fallback any open shadow root under <main> (should X rename the host).
 */
export function chatRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  const hosts = Array.from(doc.querySelectorAll(selectorList('chatEmbedRoute')));
  for (const host of hosts) {
    if (host.shadowRoot) roots.push(host.shadowRoot, ...openShadowRoots(host.shadowRoot));
  }
  const main = queryFirst(doc, 'primaryColumn')?.closest('main') ?? doc.querySelector('main');
  if (main) {
    for (const sr of openShadowRoots(main)) if (!roots.includes(sr)) roots.push(sr);
  }
  return roots;
}

/** X Chat's message box (or the legacy DM editor), wherever it is rendered. */
export function findChatComposer(doc: Document): ComposerTarget | null {
  for (const root of chatRoots(doc)) {
    const hit = asTarget(queryFirst(root, 'chatTextarea'));
    if (hit) return hit;
  }
  return null;
}

/**
 * Where each kind of page looks for a box: chat pages only in X Chat; pages for posts and replies
 * only in X's post boxes (X's chat drawer is never the target there); the compose route only in the
 * dialog X opens there, never in the page behind it (a reply would become a new post); other pages
 * in a post box, else in the chat drawer. A new page kind must say which.
 */
const COMPOSER_SEARCH: Record<PageKind, 'chat' | 'posts' | 'dialog' | 'posts-then-chat'> = {
  chat: 'chat',
  home: 'posts',
  notifications: 'posts',
  search: 'posts',
  status: 'posts',
  compose: 'dialog',
  profile: 'posts',
  other: 'posts-then-chat',
};

function urlOf(doc: Document): string {
  try {
    return doc.location?.href ?? '';
  } catch {
    return '';
  }
}

/**
 * The composer Careline should write into:
 * 1. the reply/compose dialog when it is open (and nothing else: the page behind it is inert);
 * 2. on chat pages (/i/chat, /messages): X Chat's box, in the document or an open shadow root;
 * 3. else the focused draft composer (thread post, inline box), else the first tweetTextarea_0;
 * 4. else, except on post/reply pages, X Chat's box: X's chat drawer floats over many pages, and a
 *    reply must never land in a DM box just because the status page has no reply box.
 * `url` defaults to the document's own; pass it when the document has none (tests).
 */
export function findComposer(root: Document, url: string = urlOf(root)): ComposerTarget | null {
  const modal = findReplyModal(root);
  if (modal) return findModalComposer(modal, root);
  const search = COMPOSER_SEARCH[pageKind(url, '')];
  if (search === 'chat') return findChatComposer(root);
  if (search === 'dialog') return findComposerOutsideColumn(root);
  const active = findActiveComposer(root);
  const draft = (active?.kind === 'draft' ? active : null) ?? findDraftComposer(root);
  if (draft || search === 'posts') return draft;
  return findChatComposer(root);
}

const say = problemSayer(xProblems);

/**
 * What Careline looks for, in words for the "could not find X's reply box" alert: functions, so
 * the words are in the language the content script speaks when the alert is made.
 */
export const MISSING = {
  replyBox: () => humanOf('draftComposer'),
  modalBox: () => say('x.inside', { part: humanOf('draftComposer'), container: humanOf('replyModal') }),
  chatBox: () => humanOf('chatTextarea'),
  anyBox: () => say('x.either', { first: humanOf('draftComposer'), second: humanOf('chatTextarea') }),
} as const;

/** The alert when the page itself could not be read (`why` is the error, for the bug report). */
export function describeUnreadablePage(why: string): string {
  return say('x.unreadable', { what: MISSING.anyBox(), why });
}

/**
 * The alert text for "no composer": as precise as the arguments allow (an open dialog, a chat
 * URL), else every kind of box Careline knows.
 */
export function describeMissingComposer(doc?: Document, url?: string): string {
  try {
    if (doc && findReplyModal(doc)) return MISSING.modalBox();
    if (url && COMPOSER_SEARCH[pageKind(url, '')] === 'chat') return MISSING.chatBox();
  } catch {
    // A DOM surprise only makes the description less precise.
  }
  return MISSING.anyBox();
}
