/** What kind of x.com page the agent is on: derived from URL and title only (see page-kind.ts). */
export type PageKind = 'home' | 'notifications' | 'search' | 'status' | 'compose' | 'chat' | 'profile' | 'other';

/** The person the agent is answering, as read from X's page. */
export interface XPerson {
  /** Without the leading @, as X shows it (case preserved). */
  handle: string;
  /** Display name, emoji from img[alt] included. */
  name?: string;
  /**
   * X's numeric user id, when the page shows it (the Follow button's testid): stays the same when the
   * customer renames their handle, so their record follows them.
   */
  userId?: string;
}

/** The tweet being answered. */
export interface XTweet {
  statusId: string;
  /** Canonical https://x.com/<handle>/status/<id> */
  url: string;
  /** Plain text; emoji from img[alt]; line breaks kept. */
  text: string;
  /** BCP-47 from the tweetText element's lang attribute, when X gives one. */
  lang?: string;
}

/**
 * Whom the agent is answering right now.
 * - reply: a status page's focused tweet + inline reply box, or the reply modal.
 * - new-post: the Home composer (no customer).
 * - chat: X Chat conversation (customer known only when the page shows a handle).
 * - none: nothing to answer in view.
 */
export interface ReplyContext {
  kind: 'reply' | 'new-post' | 'chat' | 'none';
  customer?: XPerson;
  tweet?: XTweet;
  /** Which composer Careline would write into, or null when it cannot find one. */
  composer: 'draft' | 'textarea' | null;
  /** When composer is null: what Careline looked for (human readable, for the alert). */
  missing?: string;
  /**
   * On a reply: the parts of the post Careline looked for and could not find (human readable, for
   * the card's hint), e.g. when X renamed the tweet's markup and the customer comes from the URL.
   */
  unread?: string;
}

/** A composer element found on the page. */
export type ComposerTarget =
  { kind: 'draft'; editor: HTMLElement } | { kind: 'textarea'; textarea: HTMLTextAreaElement };
