/**
 * The team's queue on X's own lists (home, notifications, search): every post near the screen gets a
 * mark saying whether the team answered, handed off or claimed it, or how long it has waited.
 *
 * The marks come from the background as post ids and states, asked for with a version number only:
 * the ids of the posts the agent scrolls past never leave this script. The work is batched so
 * scrolling stays smooth: one MutationObserver that only schedules a frame, one IntersectionObserver
 * that says which posts come near the screen (each watched until it first does), at most MAX_DRAWN_PER_FRAME marks drawn a frame, and one
 * timer a minute for the ages. "Hide answered" collapses a post's card (display: none) and keeps it in
 * X's list, whose cells X itself adds and removes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/messaging/background-api';
import type { QueueSummary } from '@/utils/messaging/protocol';
import { queueViewSetting } from '@/utils/settings/queue-view';
import type { QueueMarkEntry, QueueMarksAnswer } from '@/utils/team/queue-marks-types';
import { readAccountHandle } from '@/utils/x/account';
import { listTweetArticles, readListTweet, type ListTweet } from '@/utils/x/list-tweet';
import { isQueuePage, pageKind } from '@/utils/x/page-kind';
import { X_ROOTS, queryFirst } from '@/utils/x/selectors';
import { createMarkElement, MARK_TAG, type MarkElement } from './queue-mark-element';
import { countMarks, markView, type MarkView } from './queue-mark-view';
import { safe } from './safe';
import { onLanguageChange } from './words';

/** Marks drawn in one frame at most: a long list arriving at once is drawn over a few frames. */
const MAX_DRAWN_PER_FRAME = 40;
/** How often marks are asked for while a queue page is shown (the background holds them 5 s). */
const POLL_MS = 15_000;
const TICK_MS = 60_000;
const COUNT_MS = 300;
/** Just past the background's QUEUE_REFRESH_MS (utils/team/queue-marks.ts, not imported: it holds the token's code). */
const AFTER_COPY_MS = 5_500;
/** Posts this near the screen (one screen above and below) get their marks before they come into view. */
const NEAR = '100% 0px 100% 0px';

interface Tracked {
  /** Read when the post first comes near the screen (undefined before): never for the whole list at once. */
  tweet?: ListTweet | null;
  /** Came near the screen once: marked from then on (and no longer watched, so the observer's work shrinks). */
  seen: boolean;
  mark: MarkElement | null;
  view: MarkView | null;
  hidden: boolean;
}

export interface QueueMarks {
  /** The marks may have changed (the panel heard of an answer or a claim): ask for them now. */
  refresh(): void;
  /** The summary to show, for a panel that connects. */
  summary(): QueueSummary | null;
}

export function watchQueueMarks(
  ctx: ContentScriptContext,
  onSummary: (summary: QueueSummary | null) => void,
): QueueMarks {
  const tracked = new Map<Element, Tracked>();
  const toDraw = new Set<Element>();
  let marks = new Map<string, QueueMarkEntry>();
  let version: number | undefined;
  let targetMinutes = 60;
  let clockOffsetMs = 0;
  let inTeam = false;
  let onQueuePage = false;
  let hideAnswered = queueViewSetting.fallback.hideAnswered;
  let lastHref = '';
  let frame = 0;
  let everything = false;
  let lastSummary: QueueSummary | null = null;
  let summaryKey = 'null';
  let positioned: boolean | undefined;
  /** X changed the page since the last scan (the only time the list is walked). */
  let domDirty = true;
  /** A mark changed, or a post came or went: the counts are made again. */
  let countsDirty = true;
  let account: string | undefined;
  let countTimer: ReturnType<typeof setTimeout> | undefined;

  const near = new IntersectionObserver(
    safe('queue marks near', (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        const post = tracked.get(entry.target);
        if (!post) continue;
        if (!entry.isIntersecting || post.seen) continue;
        post.seen = true;
        near.unobserve(entry.target);
        toDraw.add(entry.target);
      }
      schedule();
    }),
    { rootMargin: NEAR },
  );

  function schedule(all = false): void {
    everything ||= all;
    if (frame === 0 && !ctx.isInvalid) frame = requestAnimationFrame(safe('queue marks frame', run));
  }

  const active = () => onQueuePage && inTeam;

  function run(): void {
    frame = 0;
    const href = location.href;
    if (href !== lastHref) {
      lastHref = href;
      const was = onQueuePage;
      onQueuePage = isQueuePage(pageKind(href, document.title));
      if (onQueuePage && !was) void ask();
    }
    if (!active()) return clear();
    if (domDirty) {
      domDirty = false;
      scan();
      account = readAccountHandle(document);
    }
    const now = Date.now() + clockOffsetMs;
    const batch = everything ? [...tracked.keys()] : [...toDraw];
    everything = false;
    let drawn = 0;
    for (const article of batch) {
      const post = tracked.get(article);
      toDraw.delete(article);
      if (!post || !post.seen) continue;
      if (drawn++ >= MAX_DRAWN_PER_FRAME) {
        toDraw.add(article);
        continue;
      }
      draw(article, post, now, account);
    }
    if (toDraw.size > 0) schedule();
    if (countsDirty) reportSoon();
  }

  /** The counts are for the panel's eyes, not the frame's: made at most every COUNT_MS. */
  function reportSoon(): void {
    if (countTimer !== undefined || ctx.isInvalid) return;
    countTimer = setTimeout(
      safe('queue counts', () => {
        countTimer = undefined;
        if (active()) report();
      }),
      COUNT_MS,
    );
  }

  /** New cards start being watched; cards X took out of the page are forgotten. */
  function scan(): void {
    const scope = queryFirst(document, 'primaryColumn') ?? document;
    for (const article of listTweetArticles(scope)) {
      if (tracked.has(article)) continue;
      tracked.set(article, { seen: false, mark: null, view: null, hidden: false });
      near.observe(article);
    }
    for (const [article, post] of tracked) {
      if (article.isConnected) continue;
      near.unobserve(article);
      tracked.delete(article);
      toDraw.delete(article);
      post.mark = null;
      if (post.view) countsDirty = true;
    }
  }

  function draw(article: Element, post: Tracked, now: number, account: string | undefined): void {
    if (post.tweet === undefined) post.tweet = readListTweet(article);
    const view = post.tweet ? markView(post.tweet, marks.get(post.tweet.statusId), now, targetMinutes, account) : null;
    if (view?.state !== post.view?.state || view?.past !== post.view?.past) countsDirty = true;
    post.view = view;
    if (!view) {
      post.mark?.host.remove();
      post.mark = null;
    } else {
      if (!post.mark || post.mark.host.parentNode !== article) {
        positioned ??= getComputedStyle(article).position !== 'static';
        post.mark = createMarkElement(document, positioned);
        article.prepend(post.mark.host);
      }
      post.mark.update(view, targetMinutes);
    }
    collapse(
      article as HTMLElement,
      post,
      hideAnswered && (view?.state === 'answered' || view?.state === 'handed-off'),
    );
  }

  function collapse(article: HTMLElement, post: Tracked, hide: boolean): void {
    if (hide === post.hidden) return;
    post.hidden = hide;
    if (hide) article.style.setProperty('display', 'none', 'important');
    else article.style.removeProperty('display');
  }

  /** Counts of the posts whose marks are drawn, each post once (a post may be listed twice). */
  function report(): void {
    countsDirty = false;
    let summary: QueueSummary | null = null;
    if (active()) {
      const byPost = new Map<string, MarkView>();
      for (const post of tracked.values()) if (post.tweet && post.view) byPost.set(post.tweet.statusId, post.view);
      summary = countMarks(byPost.values(), targetMinutes);
    }
    const key = JSON.stringify(summary);
    if (key === summaryKey) return;
    summaryKey = key;
    lastSummary = summary;
    onSummary(summary);
  }

  /** Off a queue page, or out of the team: every mark goes and every collapsed card comes back. */
  function clear(): void {
    for (const [article, post] of tracked) {
      post.mark?.host.remove();
      collapse(article as HTMLElement, post, false);
      near.unobserve(article);
    }
    tracked.clear();
    toDraw.clear();
    domDirty = true;
    report();
  }

  function apply(answer: QueueMarksAnswer): void {
    const wasInTeam = inTeam;
    // Offline: the last marks known still stand, and waiting posts still age.
    inTeam = answer.state === 'connected' || answer.state === 'offline';
    targetMinutes = answer.targetMinutes;
    clockOffsetMs = answer.clockOffsetMs;
    if (answer.marks) {
      marks = new Map(answer.marks.map((entry) => [entry.postId, entry]));
      version = answer.version;
    }
    if (answer.marks || inTeam !== wasInTeam) {
      countsDirty = true;
      schedule(true);
    }
  }

  /** Asks the background with the version this script holds, nothing else. */
  async function ask(): Promise<void> {
    if (ctx.isInvalid || !onQueuePage) return;
    const request =
      version === undefined
        ? { type: 'careline:queue-marks' as const }
        : { type: 'careline:queue-marks' as const, since: version };
    apply(await askBackground(request));
  }

  const observer = new MutationObserver(
    safe('queue marks observer', (records: MutationRecord[]) => {
      // Our own marks going in are not news.
      if (records.every((r) => r.addedNodes.length === 1 && (r.addedNodes[0] as Element).localName === MARK_TAG))
        return;
      domDirty = true;
      if (active() || location.href !== lastHref) schedule();
    }),
  );
  const root = document.querySelector(X_ROOTS.app) ?? document.body;
  observer.observe(root, { childList: true, subtree: true });

  const stopSetting = queueViewSetting.watch(
    safe('queue view setting', (value: { hideAnswered: boolean }) => {
      hideAnswered = value.hideAnswered;
      schedule(true);
    }),
  );
  void queueViewSetting.getValue().then(
    (value) => {
      hideAnswered = value.hideAnswered;
      schedule(true);
    },
    () => undefined,
  );
  const stopLanguage = onLanguageChange(() => schedule(true));
  // One timer for every age on the page; the poll only while the tab is seen.
  ctx.setInterval(
    safe('queue marks tick', () => active() && schedule(true)),
    TICK_MS,
  );
  ctx.setInterval(
    safe('queue marks poll', () => document.visibilityState === 'visible' && ask()),
    POLL_MS,
  );
  ctx.onInvalidated(
    safe('stop queue marks', () => {
      observer.disconnect();
      near.disconnect();
      stopSetting();
      stopLanguage();
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(countTimer);
    }),
  );
  schedule();

  return {
    refresh: safe('queue marks refresh', () => {
      void ask();
      // The background answers from its copy for 5 s after a fetch: asked once more when that has run out.
      ctx.setTimeout(
        safe('queue marks refresh again', () => ask()),
        AFTER_COPY_MS,
      );
    }),
    summary: () => lastSummary,
  };
}
