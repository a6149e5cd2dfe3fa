import { visibleText } from './dom-text';
import {
  MISSING,
  chatRoots,
  describeUnreadablePage,
  findChatComposer,
  findComposer,
  findModalComposer,
  findReplyModal,
} from './find-composer';
import { AT_HANDLE_SOURCE, HANDLE_RE, mentionsIn } from './handle';
import { handleFromProfileUrl, handleFromStatusUrl, pageKind, statusIdFromUrl } from './page-kind';
import { readTweet, readUserName, type TweetRead } from './read-tweet';
import { humanOf, queryAll, queryFirst } from './selectors';
import type { ComposerTarget, PageKind, ReplyContext, XPerson } from './types';
import { errorText } from '@/utils/error-text';

export { findComposer } from './find-composer';
export { tweetFromReplyClick } from './read-tweet';

export interface ReplyContextOptions {
  url: string;
  title: string;
  /**
   * A tweet the agent explicitly pointed at (e.g. through a Careline control on the tweet). It wins
   * over the status page's focused tweet; on other pages it makes a 'reply' whose composer is null
   * until X's reply dialog is open (the Home box would post, not reply).
   */
  clickedTweet?: Element | null;
  /** The tweet whose Reply button the agent clicked last (see tweetFromReplyClick). */
  lastClicked?: TweetRead | null;
}

function composerKind(target: ComposerTarget | null): ReplyContext['composer'] {
  return target ? target.kind : null;
}

/** Builds the context; `missing` only when there is no composer. */
function ctx(
  kind: ReplyContext['kind'],
  target: ComposerTarget | null,
  missing: string,
  read?: TweetRead | null,
): ReplyContext {
  const out: ReplyContext = { kind, composer: composerKind(target) };
  if (read) {
    out.customer = read.person;
    if (read.tweet) out.tweet = read.tweet;
  }
  if (!target) out.missing = missing;
  return out;
}

const REPLYING_TO = [
  // English UI ("Replying to @handle").
  /^\s*Replying to\s+@/i,
  // Korean UI wording; unverified guess of X's string.
  new RegExp(`^\\s*${AT_HANDLE_SOURCE}[\\s\\S]*님에게 보내는 답글`),
];

/**
 * Handles named in the dialog's "Replying to @a and @b" line. Read from the smallest element
 * holding that line, outside the editor, so whatever the agent typed (maybe "@someone") never counts.
 */
function replyingToHandles(modal: Element, editor: HTMLElement | null): string[] {
  let line = '';
  for (const el of Array.from(modal.querySelectorAll('div, span'))) {
    if (editor && (editor.contains(el) || el.contains(editor))) continue;
    const text = visibleText(el);
    if (text.length < 300 && REPLYING_TO.some((re) => re.test(text))) line = text;
  }
  return mentionsIn(line);
}

/**
 * The parent tweet the dialog shows: a whole tweet card if X renders one, else just its User-Name
 * block. Never the dialog as a whole: its composer shows the AGENT's avatar and links.
 */
function modalParent(modal: Element, editor: HTMLElement | null): TweetRead | null {
  const card = queryFirst(modal, 'tweet');
  if (card && !(editor && card.contains(editor))) {
    const read = readTweet(card);
    if (read) return read;
  }
  for (const userName of queryAll(modal, 'tweetUserName')) {
    const person = readUserName(userName);
    if (person) return { person };
  }
  return null;
}

function sameHandle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * (b) X's reply dialog. It shows the parent tweet WITHOUT a status link, so the tweet comes from
 * `lastClicked`; the dialog's own parent tweet (User-Name) and "Replying to" line are checked
 * against it so a stale click never names the wrong customer. A dialog with no parent tweet is the
 * plain compose dialog: 'new-post'.
 */
function modalContext(doc: Document, modal: Element, opts: ReplyContextOptions): ReplyContext {
  const target = findModalComposer(modal, doc);
  const editor = target?.kind === 'draft' ? target.editor : null;
  const parent = modalParent(modal, editor);
  const replyingTo = replyingToHandles(modal, editor);
  const hasParentText = queryAll(modal, 'tweetText').length > 0;
  if (!parent && replyingTo.length === 0 && !hasParentText) return ctx('new-post', target, MISSING.modalBox());

  const last = opts.lastClicked;
  const known = parent ? [parent.person.handle] : replyingTo;
  if (last && (known.length === 0 || known.some((h) => sameHandle(h, last.person.handle)))) {
    return ctx('reply', target, MISSING.modalBox(), last);
  }
  if (parent) return ctx('reply', target, MISSING.modalBox(), parent);
  const first = replyingTo[0];
  return ctx('reply', target, MISSING.modalBox(), first ? { person: { handle: first } } : null);
}

/** (a) Status page: the focused tweet (tabindex -1), else the one whose id is in the URL, else the first. */
function statusContext(doc: Document, opts: ReplyContextOptions): ReplyContext {
  const target = findComposer(doc, opts.url);
  let source: Element | null = opts.clickedTweet ?? null;
  let fallback = false;
  let read = source ? readTweet(source) : null;
  if (!read) {
    source = queryFirst(doc, 'focusedTweet');
    read = source ? readTweet(source) : null;
  }
  if (!read) {
    const id = statusIdFromUrl(opts.url);
    const reads = queryAll(doc, 'tweet').map((a) => ({ a, r: readTweet(a) }));
    // Without the open post, another post of the URL's author (never someone else's reply: that
    // would put the wrong customer on the card); the card then says the open post was not found.
    const author = handleFromStatusUrl(opts.url);
    const byId = reads.find(({ r }) => r?.tweet?.statusId === id);
    const hit = byId ?? reads.find(({ r }) => r !== null && (!author || sameHandle(r.person.handle, author)));
    source = hit?.a ?? null;
    read = hit?.r ?? null;
    if (hit && !byId) fallback = true;
  }
  if (!read) {
    // Not rendered yet (or markup changed): the URL still names the author.
    source = null;
    const handle = handleFromStatusUrl(opts.url);
    read = handle ? { person: { handle } } : null;
  }
  const out = ctx(read ? 'reply' : 'none', target, MISSING.replyBox(), read);
  const unread = read ? unreadParts(doc, source) : [];
  if (fallback) unread.unshift(humanOf('focusedTweet'));
  if (unread.length > 0) out.unread = unread.join(', ');
  return out;
}

/**
 * What the card should say Careline could not read about the post it answers: the whole post when
 * the customer came from the URL alone, else its author block and text. Once X has rendered
 * (#react-root has content), so a page still loading is not reported.
 */
function unreadParts(doc: Document, article: Element | null): string[] {
  if (!article) {
    const app = queryFirst(doc, 'appRoot');
    return app && app.childElementCount > 0 && queryFirst(app, 'primaryColumn') ? [humanOf('tweet')] : [];
  }
  const parts: string[] = [];
  if (queryAll(article, 'tweetUserName').length === 0) parts.push(humanOf('tweetUserName'));
  if (queryAll(article, 'tweetText').length === 0) parts.push(humanOf('tweetText'));
  return parts;
}

/** (d) X Chat: the contact from the conversation header (an "@handle" text, else a profile link). */
function chatContext(doc: Document): ReplyContext {
  const target = findChatComposer(doc);
  let person: XPerson | null = null;
  for (const root of chatRoots(doc)) {
    const header = queryFirst(root, 'chatHeader');
    if (!header) continue;
    let handle = mentionsIn(visibleText(header), { wordStart: true })[0] ?? null;
    if (!handle) {
      for (const a of Array.from(header.querySelectorAll('a[href]'))) {
        handle = handleFromProfileUrl(a.getAttribute('href') ?? '');
        if (handle) break;
      }
    }
    if (handle && HANDLE_RE.test(handle)) {
      person = { handle };
      const nameEl = queryFirst(root, 'chatUserName');
      const name = nameEl ? visibleText(nameEl).trim() : '';
      if (name !== '' && !name.startsWith('@')) person.name = name;
      break;
    }
  }
  return ctx('chat', target, MISSING.chatBox(), person ? { person } : null);
}

/** X's reply/compose dialog, when it is open over the page and is the composer. */
function dialogContext(doc: Document, page: PageKind, opts: ReplyContextOptions): ReplyContext | null {
  const modal = findReplyModal(doc);
  // The photo viewer is a dialog too; only a dialog with a post box (or at /compose/...) is the composer.
  if (!modal || (page !== 'compose' && !findModalComposer(modal, doc))) return null;
  return modalContext(doc, modal, opts);
}

/**
 * A page without a post of its own: the tweet the agent pointed at, else a new post where the page
 * is for posting (`onPostingPage`), else nothing to answer.
 */
function pageContext(doc: Document, opts: ReplyContextOptions, onPostingPage: boolean): ReplyContext {
  if (opts.clickedTweet) {
    const read = readTweet(opts.clickedTweet);
    if (read) return ctx('reply', null, MISSING.modalBox(), read);
  }
  const target = findComposer(doc, opts.url);
  if (onPostingPage && target) return ctx('new-post', target, MISSING.anyBox());
  return ctx('none', target, MISSING.anyBox());
}

/**
 * The compose route whose dialog is not recognised (X changed its markup): the box comes from
 * outside the page behind it, the customer from the post whose Reply the agent clicked, as in a
 * dialog that names nobody.
 */
function composeContext(doc: Document, opts: ReplyContextOptions): ReplyContext {
  const target = findComposer(doc, opts.url);
  if (opts.lastClicked) return ctx('reply', target, MISSING.modalBox(), opts.lastClicked);
  return ctx(target ? 'new-post' : 'none', target, MISSING.modalBox());
}

/** Every page kind is handled here: a new kind makes the compiler stop at `satisfies never`. */
function readContext(doc: Document, page: PageKind, opts: ReplyContextOptions): ReplyContext {
  switch (page) {
    case 'chat':
      return chatContext(doc);
    case 'status':
      return dialogContext(doc, page, opts) ?? statusContext(doc, opts);
    case 'compose':
      return dialogContext(doc, page, opts) ?? composeContext(doc, opts);
    case 'home':
      return dialogContext(doc, page, opts) ?? pageContext(doc, opts, true);
    case 'notifications':
    case 'search':
    case 'profile':
    case 'other':
      return dialogContext(doc, page, opts) ?? pageContext(doc, opts, false);
    default:
      page satisfies never;
      return pageContext(doc, opts, false);
  }
}

/**
 * Whom the agent is answering and which box Careline would write into. Never throws: anything
 * unexpected in X's DOM gives kind 'none' with `missing` saying what Careline was looking for.
 */
export function readReplyContext(doc: Document, opts: ReplyContextOptions): ReplyContext {
  try {
    return readContext(doc, pageKind(opts.url, opts.title), opts);
  } catch (err) {
    const why = errorText(err);
    return { kind: 'none', composer: null, missing: describeUnreadablePage(why) };
  }
}
