/**
 * What the agent sees: X's in-app navigation (history.pushState, no reload) to a known customer's post,
 * until that customer's card is painted in the panel. Four customers of our x.com imitation get CRM
 * records (each with its own customer ID, which only the database knows) and history; the page moves
 * from one's post to another's. Start: the page's clock just before pushState. End: inside the panel
 * frame, a MutationObserver sees the customer ID in the card, then the next frame is painted
 * (requestAnimationFrame, then a task). The panel runs in its own process: its times are put on the
 * page's clock with the measured offset (browser.ts). Run on whatever Careline's database holds (the
 * card bench fills it with 100k customers / 1M events first).
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { seedCustomersIn, type CustomerSeed, type EventSeed } from '../tests/e2e/seed-customers';
import { X_ORIGIN, clockOffset, panelFrame } from './browser';
import { summarize, type Summary } from './stats';

/** Posts of the imitation, and the customer ID each author gets (what the card must show). */
const POSTS = [
  { path: '/minji_kim/status/1991000000000000101', handle: 'minji_kim', customerId: 'NAV-1001' },
  { path: '/jihoon_park/status/1991000000000000103', handle: 'jihoon_park', customerId: 'NAV-1003' },
  { path: '/tom_okafor/status/1991000000000000104', handle: 'tom_okafor', customerId: 'NAV-1004' },
  { path: '/seoyeon_lee/status/1991000000000000106', handle: 'seoyeon_lee', customerId: 'NAV-1006' },
] as const;

export interface CardNavigationFigures {
  /** pushState -> the card's customer ID painted in the panel, ms (page clock). */
  toPainted: Summary;
  /** pushState -> the customer ID in the panel's DOM (before the paint), ms. */
  toDom: Summary;
  /** pushState -> the post in the panel (the page state has arrived; the card's data may not have), ms. */
  toPost: Summary;
  clockOffsetMs: number;
  clockBoundMs: number;
}

interface Painted {
  post: number;
  dom: number;
  painted: number;
}

function seeds(): { customers: CustomerSeed[]; events: EventSeed[] } {
  const customers = POSTS.map((p) => ({ handle: p.handle, customerId: p.customerId, plan: '5G 프리미엄' }));
  const events: EventSeed[] = POSTS.flatMap((p) =>
    Array.from({ length: 60 }, (_, i) => ({
      customerHandle: p.handle,
      kind: 'reply-sent' as const,
      at: new Date(Date.parse('2026-11-01T00:00:00.000Z') + i * 3_600_000).toISOString(),
      text: `답변 ${i}`,
    })),
  );
  return { customers, events };
}

/** In the panel frame: resolves (on window.__navPainted) when `marker` is in the card and painted. */
async function watchFor(frame: Frame, marker: string, path: string): Promise<void> {
  await frame.evaluate(
    ([text, path]) => {
      const w = window as unknown as { __navPainted?: Painted | null };
      w.__navPainted = null;
      let post = 0;
      const has = () => document.querySelector('section.card')?.textContent?.includes(text) ?? false;
      const observer = new MutationObserver(() => {
        if (!post && document.querySelector('blockquote.tweet-excerpt')?.getAttribute('cite')?.endsWith(path))
          post = performance.timeOrigin + performance.now();
        if (!has()) return;
        observer.disconnect();
        const dom = performance.timeOrigin + performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            w.__navPainted = { post: post || dom, dom, painted: performance.timeOrigin + performance.now() };
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    [marker, path] as const,
  );
}

async function waitPainted(frame: Frame, timeoutMs = 10_000): Promise<Painted> {
  const handle = await frame.waitForFunction(
    () => (window as unknown as { __navPainted?: Painted | null }).__navPainted,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as Painted;
}

async function openPanel(page: Page): Promise<Frame> {
  try {
    return await panelFrame(page, 5_000);
  } catch {
    // A panel the agent has not opened on this tab yet: open it as the agent does.
    await page.keyboard.press('Alt+Shift+K');
    return panelFrame(page);
  }
}

export async function benchCardNavigation(
  context: BrowserContext,
  extensionId: string,
  navigations = 30,
): Promise<CardNavigationFigures> {
  const { customers, events } = seeds();
  await seedCustomersIn(context, extensionId, customers, events);
  const page = await context.newPage();
  try {
    await page.goto(`${X_ORIGIN}${POSTS[0].path}`, { waitUntil: 'load' });
    const frame = await openPanel(page);
    await frame.locator('section.card').getByText(POSTS[0].customerId).waitFor({ timeout: 15_000 });
    const clock = await clockOffset(page, frame, 15);
    const toPainted: number[] = [];
    const toDom: number[] = [];
    const toPost: number[] = [];
    // Two warm-up navigations (first use of each code path), then the measured ones.
    for (let i = 1; i <= navigations + 2; i++) {
      const post = POSTS[i % POSTS.length] as (typeof POSTS)[number];
      await watchFor(frame, post.customerId, post.path);
      const started = await page.evaluate((path) => {
        const t = performance.timeOrigin + performance.now();
        (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path);
        return t;
      }, post.path);
      const seen = await waitPainted(frame);
      if (i > 2) {
        toDom.push(seen.dom + clock.offsetMs - started);
        toPost.push(seen.post + clock.offsetMs - started);
        toPainted.push(seen.painted + clock.offsetMs - started);
      }
      // Let the page settle, as between two posts an agent reads.
      await page.waitForTimeout(150);
    }
    return {
      toPainted: summarize(toPainted),
      toDom: summarize(toDom),
      toPost: summarize(toPost),
      clockOffsetMs: clock.offsetMs,
      clockBoundMs: clock.boundMs,
    };
  } finally {
    await page.close();
  }
}
