/**
 * Keeps track of whom the agent is answering. Cheap on purpose: mutations only schedule one
 * debounced read of the page, so scrolling X's timeline costs a timer, not a DOM walk per mutation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '@/utils/messaging/protocol';
import { findComposer, readReplyContext, tweetFromReplyClick, X_ROOTS, type ComposerTarget } from '@/utils/x';
import { readAccountHandle } from '@/utils/x/account';
import { readTheme } from '@/utils/x/theme';
import { ObserverRegistry } from './observers';
import type { ThreadReader } from './post-thread';
import { safe } from './safe';

type ClickedTweet = ReturnType<typeof tweetFromReplyClick>;

/** Debounce for DOM churn; short enough that the panel follows a click within a frame or two. */
const SETTLE_MS = 80;
/** X renders a route's parts in waves (the Chat composer mounts in a shadow root late): look again. */
const RECHECK_AFTER_NAVIGATION_MS = [300, 1000, 2500];

export interface PageWatcher {
  current(): PageState;
  /**
   * The composer Careline found, with the reply context, at its last read of the page. Acting on a
   * key press goes by this one, not by a look at the page at that moment (which the page controls).
   */
  composer(): ComposerTarget | null;
}

export function watchPageState(
  ctx: ContentScriptContext,
  onChange: (state: PageState) => void,
  readThread?: ThreadReader,
): PageWatcher {
  const observers = new ObserverRegistry(ctx);
  let lastClicked: ClickedTweet = null;
  let timer: number | undefined;
  let composer: ComposerTarget | null = null;
  let current = read();
  let serialized = JSON.stringify(current);

  function read(): PageState {
    const context = readReplyContext(document, { url: location.href, title: document.title, lastClicked });
    try {
      composer = context.composer ? findComposer(document) : null;
    } catch {
      composer = null; // a DOM surprise: no composer to act on until the next read
    }
    const account = readAccountHandle(document);
    const state: PageState = { context, theme: readTheme(document) };
    if (account) state.account = account;
    const thread = readThread?.(document, location.href, context, account);
    if (thread) state.thread = thread;
    return state;
  }

  const update = safe('read reply context', () => {
    const next = read();
    const text = JSON.stringify(next);
    if (text === serialized) return;
    current = next;
    serialized = text;
    onChange(next);
  });

  function schedule(delay = SETTLE_MS): void {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      update();
    }, delay);
  }

  function attachObservers(): void {
    // What: tweets, composers and the reply modal appearing or going. Scope: X's React root
    // (#layers, where the modal lives, is inside it); body as a fallback before X has rendered.
    observers.attach({
      name: 'reply-context',
      scope: () => document.querySelector(X_ROOTS.app) ?? document.body,
      options: { childList: true, subtree: true },
      onChange: () => schedule(),
    });
    // What: X's display setting (light / dim / dark) is an inline style on <body>.
    observers.attach({
      name: 'theme',
      scope: () => document.body,
      options: { attributes: true, attributeFilter: ['style'] },
      onChange: () => schedule(),
    });
    // What: the title names the page kind and the tweet; X updates it after the route renders.
    observers.attach({
      name: 'title',
      scope: () => document.querySelector('head > title') ?? document.head,
      options: { childList: true, characterData: true, subtree: true },
      onChange: () => schedule(),
    });
  }

  attachObservers();
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    safe('navigation', (event: Event & { newUrl: URL }) => {
      // A reply modal's parent is remembered only while the modal's route is open. The destination,
      // not location: with the Navigation API the event comes before the address changes.
      if (!/\/compose\//.test(event.newUrl.pathname)) lastClicked = null;
      attachObservers();
      schedule(0);
      for (const ms of RECHECK_AFTER_NAVIGATION_MS) ctx.setTimeout(() => schedule(0), ms);
    }),
  );
  // The reply modal shows no status link: remember the tweet whose Reply button was clicked.
  // Capture phase, so we see the click before X's handler re-renders the timeline.
  ctx.addEventListener(
    document,
    'click',
    safe('reply click', (event: Event) => {
      const clicked = tweetFromReplyClick(event);
      if (clicked) lastClicked = clicked;
      schedule();
    }),
    { capture: true },
  );
  // Focus moving between composers (thread posts, modal vs inline) changes the target.
  ctx.addEventListener(
    document,
    'focusin',
    safe('focus', () => schedule()),
    { capture: true },
  );
  for (const ms of RECHECK_AFTER_NAVIGATION_MS) ctx.setTimeout(() => schedule(0), ms);

  return { current: () => current, composer: () => composer };
}
