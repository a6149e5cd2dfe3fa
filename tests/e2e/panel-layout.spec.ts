/**
 * The panel beside X, never over it. At 1100, 1280, 1440 and 1920 px X's layout makes room for the
 * panel: the composer, its Reply/Post button, the post being answered and (where X shows them) search
 * and trends lie outside the panel and its resize handle; the page button is not on X's columns; the
 * handle is drawn. Too narrow for X's column and a full panel, the panel is a rail that expands over
 * X until Esc. Checked on our imitation (X's column widths) and on real x.com captures.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { captureFiles, captureHtml } from '../x-captures';
import { expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';
const WIDTHS = [1100, 1280, 1440, 1920];
/** The resize handle's width, left of the panel (entrypoints/x.content/page-room.ts). */
const HANDLE = 8;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Everything Careline draws on the right: the panel, its handle, the strip under it. */
async function careline(page: Page): Promise<Box> {
  const panel = await page.locator('careline-panel').boundingBox();
  if (!panel) throw new Error('the panel has no box');
  const height = page.viewportSize()?.height ?? 0;
  return { x: panel.x - HANDLE, y: 0, width: panel.width + HANDLE, height };
}

async function expectClearOf(page: Page, room: Box, things: Record<string, Locator>): Promise<void> {
  for (const [what, locator] of Object.entries(things)) {
    const box = await locator.boundingBox();
    expect(box, `${what} is on the page`).not.toBeNull();
    expect(
      overlaps(room, box as Box),
      `${what} ${JSON.stringify(box)} lies under Careline ${JSON.stringify(room)}`,
    ).toBe(false);
  }
}

async function expectNoSideScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

/** How many colours a screenshot region has (decoded in a blank tab: a uniform strip has one). */
async function colours(context: BrowserContext, png: Buffer): Promise<number> {
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}

for (const width of WIDTHS) {
  test(`at ${width}x900 the panel lies beside X's reply box, post, Reply button, search and trends`, async ({
    openX,
    context,
  }) => {
    const page = await openX(MINJI);
    await page.setViewportSize({ width, height: 900 });
    await expect((await panelOf(page)).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
    const primary = page.getByTestId('primaryColumn');
    const room = await careline(page);
    await expect.poll(async () => (await careline(page)).x).toBe(room.x);
    expect(room.width, 'a full panel, not the rail').toBeGreaterThanOrEqual(300 + HANDLE);
    await expectClearOf(page, await careline(page), {
      composer: primary.getByTestId('tweetTextarea_0'),
      'Reply button': primary.getByTestId('tweetButtonInline'),
      'the post answered': primary.locator('article[data-testid="tweet"][tabindex="-1"]'),
      "X's left nav": page.getByRole('navigation', { name: 'Primary' }),
    });
    const search = page.getByTestId('SearchBox_Search_Input');
    // Where X's sidebar fits beside the panel it stays; otherwise it goes, as X drops it itself.
    if (width === 1920) await expect(search).toBeVisible();
    if (await search.isVisible()) {
      await expectClearOf(page, await careline(page), {
        "X's search": search,
        "X's trends": page.getByTestId('trend').first(),
      });
    }
    await expectNoSideScroll(page);

    // The page button is in Careline's column, under the panel: not on X's columns, not on the panel.
    const button = await page.getByRole('button', { name: 'Close Careline' }).boundingBox();
    const primaryBox = await primary.boundingBox();
    const panelBox = await page.locator('careline-panel').boundingBox();
    if (!button || !primaryBox || !panelBox) throw new Error('missing box');
    expect(overlaps(button, primaryBox), 'page button on the timeline').toBe(false);
    expect(overlaps(button, panelBox), 'page button on the panel').toBe(false);
    expect(button.x).toBeGreaterThanOrEqual(panelBox.x);

    // The resize handle is drawn (not a uniform strip of X's background).
    const handle = await page.screenshot({
      clip: { x: panelBox.x - HANDLE, y: panelBox.y + panelBox.height / 2 - 30, width: HANDLE, height: 60 },
    });
    expect(await colours(context, handle)).toBeGreaterThan(1);
  });
}

test("Home's composer and Post button, and X's reply dialog, at 1100 px", async ({ openX }) => {
  const page = await openX('/home');
  await page.setViewportSize({ width: 1100, height: 900 });
  await panelOf(page);
  await expect.poll(async () => (await careline(page)).width).toBeGreaterThanOrEqual(300);
  const primary = page.getByTestId('primaryColumn');
  await expectClearOf(page, await careline(page), {
    'Home composer': primary.getByTestId('tweetTextarea_0'),
    'Post button': primary.getByTestId('tweetButtonInline'),
  });
  // X's reply dialog is centred in the window: it moves to the middle of X's part of it.
  await primary.getByTestId('reply').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('tweetTextarea_0')).toBeVisible();
  await expectClearOf(page, await careline(page), {
    'dialog composer': dialog.getByTestId('tweetTextarea_0'),
    'dialog Reply button': dialog.getByTestId('tweetButton'),
  });
});

test('narrower windows: first a narrower panel, then a rail, which Expand shows over X until Esc', async ({
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  // 1000 px: X's nav and column (688 px) leave less than the panel's 360: the panel gives way.
  await page.setViewportSize({ width: 1000, height: 800 });
  await expect.poll(async () => (await page.locator('careline-panel').boundingBox())?.width ?? 0).toBeLessThan(360);
  expect((await page.locator('careline-panel').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(300);
  await expectClearOf(page, await careline(page), {
    'Reply button': page.getByTestId('primaryColumn').getByTestId('tweetButtonInline'),
  });
  await expectNoSideScroll(page);

  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(async () => (await page.locator('careline-panel').boundingBox())?.width ?? 0).toBeLessThan(100);
  const primary = page.getByTestId('primaryColumn');
  await expectClearOf(page, await careline(page), {
    composer: primary.getByTestId('tweetTextarea_0'),
    'Reply button': primary.getByTestId('tweetButtonInline'),
    'the post answered': primary.locator('article[data-testid="tweet"][tabindex="-1"]'),
  });
  await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  await expectNoSideScroll(page);

  await panel.getByRole('button', { name: 'Expand panel' }).click();
  await expect
    .poll(async () => (await page.locator('careline-panel').boundingBox())?.width ?? 0)
    .toBeGreaterThanOrEqual(300);
  await expect(panel.getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
  await panel.getByRole('listbox', { name: 'Templates' }).focus();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await page.locator('careline-panel').boundingBox())?.width ?? 0).toBeLessThan(100);
  await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
});

/** A capture served as an x.com page, X's scripts stripped, everything it would fetch refused. */
async function openCapture(page: Page, file: string): Promise<void> {
  const html = captureHtml(file);
  await page.route(/^https?:/, (route) => {
    const url = route.request().url();
    if (url === `https://x.com/__capture/${file}`)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort();
  });
  await page.goto(`https://x.com/__capture/${file}`);
}

// Real x.com pages, X's own layout: tests/x-captures.ts finds them (never copied into the repo).
// A checkout without them has none of these cases, as the unit captures suite says.
const present = (files: string[]) => files.filter((file) => captureFiles().includes(file));
test.describe('on real x.com captures', () => {
  for (const width of present(['home-twitter-complete.html']).length ? WIDTHS : []) {
    test(`Home timeline capture at ${width}x900: composer, Post button, posts, search and trends are clear of the panel`, async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await openCapture(page, 'home-twitter-complete.html');
      await expect((await panelOf(page)).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
      await expect(page.locator('careline-panel')).toBeVisible();
      const things: Record<string, Locator> = {
        composer: page.getByTestId('tweetTextarea_0'),
        'Post button': page.getByTestId('primaryColumn').getByTestId('tweetButtonInline').first(),
        'first post': page.locator('article[data-testid="tweet"]:visible').first(),
      };
      const search = page.getByTestId('SearchBox_Search_Input');
      if (await search.isVisible()) Object.assign(things, { "X's search": search });
      await expectClearOf(page, await careline(page), things);
      await expectNoSideScroll(page);
    });
  }

  for (const file of present(['mario-zechner-twitter.html']))
    test(`profile capture ${file} at 1100x900: posts are clear of the panel`, async ({ context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await openCapture(page, file);
      await expect((await panelOf(page)).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
      await expectClearOf(page, await careline(page), {
        'first post': page.locator('article[data-testid="tweet"]:visible').first(),
      });
      await expectNoSideScroll(page);
    });
});
