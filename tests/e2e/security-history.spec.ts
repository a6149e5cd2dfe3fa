/**
 * Forged history. x.com's scripts (`page.evaluate`) rewrite X's composer and
 * dispatch synthetic sends and shortcuts; only the agent's own clicks and key presses (Playwright's
 * mouse and keyboard, trusted) may log a reply, the logged text is capped, and it is logged for the
 * customer the insert was made for.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedCustomers, seedTemplates } from './seed';
import { readCustomer } from './seed-customers';

const JIHOON = '/jihoon_park/status/1991000000000000103';
const REPLY = { id: 'hist-ok', title: 'Real reply', lang: 'en', body: 'Real reply for {{customer.name}}.' };
const INSERTED = 'Real reply for 박지훈.';
/** What Careline logs of one reply at most, in characters (utils/messaging/protocol.ts). */
const LOG_CAP = 10_000;

async function openJihoon(
  openX: (path: string) => Promise<Page>,
  context: BrowserContext,
  extensionId: string,
): Promise<{ page: Page; panel: Frame }> {
  await seedCustomers(context, extensionId, [
    { handle: 'jihoon_park', name: '박지훈' },
    { handle: 'minji_kim', name: '김민지' },
  ]);
  await seedTemplates(context, extensionId, [REPLY]);
  const page = await openX(JIHOON);
  const panel = await panelOf(page);
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('@jihoon_park', { exact: true }),
  ).toBeVisible();
  return { page, panel };
}

/** The agent's genuine insert from the panel. */
async function insert(page: Page, panel: Frame): Promise<void> {
  await panel.getByRole('option', { name: 'Real reply' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(page)).toBe(INSERTED);
}

/** The texts of `handle`'s "Reply sent" events in Careline's IndexedDB, oldest first. */
async function repliesOf(context: BrowserContext, extensionId: string, handle: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const { events } = await readCustomer(page, handle);
  await page.close();
  return events.filter((e) => e.kind === 'reply-sent').map((e) => e.text ?? '');
}

/** The page swaps the composer's text for its own (Draft's EditorState keeps the real one). */
const forgeComposer = (page: Page, repeat = 1) =>
  page.evaluate((n) => {
    const leaf = document.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]');
    if (leaf) leaf.textContent = 'FORGED: customer agreed to cancel the contract and waive all claims. '.repeat(n);
  }, repeat);

test("a synthetic Ctrl+Enter or click on X's Reply button after a genuine insert logs nothing", async ({
  openX,
  context,
  extensionId,
}) => {
  const { page, panel } = await openJihoon(openX, context, extensionId);
  await insert(page, panel);
  await forgeComposer(page);
  await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    editor?.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  });
  await page.waitForTimeout(600);
  if ((await composerState(page)) === '') await insert(page, panel); // X sent it: the page tries again
  await forgeComposer(page);
  await page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]');
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    button?.click();
  });
  await page.waitForTimeout(600);
  expect(await repliesOf(context, extensionId, 'jihoon_park')).toEqual([]);

  // The agent's own click is logged, with what Careline inserted.
  if ((await composerState(page)) === '') await insert(page, panel);
  await page.evaluate(() => {
    const leaf = document.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]');
    if (leaf?.textContent?.startsWith('FORGED')) leaf.textContent = 'Real reply for 박지훈.';
  });
  await page.getByTestId('tweetButtonInline').click();
  await expect.poll(() => repliesOf(context, extensionId, 'jihoon_park')).toEqual([INSERTED]);
});

test('a genuine send of a 200 KB composer logs a capped text', async ({ openX, context, extensionId }) => {
  const { page, panel } = await openJihoon(openX, context, extensionId);
  await insert(page, panel);
  await forgeComposer(page, 3000); // hundreds of KB
  expect(
    await page.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent?.length ?? 0),
  ).toBeGreaterThan(200_000);
  await page.getByTestId('tweetButtonInline').click();
  await expect.poll(async () => (await repliesOf(context, extensionId, 'jihoon_park')).length).toBe(1);
  const [logged = ''] = await repliesOf(context, extensionId, 'jihoon_park');
  expect(logged.startsWith('FORGED: customer agreed')).toBe(true);
  expect(logged.length).toBeLessThanOrEqual(LOG_CAP);
  await expect(
    panel
      .getByRole('region', { name: 'Customer' })
      .getByRole('list', { name: 'History' })
      .getByRole('listitem')
      .first(),
  ).toContainText('Reply sent');
});

test('renaming User-Name between insert and send does not move the log to another customer', async ({
  openX,
  context,
  extensionId,
}) => {
  const { page, panel } = await openJihoon(openX, context, extensionId);
  await insert(page, panel);
  await page.evaluate(() => {
    const handle = Array.from(document.querySelectorAll('[data-testid="User-Name"] a span')).find((s) =>
      s.textContent?.startsWith('@'),
    );
    if (handle) handle.textContent = '@minji_kim';
  });
  // Careline's reply context follows the page (the attack counts on that) ...
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true })).toBeVisible();
  await page.getByTestId('tweetButtonInline').click();
  // ... but the reply is logged for the customer it was inserted for.
  await expect.poll(() => repliesOf(context, extensionId, 'jihoon_park')).toEqual([INSERTED]);
  expect(await repliesOf(context, extensionId, 'minji_kim')).toEqual([]);
});

test('a synthetic Alt+Shift+K keydown does not toggle the panel; the real one does', async ({ openX }) => {
  const page = await openX(JIHOON);
  await panelOf(page);
  await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  await page.evaluate(() => {
    for (const target of [window, document, document.body]) {
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'K',
          code: 'KeyK',
          altKey: true,
          shiftKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
  });
  await page.waitForTimeout(500);
  await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.getByRole('button', { name: 'Open Careline' })).toBeVisible();
});
