import { problemLocale } from '@/utils/i18n/problems';

/**
 * THE table of X's DOM: every selector Careline uses on x.com lives here, nowhere else.
 *
 * Rules (see shared/design.md, "X's DOM"):
 * - Only data-testid, role, aria-*, ids and link shapes. Never X's generated `css-…`/`r-…` classes:
 *   they change with every X deploy. (The Draft.js class names below are the editor library's own,
 *   stable across X deploys, and only ever a last fallback.)
 * - Each key is named by meaning and holds an ordered list of fallbacks, most specific first.
 *   Every entry says what it matches and where/when it was seen, so that when X changes its markup
 *   the next person knows which entries are evidence and which are guesses.
 * - `human` / `humanKo` is what the panel's "could not find X's reply box" alert shows the agent.
 *
 * Captures referred to below are in shared/x-captures/ (see its README).
 */

export interface SelectorEntry {
  /** Shown to the agent when nothing matches, e.g. "X's reply box (tweetTextarea_0)". */
  readonly human: string;
  /** The same in Korean, for agents who use Careline in Korean (the testid stays as X writes it). */
  readonly humanKo: string;
  /** CSS selectors, tried in order; the first one that matches anything wins. */
  readonly css: readonly string[];
}

/** A table entry plus all its fallbacks as one selector list (for closest()/matches()/observers). */
export interface XSelector extends SelectorEntry {
  readonly selector: string;
}

const TABLE = {
  appRoot: {
    human: "X's app (#react-root)",
    humanKo: 'X 앱 (#react-root)',
    css: [
      // React root holding the whole app, #layers included; seen Nov 2025 home-twitter-complete.html, mario-zechner-twitter.html.
      '#react-root',
    ],
  },
  layers: {
    human: "X's overlay layer (#layers)",
    humanKo: 'X의 오버레이 레이어 (#layers)',
    css: [
      // Where X mounts dialogs, the Grok drawer and toasts; seen Nov 2025 in both big captures.
      '#layers',
    ],
  },
  tweet: {
    human: 'a post on X (article data-testid="tweet")',
    humanKo: 'X의 게시물 (article data-testid="tweet")',
    css: [
      // The tweet card; seen Nov 2025 in home-twitter-complete.html (20) and mario-zechner-twitter.html (9), Oct 2025 in x-tweet-*.html.
      'article[data-testid="tweet"]',
      // Same testid should X drop the <article> element (guess, not seen).
      '[data-testid="tweet"]',
    ],
  },
  focusedTweet: {
    human: 'the open post on a status page (article data-testid="tweet" tabindex="-1")',
    humanKo: '게시물 페이지에서 열린 게시물 (article data-testid="tweet" tabindex="-1")',
    css: [
      // The status page's main tweet is the only one with tabindex -1; seen Oct 2025 in x-tweet-sample.html, per design.md.
      'article[data-testid="tweet"][tabindex="-1"]',
    ],
  },
  tweetUserName: {
    human: 'the author of a post (User-Name)',
    humanKo: '게시물 작성자 (User-Name)',
    css: [
      // Name link + "@handle" link (+ time link in timelines); seen in every capture, Oct-Nov 2025.
      '[data-testid="User-Name"]',
    ],
  },
  tweetText: {
    human: 'the text of a post (tweetText)',
    humanKo: '게시물 본문 (tweetText)',
    css: [
      // Text with lang attribute; emoji are <img alt>; seen in every capture, Oct-Nov 2025.
      '[data-testid="tweetText"]',
    ],
  },
  tweetPermalinkTime: {
    human: 'a post\'s link with its time (a[href*="/status/"] time)',
    humanKo: '시간이 표시된 게시물 링크 (a[href*="/status/"] time)',
    css: [
      // Permalink <a href="/<handle>/status/<id>"><time datetime>; absolute https://x.com/... in the Nov 2025 captures, relative in the Oct 2025 ones.
      'a[href*="/status/"] time',
    ],
  },
  quotedTweet: {
    human: 'a quoted post inside a post',
    humanKo: '게시물 안의 인용 게시물',
    css: [
      // The quoted tweet box is a div[role=link][tabindex=0] inside the article (its time has no link); seen Oct 2025 x-tweet-quote*.html, Nov 2025 home-twitter-complete.html.
      'div[role="link"]',
    ],
  },
  socialContext: {
    human: 'the "reposted"/"Pinned" line above a post',
    humanKo: '게시물 위의 "재게시함"/"고정됨" 줄',
    css: [
      // "<name> reposted" link to the REPOSTER's profile, or "Pinned"; seen Nov 2025 home-twitter-complete.html, mario-zechner-twitter.html.
      '[data-testid="socialContext"]',
    ],
  },
  followButton: {
    human: 'the Follow button that carries X\'s numeric user id (data-testid="<id>-follow")',
    humanKo: 'X의 숫자 사용자 ID가 담긴 팔로우 버튼 (data-testid="<id>-follow")',
    css: [
      // `<numeric user id>-follow` on the Follow button of a profile header and of "Who to follow" cells
      // (aria-label "Follow @<handle>", localized: never matched); seen Nov 2025 home-twitter-complete.html
      // (1462201664924909570-follow for @sonofalli, 2728439146-follow for @hwchase17) and
      // mario-zechner-twitter.html (189876762-follow beside UserAvatar-Container-badlogicgames).
      // In a status page's open post the author's Follow button (guess from X's markup, not in the captures).
      '[data-testid$="-follow"]',
      // The same button once the agent's account follows the customer (guess by symmetry with like/unlike, not seen).
      '[data-testid$="-unfollow"]',
    ],
  },
  replyButton: {
    human: 'a post\'s Reply button (data-testid="reply")',
    humanKo: '게시물의 답글 버튼 (data-testid="reply")',
    css: [
      // Reply button in the action bar; seen in every capture, Oct-Nov 2025.
      '[data-testid="reply"]',
    ],
  },
  draftComposer: {
    human: "X's reply box (tweetTextarea_0)",
    humanKo: 'X의 답글 입력창 (tweetTextarea_0)',
    css: [
      // Draft.js content div, role=textbox; seen Nov 2025 home-twitter-complete.html (inline Home composer), per design.md also inline reply and modal.
      '[data-testid="tweetTextarea_0"][contenteditable="true"]',
      // Same testid while X has it momentarily non-editable (e.g. during a send).
      '[data-testid="tweetTextarea_0"]',
      // Any editable textbox in the rich-text container; guess for a renamed editor testid.
      '[data-testid="tweetTextarea_0RichTextInputContainer"] [contenteditable="true"][role="textbox"]',
      // Draft.js's own class (library name, not an X-generated class); seen Nov 2025 home-twitter-complete.html.
      '.public-DraftEditor-content[contenteditable="true"]',
    ],
  },
  draftComposerAnyPost: {
    human: "a post box in X's composer (tweetTextarea_N)",
    humanKo: 'X 작성 창의 게시물 입력칸 (tweetTextarea_N)',
    css: [
      // Thread composer posts are tweetTextarea_0, _1, ...; per design.md (X 2025 bundles). [contenteditable] excludes _0_label/_0RichTextInputContainer.
      '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    ],
  },
  draftComposerContainer: {
    human: "X's reply box container (tweetTextarea_0RichTextInputContainer)",
    humanKo: 'X 답글 입력창의 컨테이너 (tweetTextarea_0RichTextInputContainer)',
    css: [
      // Wraps .DraftEditor-root; seen Nov 2025 home-twitter-complete.html.
      '[data-testid="tweetTextarea_0RichTextInputContainer"]',
      // Outer wrapper of the same; seen Nov 2025 home-twitter-complete.html.
      '[data-testid="tweetTextarea_0_label"]',
    ],
  },
  draftContents: {
    human: "the blocks of X's reply box (data-contents)",
    humanKo: 'X 답글 입력창의 블록 (data-contents)',
    css: [
      // Draft.js block container inside the editor; seen Nov 2025 home-twitter-complete.html.
      '[data-contents="true"]',
    ],
  },
  draftBlock: {
    human: "a paragraph of X's reply box (data-block)",
    humanKo: 'X 답글 입력창의 문단 (data-block)',
    css: [
      // Draft.js renders every block (paragraph) as [data-block="true"]; per design.md and draft-js 0.11 (the imitation).
      '[data-block="true"]',
    ],
  },
  draftTextLeaf: {
    human: 'a text leaf of X\'s reply box (data-text="true")',
    humanKo: 'X 답글 입력창의 텍스트 조각 (data-text="true")',
    css: [
      // Draft.js leaf: <span data-text="true"> with text, or <br data-text="true"> when empty (seen Nov 2025 home-twitter-complete.html).
      '[data-text="true"]',
    ],
  },
  sendInline: {
    human: "X's inline Post/Reply button (tweetButtonInline)",
    humanKo: 'X의 인라인 게시하기/답글 버튼 (tweetButtonInline)',
    css: [
      // aria-disabled="true" + disabled while empty; seen Nov 2025 home-twitter-complete.html (label "Tweet" there: the capture ran control-panel-for-twitter).
      '[data-testid="tweetButtonInline"]',
    ],
  },
  sendModal: {
    human: "X's Post/Reply button in the dialog (tweetButton)",
    humanKo: '대화상자 안의 X 게시하기/답글 버튼 (tweetButton)',
    css: [
      // Modal composer's send button; per design.md (X 2025 bundles), not in our captures.
      '[data-testid="tweetButton"]',
    ],
  },
  replyModal: {
    human: "X's reply dialog (#layers role=dialog)",
    humanKo: 'X의 답글 대화상자 (#layers role=dialog)',
    css: [
      // Reply/compose modal at /compose/post; per design.md (X 2025 bundles); #layers itself seen Nov 2025 in both big captures (no dialog open).
      '#layers [role="dialog"][aria-labelledby="modal-header"]',
      // Same dialog should X render it outside #layers (guess).
      '[role="dialog"][aria-labelledby="modal-header"]',
    ],
  },
  primaryColumn: {
    human: "X's main column (primaryColumn)",
    humanKo: 'X의 가운데 기본 영역 (primaryColumn)',
    css: [
      // Timeline / status column; seen Nov 2025 home-twitter-complete.html, mario-zechner-twitter.html.
      '[data-testid="primaryColumn"]',
      // Its landmark parent; seen Nov 2025 in both big captures (<main role="main">).
      'main[role="main"]',
      // Any <main>, should X drop the role attribute (guess).
      'main',
    ],
  },
  sidebarColumn: {
    human: "X's right sidebar (sidebarColumn: search, trends)",
    humanKo: 'X의 오른쪽 사이드바 (sidebarColumn: 검색, 트렌드)',
    css: [
      // Search box + trends beside the primary column; seen Nov 2025 home-twitter-complete.html (a div
      // with data-testid="sidebarColumn", its content in a position:fixed box placed by the flow).
      // X itself drops it below ~1000 px: Careline hides it the same way when the panel needs its room.
      '[data-testid="sidebarColumn"]',
    ],
  },
  accountSwitcher: {
    human: "X's account menu in the left navigation (SideNav_AccountSwitcher_Button)",
    humanKo: '왼쪽 메뉴의 X 계정 메뉴 (SideNav_AccountSwitcher_Button)',
    css: [
      // <button aria-label="Account menu"> with the signed-in account's avatar, name and "@handle"; seen Nov 2025 home-twitter-complete.html.
      '[data-testid="SideNav_AccountSwitcher_Button"]',
    ],
  },
  accountAvatar: {
    human: "the signed-in account's avatar (UserAvatar-Container-<handle>)",
    humanKo: '로그인한 계정의 프로필 사진 (UserAvatar-Container-<handle>)',
    css: [
      // Inside the account menu button, its testid ends in the handle (UserAvatar-Container-__regenerate); seen Nov 2025 home-twitter-complete.html.
      '[data-testid^="UserAvatar-Container-"]',
    ],
  },
  chatEmbedRoute: {
    human: 'X Chat (xchatEmbedRoute)',
    humanKo: 'X 채팅 (xchatEmbedRoute)',
    css: [
      // Host of X Chat's open shadow root at /i/chat; X Chat since late 2025, per design.md; not in our captures.
      '[data-testid="xchatEmbedRoute"]',
    ],
  },
  chatTextarea: {
    human: "X Chat's message box (dm-composer-textarea)",
    humanKo: 'X 채팅의 메시지 입력창 (dm-composer-textarea)',
    css: [
      // A real <textarea>; X Chat since late 2025, per design.md; not in our captures.
      'textarea[data-testid="dm-composer-textarea"]',
      // Legacy DM composer (/messages, before X Chat): a Draft.js editor; seen in public X-automation code, unverified here.
      '[data-testid="dmComposerTextInput"]',
    ],
  },
  chatSend: {
    human: "X Chat's Send button (dm-composer-send-button)",
    humanKo: 'X 채팅의 보내기 버튼 (dm-composer-send-button)',
    css: [
      // X Chat since late 2025, per design.md; not in our captures.
      '[data-testid="dm-composer-send-button"]',
      // Legacy DM send button; seen in public X-automation code, unverified here.
      '[data-testid="dmComposerSendButton"]',
    ],
  },
  chatHeader: {
    human: 'the X Chat conversation header (dm-conversation-header)',
    humanKo: 'X 채팅 대화 헤더 (dm-conversation-header)',
    css: [
      // Conversation header with a link to x.com/<handle>; described by a public X Chat reader (2025/26), not in our captures.
      '[data-testid="dm-conversation-header"]',
    ],
  },
  chatUserName: {
    human: "the X Chat contact's name (dm-conversation-username)",
    humanKo: 'X 채팅 상대방 이름 (dm-conversation-username)',
    css: [
      // Contact's display name in the conversation; described by a public X Chat reader (2025/26), not in our captures.
      '[data-testid="dm-conversation-username"]',
    ],
  },
} as const satisfies Record<string, SelectorEntry>;

export type XSelectorKey = keyof typeof TABLE;

function resolve<T extends Record<string, SelectorEntry>>(table: T): { readonly [K in keyof T]: T[K] & XSelector } {
  const out = {} as { [K in keyof T]: T[K] & XSelector };
  for (const key of Object.keys(table) as (keyof T)[]) {
    const entry: T[keyof T] = table[key];
    out[key] = { ...entry, selector: entry.css.join(', ') };
  }
  return out;
}

/** THE selectors table: `X.<key>.css` (ordered fallbacks), `.selector` (all as one list), `.human`. */
export const X = resolve(TABLE);

/** Roots to scope MutationObservers to (X renders everything, #layers included, under #react-root). */
export const X_ROOTS = { app: X.appRoot.selector, layers: X.layers.selector } as const;

/** All fallbacks of a key as one selector list (for closest()/matches()). */
export function selectorList(key: XSelectorKey): string {
  return X[key].selector;
}

/** Human description of a key, for the "could not find" alert. */
export function humanOf(key: XSelectorKey): string {
  return problemLocale() === 'ko' ? X[key].humanKo : X[key].human;
}

/** First element matching the key, trying fallbacks in order (earlier fallbacks win even if later in the DOM). */
export function queryFirst(root: ParentNode, key: XSelectorKey): Element | null {
  for (const css of X[key].css) {
    const hit = root.querySelector(css);
    if (hit) return hit;
  }
  return null;
}

/** All elements matched by the first fallback that matches anything. */
export function queryAll(root: ParentNode, key: XSelectorKey): Element[] {
  for (const css of X[key].css) {
    const hits = root.querySelectorAll(css);
    if (hits.length > 0) return Array.from(hits);
  }
  return [];
}

/** Nearest ancestor-or-self matching any fallback of the key. */
export function closestOf(el: Element, key: XSelectorKey): Element | null {
  return el.closest(selectorList(key));
}
