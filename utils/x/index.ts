/**
 * The X DOM adapter: ALL knowledge of x.com's markup lives in utils/x/. Everything else in Careline
 * goes through this API (insertion strategies: utils/x/insert).
 */
export type { ComposerTarget, PageKind, ReplyContext, XPerson, XTweet } from './types';
export { X, X_ROOTS, X_SELECTOR_KEYS, humanOf, queryAll, queryFirst, selectorList, closestOf } from './selectors';
export type { XSelector, XSelectorKey } from './selectors';
export type { Fallback, SelectorEntry } from './selector-table/evidence';
export { HANDLE_RE, atHandle, mentionsIn, parseHandle } from './handle';
export {
  canonicalStatusUrl,
  handleFromProfileUrl,
  handleFromStatusUrl,
  isQueuePage,
  pageKind,
  statusIdFromUrl,
} from './page-kind';
export { readTweet, readUserName, tweetArticleOf, tweetFromReplyClick } from './read-tweet';
export type { TweetRead } from './read-tweet';
export {
  MISSING,
  chatRoots,
  describeMissingComposer,
  findActiveComposer,
  findChatComposer,
  findComposer,
  findDraftComposer,
  findModalComposer,
  findReplyModal,
} from './find-composer';
export { readReplyContext } from './reply-context';
export type { ReplyContextOptions } from './reply-context';
export { visibleText } from './dom-text';
export { replyAudience } from './audience';
export type { Audience } from './audience';
