// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/notifications/mentions"}
/**
 * The content script's queue marks: the posts an agent scrolls past stay on the agent's machine.
 * Every way out of the content script is watched (runtime messages to the background, fetch, the
 * summary sent to the panel) while 1,000 posts scroll by, mounted and unmounted like X's list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchQueueMarks } from '@/entrypoints/x.content/queue-marks';
import { queueViewSetting } from '@/utils/settings/queue-view';
import type { QueueMarksAnswer } from '@/utils/team/queue-marks-types';
import { tweetHtml } from '../x/fragments';

const POSTS = 1000;
const MIN = 60_000;
const idOf = (i: number) => `19000000000${String(i).padStart(8, '0')}`;

/** An IntersectionObserver the test drives: `show(elements)` is the agent scrolling them into view. */
class FakeNear {
  static all: FakeNear[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeNear.all.push(this);
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  show(shown: Element[], hidden: Element[]) {
    const entry = (target: Element, isIntersecting: boolean) =>
      ({ target, isIntersecting }) as IntersectionObserverEntry;
    const entries = [
      ...shown.filter((el) => this.watched.has(el)).map((el) => entry(el, true)),
      ...hidden.filter((el) => this.watched.has(el)).map((el) => entry(el, false)),
    ];
    if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Generous: the machine is shared, and the counts are made at most every 300 ms. */
const WAIT = { timeout: 10_000 };
const waitFor = (check: () => void) => vi.waitFor(check, WAIT);
const frames = () => new Promise((resolve) => setTimeout(resolve, 30));

function fakeContext() {
  const stops: Array<() => void> = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  const ctx = {
    isInvalid: false,
    setInterval: (fn: () => void, ms: number) => timers.push(setInterval(fn, ms)),
    onInvalidated: (fn: () => void) => stops.push(fn),
  } as unknown as ContentScriptContext;
  return { ctx, stop: () => (stops.forEach((s) => s()), timers.forEach(clearInterval)) };
}

function post(i: number, minutesAgo: number): string {
  return tweetHtml({ handle: `customer${i % 50}`, statusId: idOf(i), textHtml: `post ${i}` }).replace(
    'datetime="2025-11-20T10:00:00.000Z"',
    `datetime="${new Date(Date.now() - minutesAgo * MIN).toISOString()}"`,
  );
}

let stop: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  FakeNear.all = [];
  vi.stubGlobal('IntersectionObserver', FakeNear);
  document.body.innerHTML =
    '<div id="react-root"><main><div data-testid="primaryColumn"><section></section></div></main></div>';
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('queue marks in the content script', () => {
  it('sends no post id anywhere while 1,000 posts scroll by', async () => {
    const answered = idOf(10);
    const claimed = idOf(11);
    const answer: QueueMarksAnswer = {
      state: 'connected',
      version: 7,
      targetMinutes: 60,
      clockOffsetMs: 0,
      marks: [
        { postId: answered, state: 'answered', at: Date.now() - 2 * MIN },
        { postId: claimed, state: 'claimed', at: Date.now() + 10 * MIN },
      ],
    };
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      asked.push(message);
      return answer;
    });
    const fetched = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetched);
    const summaries: unknown[] = [];
    const context = fakeContext();
    stop = context.stop;
    const marks = watchQueueMarks(context.ctx, (summary) => summaries.push(summary));

    // X's list keeps ~20 cells mounted: each step unmounts the old ones and mounts the next.
    const list = document.querySelector('section') as Element;
    for (let start = 0; start < POSTS; start += 20) {
      list.innerHTML = Array.from({ length: 20 }, (_, k) => post(start + k, (start + k) % 200)).join('');
      await frames();
      const near = FakeNear.all[0] as FakeNear;
      near.show(Array.from(list.querySelectorAll('article')), []);
      await frames();
      if (start === 0) {
        marks.refresh();
        // The posts on screen are marked in closed shadow roots: nothing of them for x.com's scripts.
        await waitFor(() => expect(summaries.at(-1)).toMatchObject({ answered: 1, claimed: 1, waiting: 18 }));
        const hosts = Array.from(list.querySelectorAll('careline-queue-mark'));
        expect(hosts).toHaveLength(20);
        expect(hosts.every((h) => (h as HTMLElement).shadowRoot === null)).toBe(true);
      }
    }

    expect(asked.length).toBeGreaterThan(0);
    for (const message of asked) {
      expect(message).toEqual(expect.objectContaining({ type: 'careline:queue-marks' }));
      expect(Object.keys(message as object).sort()).toEqual(
        'since' in (message as object) ? ['since', 'type'] : ['type'],
      );
    }
    expect(fetched).not.toHaveBeenCalled();
    const out = JSON.stringify([asked, summaries]);
    for (let i = 0; i < POSTS; i++) expect(out).not.toContain(idOf(i));
    for (const summary of summaries) {
      expect(Object.values(summary as object).every((v) => typeof v === 'number')).toBe(true);
    }
  });

  it('collapses answered posts with "Hide answered" and brings them back, keeping every card in the list', async () => {
    const answer: QueueMarksAnswer = {
      state: 'connected',
      version: 1,
      targetMinutes: 30,
      clockOffsetMs: 0,
      marks: [{ postId: idOf(1), state: 'handed-off', at: Date.now() }],
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => answer);
    const summaries: unknown[] = [];
    const context = fakeContext();
    stop = context.stop;
    watchQueueMarks(context.ctx, (summary) => summaries.push(summary));
    const list = document.querySelector('section') as Element;
    list.innerHTML = [post(0, 5), post(1, 40), post(2, 45)].join('');
    await frames();
    const articles = Array.from(list.querySelectorAll('article')) as HTMLElement[];
    (FakeNear.all[0] as FakeNear).show(articles, []);
    await waitFor(() =>
      expect(summaries.at(-1)).toEqual({ waiting: 2, pastTarget: 1, claimed: 0, answered: 1, targetMinutes: 30 }),
    );

    await queueViewSetting.setValue({ hideAnswered: true });
    await waitFor(() => expect(articles.map((a) => a.style.display)).toEqual(['', 'none', '']));
    expect(list.querySelectorAll('article')).toHaveLength(3);
    // A collapsed card has no box: the browser reports it out of view.
    (FakeNear.all[0] as FakeNear).show([], [articles[1] as HTMLElement]);
    await frames();
    await queueViewSetting.setValue({ hideAnswered: false });
    await waitFor(() => expect(articles.map((a) => a.style.display)).toEqual(['', '', '']));
  });

  it('draws nothing for an agent not in a team', async () => {
    const solo = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({
      state: 'solo',
      version: 1,
      targetMinutes: 60,
      clockOffsetMs: 0,
      marks: [],
    }));
    const summaries: unknown[] = [];
    const context = fakeContext();
    stop = context.stop;
    watchQueueMarks(context.ctx, (summary) => summaries.push(summary));
    const list = document.querySelector('section') as Element;
    list.innerHTML = post(0, 5);
    await frames();
    await waitFor(() => expect(solo).toHaveBeenCalled());
    (FakeNear.all[0] as FakeNear).show(Array.from(list.querySelectorAll('article')), []);
    await frames();
    expect(list.querySelector('careline-queue-mark')).toBeNull();
    expect(summaries.every((s) => s === null)).toBe(true);
  });
});
