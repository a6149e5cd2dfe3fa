/**
 * Browser plumbing for the bench: the panel frame of a page, a shim for tsx's `__name` helper, and the
 * clock offset between x.com's renderer and the panel's (an extension frame runs in its own process).
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { panelFrameOf } from '../scripts/chromium';

export const X_ORIGIN = 'https://x.com';
/** A Korean customer's status page with X's inline (Draft.js) reply box under it. */
export const MINJI = '/minji_kim/status/1991000000000000101';

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named inner functions of the callbacks we
 * hand to page.evaluate in `__name(fn, "name")`. Those callbacks run in the browser, where `__name`
 * does not exist: define it as the identity there (in every frame, before any script).
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export async function installShim(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: NAME_SHIM });
}

/** Same shim for a frame that may have been created before the init script (extension frames). */
export async function shimFrame(frame: Frame): Promise<void> {
  await frame.evaluate(NAME_SHIM);
}

/** The Careline panel's frame on an x.com page (found by its address: it is in a closed shadow root). */
export async function panelFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const frame = await panelFrameOf(page, timeoutMs);
  await frame.waitForLoadState('domcontentloaded', { timeout: timeoutMs });
  await shimFrame(frame);
  return frame;
}

/** Waits for the panel's own "ready" mark: templates listed and the page's context received. */
export async function waitPanelReady(frame: Frame, timeoutMs = 15_000): Promise<void> {
  await frame.waitForFunction(() => performance.getEntriesByName('careline:ready').length > 0, undefined, {
    timeout: timeoutMs,
  });
}

export interface ClockOffset {
  /** page clock minus panel clock, ms (add to a panel epoch to put it on the page's clock). */
  offsetMs: number;
  /** Half the round trip: the most the offset can be off if the two one-way trips were very unequal. */
  boundMs: number;
  pings: number;
}

interface Pong {
  d1: number;
  t: number;
}

/**
 * Estimates how far the page's and the panel's `performance.timeOrigin + now()` disagree. Each process
 * maps its monotonic clock to the epoch once; they usually agree to well under 1 ms, but we check:
 * the panel pings its parent page with window.postMessage and the page answers at once.
 * d1 = page receive - panel send = latency + offset; d2 = panel receive - page send = latency - offset.
 * offset = (min d1 - min d2) / 2. (postMessage is used here only by the bench, never by Careline.)
 */
export async function clockOffset(page: Page, frame: Frame, pings = 15): Promise<ClockOffset> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchClock?: boolean };
    if (w.__benchClock) return;
    w.__benchClock = true;
    window.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { __benchClock?: string; t?: number } | null;
      if (!data || data.__benchClock !== 'ping' || typeof data.t !== 'number') return;
      const received = performance.timeOrigin + performance.now();
      (event.source as Window | null)?.postMessage(
        { __benchClock: 'pong', d1: received - data.t, t: performance.timeOrigin + performance.now() },
        '*',
      );
    });
  });
  const { d1, d2 } = await frame.evaluate(async (n: number) => {
    const out = { d1: [] as number[], d2: [] as number[] };
    for (let i = 0; i < n; i++) {
      const pong = await new Promise<{ data: Pong; at: number } | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 1000);
        const onMessage = (event: MessageEvent) => {
          const data = event.data as (Pong & { __benchClock?: string }) | null;
          if (!data || data.__benchClock !== 'pong') return;
          const at = performance.timeOrigin + performance.now();
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          resolve({ data, at });
        };
        window.addEventListener('message', onMessage);
        window.parent.postMessage({ __benchClock: 'ping', t: performance.timeOrigin + performance.now() }, '*');
      });
      if (pong) {
        out.d1.push(pong.data.d1);
        out.d2.push(pong.at - pong.data.t);
      }
    }
    return out;
  }, pings);
  if (d1.length === 0) throw new Error('clock offset: the page never answered the panel');
  const minD1 = Math.min(...d1);
  const minD2 = Math.min(...d2);
  return { offsetMs: (minD1 - minD2) / 2, boundMs: (minD1 + minD2) / 2, pings: d1.length };
}

/** Launch-independent check that a page really has (or has not) Careline in it. */
export async function hasCareline(page: Page): Promise<{ iframe: number; toggle: number }> {
  return {
    // The panel frame's host (the frame itself is in its closed shadow root).
    iframe: await page.locator('careline-panel').count(),
    toggle: await page.locator('careline-toggle').count(),
  };
}
