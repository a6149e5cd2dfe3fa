/**
 * The panel frame exists only where the agent can see the panel open: a tab opened behind the one in
 * front has the page button alone until the agent brings it forward, and a closed panel's frame goes
 * once its tab is behind another. Run in a browser whose background tabs are hidden (real-tabs.ts).
 */
import type { Page } from '@playwright/test';
import { composerState, expect, isPanelFrame, panelOf, test } from './fixtures';
import { launchRealTabs, type RealTabs } from './real-tabs';

const MINJI = 'https://x.com/minji_kim/status/1991000000000000101';
const SARAH = 'https://x.com/sarah_j_miller/status/1991000000000000102';

let tabs: RealTabs | undefined;
/** Uncaught errors on the x.com tabs: none allowed. */
let pageErrors: string[] = [];
test.afterEach(async () => {
  await tabs?.close();
  tabs = undefined;
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
  pageErrors = [];
});

function watchErrors(page: Page): Page {
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** The agent's first x.com tab, in front, its panel open (the default) and ready. */
async function firstTab(port: number): Promise<{ tabs: RealTabs; front: Page }> {
  tabs = await launchRealTabs(port);
  const front = watchErrors(await tabs.context.newPage());
  // A first install opens the welcome tab: closed, so `front` is the only tab.
  await expect.poll(() => tabs?.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(true);
  for (const page of tabs.context.pages()) if (page !== front) await page.close();
  await front.goto(MINJI);
  await front.bringToFront();
  await panelOf(front);
  return { tabs, front };
}

const visibility = (page: Page) => page.evaluate(() => document.visibilityState);
const panelFrames = (page: Page) => page.frames().filter(isPanelFrame).length;

test('a tab opened in the background shows only the page button until the agent brings it to the front', async ({
  xServer,
}) => {
  const { tabs, front } = await firstTab(xServer.port);
  const behind = watchErrors(await tabs.openBehind(front, SARAH));
  await behind.waitForURL(SARAH);
  expect(await visibility(behind)).toBe('hidden');
  // The content script is up (it knows the panel is open) but mounted no frame in the hidden tab.
  await expect(behind.getByRole('button', { name: 'Close Careline' })).toBeAttached();
  await expect(behind.locator('careline-panel')).toHaveCount(0);
  expect(panelFrames(behind)).toBe(0);

  await behind.bringToFront();
  await expect.poll(() => visibility(behind)).toBe('visible');
  await expect(behind.locator('careline-panel')).toBeVisible();
  const panel = await panelOf(behind);
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('@sarah_j_miller', { exact: true }),
  ).toBeVisible();
  await panel.getByRole('option', { name: 'Ask for a DM' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(behind)).toContain('DM');
  expect(panelFrames(behind)).toBe(1);
});

test('a closed panel keeps its frame while its tab is in front, and loses it once the tab is behind another', async ({
  xServer,
}) => {
  const { tabs, front } = await firstTab(xServer.port);
  const other = watchErrors(await tabs.openBehind(front, SARAH));
  await other.waitForURL(SARAH);
  await other.bringToFront();
  const panel = await panelOf(other);
  await panel.getByRole('searchbox', { name: 'Search templates' }).fill('outage');

  await other.getByRole('button', { name: 'Close Careline' }).click();
  await expect(other.locator('careline-panel')).toBeHidden();
  // Still in front: opened again at once, with what the agent typed.
  await other.getByRole('button', { name: 'Open Careline' }).click();
  await expect(panel.getByRole('searchbox', { name: 'Search templates' })).toHaveValue('outage');
  await other.getByRole('button', { name: 'Close Careline' }).click();
  await expect(other.locator('careline-panel')).toBeHidden();

  await front.bringToFront();
  await expect.poll(() => visibility(other)).toBe('hidden');
  await expect(other.locator('careline-panel')).toHaveCount(0);
  await expect.poll(() => panelFrames(other)).toBe(0);
  // The panel closed in one tab is closed in the others too, and theirs go while they are behind.
  await expect(front.getByRole('button', { name: 'Open Careline' })).toBeVisible();

  // Back in front and opened by the agent: a fresh panel that works.
  await other.bringToFront();
  await other.getByRole('button', { name: 'Open Careline' }).click();
  const fresh = await panelOf(other);
  await expect(fresh.getByRole('searchbox', { name: 'Search templates' })).toBeFocused();
  await expect(fresh.getByRole('searchbox', { name: 'Search templates' })).toHaveValue('');
  await fresh.getByRole('option', { name: 'Ask for a DM' }).click();
  await fresh.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(other)).toContain('DM');
});
