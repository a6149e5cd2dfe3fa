/**
 * Panel ready after DOMContentLoaded, over fresh loads of a customer's status page.
 * Page: performance.timeOrigin + navigation entry's domContentLoadedEventStart.
 * Panel: performance.timeOrigin + the 'careline:ready' mark (App.tsx: templates listed and the page's
 * context arrived), put on the page's clock with the measured clock offset.
 */
import type { BrowserContext } from '@playwright/test';
import { MINJI, X_ORIGIN, clockOffset, panelFrame, waitPanelReady } from './browser';

export interface ReadySample {
  /** page DOMContentLoaded -> panel ready, ms. */
  readyMs: number;
  /** page DOMContentLoaded -> the panel frame's navigation starts (content script ran, frame mounted). */
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
    await page.goto(`${X_ORIGIN}${MINJI}`, { waitUntil: 'domcontentloaded' });
    const frame = await panelFrame(page);
    await waitPanelReady(frame);
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (!nav) throw new Error('no navigation entry');
      return performance.timeOrigin + nav.domContentLoadedEventStart;
    });
    const panel = await frame.evaluate(() => {
      const mark = performance.getEntriesByName('careline:ready')[0];
      if (!mark) throw new Error('no careline:ready mark');
      return { origin: performance.timeOrigin, ready: performance.timeOrigin + mark.startTime };
    });
    const clock = await clockOffset(page, frame, 10);
    const ready = panel.ready + clock.offsetMs;
    const frameStart = panel.origin + clock.offsetMs;
    return {
      readyMs: ready - dcl,
      dclToFrameStartMs: frameStart - dcl,
      frameStartToReadyMs: ready - frameStart,
      clockOffsetMs: clock.offsetMs,
    };
  } finally {
    await page.close();
  }
}

/** A new tab per load, so each load is a fresh document and a fresh panel frame. */
export async function benchPanelReady(context: BrowserContext, opts: { loads: number; deadline: number }): Promise<ReadyResult> {
  const cold = await oneLoad(context);
  const samples: ReadySample[] = [];
  for (let i = 0; i < opts.loads && Date.now() < opts.deadline; i++) samples.push(await oneLoad(context));
  return { cold, samples };
}
