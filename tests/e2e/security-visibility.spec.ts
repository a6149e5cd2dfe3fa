/**
 * Clickjacking Careline's own panel. x.com's page cannot read into
 * the frame, but it can restyle the <careline-panel> host or lay its own element over it, with lures
 * where the panel's buttons are. Insert and Send handoff then refuse and say why (IntersectionObserver
 * v2 in the panel, entrypoints/panel/visibility.ts); X's own menus and toasts elsewhere change nothing.
 */
import type { Page } from '@playwright/test';
import { composerState, expect, test } from './fixtures';
import { CRM, clickLures, confirmPublicReply, expectRealPanelInserts, openJihoon, realPanel } from './attacker';

const COVERED = /covers the panel or makes it see-through/;

/** A lure the page draws where the agent will click, under the panel the page has made see-through. */
async function seeThroughPanel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host =
      document.querySelector<HTMLElement>('careline-panel') ??
      document.querySelector<HTMLElement>('[data-careline="panel"]');
    if (!host) throw new Error('no Careline panel in the page');
    host.style.setProperty('opacity', '0.001', 'important');
    const lure = document.createElement('div');
    lure.id = 'lure';
    lure.textContent = 'You won! Click the gift, then Confirm';
    Object.assign(lure.style, {
      position: 'fixed',
      top: '0',
      right: '0',
      bottom: '0',
      width: '360px',
      background: '#fde68a',
      zIndex: '2147482000',
    });
    document.body.append(lure);
  });
}

/** The page's own picture over the panel; clicks go through it (pointer-events: none) into the panel. */
async function coverPanel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.textContent = 'Free upgrade: click the gift, then Confirm';
    Object.assign(cover.style, {
      position: 'fixed',
      top: '0',
      right: '0',
      bottom: '0',
      width: '640px',
      background: 'rgba(253, 230, 138, 0.97)',
      zIndex: '2147483647',
      pointerEvents: 'none',
    });
    document.body.append(cover);
  });
}

test('the page makes the panel see-through over two lures: Insert refuses and says why, nothing reaches the composer', async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  await seeThroughPanel(page);
  // The agent reads the lure before clicking it (the guard's view of the page lags by about a second).
  await page.waitForTimeout(1_500);
  const panel = await realPanel(page);
  await clickLures(page, panel);
  expect(await composerState(page)).not.toContain(CRM.plan);
  await expect(panel.getByRole('alert')).toContainText(COVERED);
  // Where the agent is looking, not below the fold.
  await expect(panel.getByRole('alert')).toBeInViewport();

  // The page stops; the alert has said its piece and goes; the agent clicks Insert again: it works.
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('careline-panel, [data-careline="panel"]')?.style.removeProperty('opacity');
    document.getElementById('lure')?.remove();
  });
  await expect(panel.getByRole('alert')).toHaveCount(0, { timeout: 5_000 });
  await page.waitForTimeout(1_000);
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await confirmPublicReply(panel);
  await expect.poll(() => composerState(page)).toBe(`Your plan ${CRM.plan} (account ${CRM.customerId}) is active.`);
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('the page lays its own picture over the panel: Insert and Send handoff refuse, and no case is queued', async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  const panel = await realPanel(page);
  await coverPanel(page);
  await page.waitForTimeout(1_500);
  await clickLures(page, panel);
  expect(await composerState(page)).toBe('');
  await expect(panel.getByRole('alert')).toContainText(COVERED);

  const card = panel.getByRole('region', { name: 'Customer' });
  const handoff = await card.getByRole('button', { name: 'Hand off to call center' }).boundingBox();
  if (!handoff) throw new Error('no handoff button');
  await page.mouse.click(handoff.x + handoff.width / 2, handoff.y + handoff.height / 2);
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(1_500);
  const send = await dialog.getByRole('button', { name: 'Send handoff' }).boundingBox();
  if (!send) throw new Error('no Send handoff button');
  await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2);
  await expect(dialog.getByRole('alert')).toContainText(COVERED);
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(500);
  await expect(card.getByRole('status').filter({ hasText: /Handoff/ })).toHaveCount(0);
});

test("X's own menu and toast elsewhere on the page do not stop Insert", async ({ openX, context, extensionId }) => {
  const page = await openJihoon(openX, context, extensionId);
  // As X draws them: a menu in #layers next to the post, a toast at the bottom, both above everything.
  await page.evaluate(() => {
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    menu.textContent = 'Not interested in this post · Follow · Mute · Block · Report post';
    Object.assign(menu.style, {
      position: 'fixed',
      top: '120px',
      left: '420px',
      width: '280px',
      height: '220px',
      background: '#fff',
      boxShadow: '0 0 15px rgba(0,0,0,.2)',
      zIndex: '2147483647',
    });
    const toast = document.createElement('div');
    toast.setAttribute('data-testid', 'toast');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Your post was sent.';
    Object.assign(toast.style, {
      position: 'fixed',
      bottom: '24px',
      left: '300px',
      width: '420px',
      height: '48px',
      background: '#1d9bf0',
      zIndex: '2147483647',
    });
    (document.getElementById('layers') ?? document.body).append(menu, toast);
  });
  await page.waitForTimeout(1_500);
  await expectRealPanelInserts(page, () => composerState(page));
  await expect((await realPanel(page)).getByRole('alert')).toHaveCount(0);
});
