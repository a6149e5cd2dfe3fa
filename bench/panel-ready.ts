/**
 * Panel ready after DOMContentLoaded, over fresh loads of a customer's status page.
 * Page: performance.timeOrigin + navigation entry's domContentLoadedEventStart.
 * Panel: performance.timeOrigin + the 'careline:ready' mark (App.tsx: templates listed and the page's
 * context arrived), put on the page's clock with the measured clock offset.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { MINJI, X_ORIGIN, clockOffset, shimFrame } from './browser';

/** Past the page's load event, Careline needs a few hundred ms; read the marks after that. */
const READ_AFTER_MS = 600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The panel frame, found from Node's side only. Locators and waitForFunction would make Playwright
 * inject its helper script into the page while it is still loading and delay what we measure.
 */
async function findPanelFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > until) throw new Error('panel frame did not appear');
    await sleep(50);
  }
}

/** Reads the panel's 'careline:ready' mark, waiting (bounded) until it exists. */
async function readReady(frame: Frame, timeoutMs = 15_000): Promise<{ origin: number; ready: number }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = await frame.evaluate(() => {
      const mark = performance.getEntriesByName('careline:ready')[0];
      return mark ? { origin: performance.timeOrigin, ready: performance.timeOrigin + mark.startTime } : null;
    });
    if (got) return got;
    if (Date.now() > until) throw new Error('the panel never set careline:ready');
    await sleep(100);
  }
}

export interface ReadySample {
  /** page DOMContentLoaded -> panel ready, ms. */
  readyMs: number;
  /** page DOMContentLoaded -> the content script's first DOM write (its page button), i.e. it started. */
  dclToScriptStartMs: number | null;
  /** page DOMContentLoaded -> the panel's <iframe> is in the page (after the layout is read from storage). */
  dclToIframeMs: number | null;
  /** page DOMContentLoaded -> the panel frame's navigation starts. */
  dclToFrameStartMs: number;
  /** the panel frame's navigation start -> ready (panel page load, React, Dexie, first page state). */
  frameStartToReadyMs: number;
  clockOffsetMs: number;
}

export interface ReadyResult {
  /** The first load in this browser (cold service worker, cold extension process): not in `samples`. */
  cold: ReadySample;
  samples: ReadySample[];
}

async function oneLoad(context: BrowserContext): Promise<ReadySample> {
  const page = await context.newPage();
  try {
    // Main world, before any script: when Careline's page button and its panel frame (its host) enter the DOM.
    await page.addInitScript(() => {
      if (window.top !== window) return;
      const seen = { toggle: null as number | null, iframe: null as number | null };
      (window as unknown as { __benchSeen: typeof seen }).__benchSeen = seen;
      const observer = new MutationObserver((records) => {
        const now = performance.timeOrigin + performance.now();
        for (const r of records) {
          for (const node of Array.from(r.addedNodes)) {
            if (!(node instanceof Element)) continue;
            if (seen.toggle === null && node.localName === 'careline-toggle') seen.toggle = now;
            // The frame is in the host's closed shadow root, already there when the host enters the DOM.
            if (seen.iframe === null && node.localName === 'careline-panel') seen.iframe = now;
          }
        }
        if (seen.toggle !== null && seen.iframe !== null) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${X_ORIGIN}${MINJI}`, { waitUntil: 'load' });
    const frame = await findPanelFrame(page);
    await sleep(READ_AFTER_MS);
    const panel = await readReady(frame);
    await shimFrame(frame);
    const { dcl, seen } = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (!nav) throw new Error('no navigation entry');
      const seen = (window as unknown as { __benchSeen?: { toggle: number | null; iframe: number | null } })
        .__benchSeen;
      return {
        dcl: performance.timeOrigin + nav.domContentLoadedEventStart,
        seen: seen ?? { toggle: null, iframe: null },
      };
    });
    const clock = await clockOffset(page, frame, 10);
    const ready = panel.ready + clock.offsetMs;
    const frameStart = panel.origin + clock.offsetMs;
    return {
      readyMs: ready - dcl,
      dclToScriptStartMs: seen.toggle === null ? null : seen.toggle - dcl,
      dclToIframeMs: seen.iframe === null ? null : seen.iframe - dcl,
      dclToFrameStartMs: frameStart - dcl,
      frameStartToReadyMs: ready - frameStart,
      clockOffsetMs: clock.offsetMs,
    };
  } finally {
    await page.close();
  }
}

/** A new tab per load, so each load is a fresh document and a fresh panel frame. */
export async function benchPanelReady(
  context: BrowserContext,
  opts: { loads: number; deadline: number },
): Promise<ReadyResult> {
  const cold = await oneLoad(context);
  const samples: ReadySample[] = [];
  for (let i = 0; i < opts.loads && Date.now() < opts.deadline; i++) samples.push(await oneLoad(context));
  return { cold, samples };
}
