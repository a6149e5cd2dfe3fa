/**
 * The clickjacking attacker, as x.com's own scripts would be: everything that touches the
 * page runs in its main world (`page.evaluate`), and the agent's clicks are real mouse clicks
 * (`page.mouse`) on what the page shows them. The test plays the attacker's offline homework (where
 * panel.html draws its buttons) by reading the layout of the copy through Playwright.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, isPanelFrame, panelOf } from './fixtures';
import { seedCustomers, seedTemplates } from './seed';

export const JIHOON = '/jihoon_park/status/1991000000000000103';

/** Values that exist only in Careline's IndexedDB: none of them may reach x.com's page. */
export const CRM = { customerId: 'CRM-SEC-7F3A91', plan: 'PLAN-ZETA-UNLIMITED' };

/** The template the lures aim at: one click selects it, the next inserts the customer's record. */
export const PLAN = {
  id: 'sec-plan',
  title: 'Plan confirmed',
  lang: 'en',
  body: 'Your plan {{customer.plan}} (account {{customer.id}}) is active.',
};

/** Seeds the customer and the template and opens their tweet, with the record shown in the real panel. */
export async function openJihoon(
  openX: (path: string) => Promise<Page>,
  context: BrowserContext,
  extensionId: string,
): Promise<Page> {
  await seedCustomers(context, extensionId, [
    { handle: 'jihoon_park', name: '박지훈', customerId: CRM.customerId, plan: CRM.plan, tags: ['vault'] },
  ]);
  await seedTemplates(context, extensionId, [PLAN]);
  const page = await openX(JIHOON);
  await expect((await panelOf(page)).getByRole('region', { name: 'Customer' }).getByText(CRM.customerId)).toBeVisible();
  return page;
}

/**
 * Every address of panel.html the page can find out by itself: the well-known static one (the id is
 * public: store listing, any page that ever saw the frame), and whatever the DOM (open shadow roots
 * included) and the performance timeline show.
 */
export async function addressesThePageCanLearn(page: Page, extensionId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const found = new Set([`chrome-extension://${id}/panel.html`]);
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of Array.from(el.attributes)) {
          for (const match of attr.value.match(/chrome-extension:\/\/[^\s"')]+/g) ?? []) found.add(match);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const entry of performance.getEntries())
      if (entry.name.startsWith('chrome-extension://')) found.add(entry.name);
    return [...found];
  }, extensionId);
}

/** The page frames `url` nearly invisibly (opacity 0.001) over its own lure, left of Careline's panel. */
export async function frameCopy(page: Page, url: string, name: string): Promise<void> {
  await page.evaluate(
    ({ src, id }) => {
      const lure = document.createElement('div');
      lure.id = `${id}-lure`;
      lure.textContent = 'Claim your free upgrade: click the gift, then Confirm';
      Object.assign(lure.style, {
        position: 'fixed',
        left: '100px',
        top: '40px',
        width: '360px',
        height: '700px',
        background: '#fde68a',
        zIndex: '2147483646',
      });
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.src = src;
      frame.allow = 'clipboard-write';
      // Tall and pulled up, so that the panel's template list and its Insert both sit over the lure.
      Object.assign(frame.style, {
        position: 'fixed',
        left: '100px',
        top: '-450px',
        width: '360px',
        height: '1400px',
        border: '0',
        opacity: '0.001',
        zIndex: '2147483647',
      });
      document.body.append(lure, frame);
    },
    { src: url, id: name },
  );
}

/** The copy framed as `name`, once it shows Careline's panel; null if the browser refused to load it. */
export async function copyFrame(page: Page, name: string): Promise<Frame | null> {
  const element = page.locator(`#${name}`);
  await expect
    .poll(async () => (await element.elementHandle())?.contentFrame().then((f) => f?.url() ?? ''))
    .not.toBe('');
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame || !isPanelFrame(frame)) return null;
  const shown = await frame
    .getByRole('complementary', { name: 'Careline' })
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  return shown ? frame : null;
}

/**
 * The two lure clicks: on the template option, then on Insert, wherever the panel under the lures
 * (a copy, or Careline's own made transparent) draws them. Where it drew nothing, the agent still
 * clicks the lure's centre.
 */
export async function clickLures(page: Page, panel: Frame | null, fallback = { x: 280, y: 300 }): Promise<void> {
  const centre = async (find: (f: Frame) => ReturnType<Frame['getByRole']>) => {
    // Where the agent has the panel scrolled to show it (the page itself cannot scroll the frame).
    if (panel)
      await find(panel)
        .scrollIntoViewIfNeeded({ timeout: 3_000 })
        .catch(() => undefined);
    const box = panel
      ? await find(panel)
          .boundingBox({ timeout: 3_000 })
          .catch(() => null)
      : null;
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : fallback;
  };
  const option = await centre((f) => f.getByRole('option', { name: PLAN.title }));
  await page.mouse.click(option.x, option.y);
  await page.waitForTimeout(300);
  const insert = await centre((f) => f.getByRole('button', { name: 'Insert', exact: true }));
  await page.mouse.click(insert.x, insert.y);
  await page.waitForTimeout(1_500);
}

/** Careline's own panel frame: the panel.html frame that is not one of the page's copies. */
export async function realPanel(page: Page): Promise<Frame> {
  await panelOf(page);
  for (const frame of page.frames().filter(isPanelFrame)) {
    const owner = await frame.frameElement().then(
      (el) => el.evaluate((e) => (e as Element).id),
      () => 'gone',
    );
    if (!owner.startsWith('copy')) return frame;
  }
  throw new Error("no Careline panel frame of Careline's own");
}

/** The real panel still inserts the customer's reply for the agent who means it. */
export async function expectRealPanelInserts(page: Page, composer: () => Promise<string>): Promise<void> {
  const panel = await realPanel(page);
  await panel.getByRole('option', { name: PLAN.title }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await confirmPublicReply(panel);
  await expect.poll(composer).toBe(`Your plan ${CRM.plan} (account ${CRM.customerId}) is active.`);
}

/** The plan reply is public and fills CRM fields: the agent confirms them by name, in the real panel. */
export async function confirmPublicReply(panel: Frame): Promise<void> {
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText([`Plan: ${CRM.plan}`, `Customer ID: ${CRM.customerId}`]);
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
}
