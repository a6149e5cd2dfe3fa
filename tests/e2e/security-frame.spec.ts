/**
 * Clickjacking the panel with a copy of panel.html. The page frames its own
 * copy nearly invisibly under two lures (a template option, then Insert); the agent's two real clicks
 * must not put the customer's record into X's composer. Only the frame Careline itself mounted may
 * talk to the content script: the page cannot see that frame's address (closed shadow root, dynamic
 * URL) nor the per-mount secret its port presents.
 */
import { composerState, expect, test } from './fixtures';
import {
  CRM,
  addressesThePageCanLearn,
  clickLures,
  copyFrame,
  expectRealPanelInserts,
  frameCopy,
  openJihoon,
  realPanel,
} from './attacker';

test("x.com's scripts cannot learn the panel frame's address: not from the DOM, the timeline or window.frames", async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  const learned = await page.evaluate(() => {
    const seen: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLIFrameElement) seen.push(`iframe ${el.src}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const entry of performance.getEntries()) if (/extension/.test(entry.name)) seen.push(`timeline ${entry.name}`);
    for (let i = 0; i < window.frames.length; i++) {
      try {
        seen.push(`frames[${i}] ${window.frames[i]?.location.href}`);
      } catch {
        // Cross-origin: the address stays hidden, as it should.
      }
    }
    return { seen, host: document.querySelector('careline-panel')?.shadowRoot ?? null };
  });
  expect(learned.seen.filter((s) => s.includes('extension://'))).toEqual([]);
  expect(learned.host).toBeNull();
  // The panel is there all the same, for the agent.
  await expect(page.locator('careline-panel')).toBeVisible();
});

for (const panelOpen of [true, false]) {
  test(`a copy of panel.html framed by the page under two lures writes nothing into X's composer (Careline's panel ${panelOpen ? 'open' : 'closed'})`, async ({
    openX,
    context,
    extensionId,
  }) => {
    const page = await openJihoon(openX, context, extensionId);
    if (!panelOpen) {
      await page.getByRole('button', { name: 'Close Careline' }).click();
      await expect(page.getByRole('button', { name: 'Open Careline' })).toBeVisible();
    }
    const addresses = await addressesThePageCanLearn(page, extensionId);
    for (const [i, url] of addresses.entries()) {
      await frameCopy(page, url, `copy${i}`);
      await clickLures(page, await copyFrame(page, `copy${i}`));
      const written = await composerState(page);
      expect(written, `copy at ${url}`).not.toContain(CRM.plan);
      expect(written, `copy at ${url}`).not.toContain(CRM.customerId);
      await page.evaluate(
        (id) => document.querySelectorAll(`#${id}, #${id}-lure`).forEach((el) => el.remove()),
        `copy${i}`,
      );
    }
    if (!panelOpen) await page.getByRole('button', { name: 'Open Careline' }).click();
    await expectRealPanelInserts(page, () => composerState(page));
  });
}

test("even at the panel frame's own address (leaked), a copy the page frames cannot talk to x.com", async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  // Suppose the page learned the exact address Careline framed (whatever follows # is Careline's own).
  const real = await realPanel(page);
  const leaked =
    (await (await real.frameElement()).evaluate((el) => (el as HTMLIFrameElement).src)).split('#')[0] ?? '';
  expect(leaked).toMatch(/^chrome-extension:\/\/[^/]+\/panel\.html$/);

  await frameCopy(page, leaked, 'copy-leaked');
  const copy = await copyFrame(page, 'copy-leaked');
  // The copy loads (the address is web-accessible from x.com), but the content script never answers it.
  expect(copy).not.toBeNull();
  await expect(copy!.getByRole('region', { name: 'Customer' }).getByText(CRM.customerId)).toHaveCount(0);
  await clickLures(page, copy);
  expect(await composerState(page)).not.toContain(CRM.plan);
  expect(await composerState(page)).not.toContain(CRM.customerId);

  await page.evaluate(() => document.querySelectorAll('#copy-leaked, #copy-leaked-lure').forEach((el) => el.remove()));
  await expectRealPanelInserts(page, () => composerState(page));
});

test("the page cannot navigate Careline's frame to a page of its own; a reloaded panel frame is mounted again and works", async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);
  // A parent may navigate its child frames: through window.frames, every one it can reach.
  await page.evaluate(() => {
    for (let i = 0; i < window.frames.length; i++)
      window.frames[i]!.location.href = 'https://x.com/home?spoof=careline';
  });
  await page.waitForTimeout(1_500);
  expect(page.frames().filter((f) => f.url().includes('spoof=careline'))).toEqual([]);
  await expect(
    (await realPanel(page)).getByRole('region', { name: 'Customer' }).getByText(CRM.customerId),
  ).toBeVisible();

  // The frame reloaded (the agent's "Reload frame"): Careline mounts it again with a new secret.
  await (await realPanel(page)).evaluate(() => location.reload());
  await page.waitForTimeout(1_500);
  await expect(
    (await realPanel(page)).getByRole('region', { name: 'Customer' }).getByText(CRM.customerId),
  ).toBeVisible();
  await expectRealPanelInserts(page, () => composerState(page));
});
