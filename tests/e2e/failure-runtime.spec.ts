/**
 * Failure checks, at run time: the extension reloaded under an open x.com tab, storage running out in
 * the middle of a customer import, and two x.com tabs editing the same customer at once.
 */
import type { Page } from '@playwright/test';
import { composerState, expect, isPanelFrame, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedCustomers } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const openOptionsPage = optionsPageOpener();

test.describe('with an extension that can be reloaded under open tabs', () => {
  test.use({ reloadable: true });

  test('extension reloaded under an open tweet: the old script goes quiet, the page asks for a reload, the draft stays; reloading brings Careline back', async ({
    openX,
    reloadExtension,
  }) => {
    const page = await openX(MINJI);
    const panel = await panelOf(page);
    await expect(
      panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true }),
    ).toBeVisible();
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Half-written reply');
    await expect.poll(() => composerState(page)).toBe('Half-written reply');

    // As an update or chrome://extensions' Reload does: the same extension, loaded again.
    await reloadExtension();

    // The old content script noticed (WXT invalidated its ctx): its panel frame and page button are
    // gone with the old extension, and a notice in their place says why and what to do.
    const notice = page.getByRole('alert').filter({ hasText: 'Careline was updated or restarted' });
    await expect(notice).toHaveText(/Careline was updated or restarted: reload this page to reconnect/);
    await expect(page.locator('careline-panel')).toHaveCount(0);
    await expect.poll(() => page.frames().filter(isPanelFrame).length).toBe(0);
    await expect(page.getByRole('button', { name: /(Open|Close) Careline/ })).toHaveCount(0);
    // The old content script is quiet: X's page keeps working under the agent's hands, nothing throws.
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and more');
    await page.keyboard.press('Alt+Shift+K');
    await page.waitForTimeout(1_500); // WXT's location watcher ticks every second: give the old one a chance to throw
    await expect(page.locator('careline-panel')).toHaveCount(0);
    await expect.poll(() => page.frames().filter(isPanelFrame).length).toBe(0);
    await expect.poll(() => composerState(page)).toBe('Half-written reply and more');
    const crashes = await page.evaluate(() => (window as unknown as { __xapp: { errors: string[] } }).__xapp.errors);
    expect(crashes).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // The agent reloads as asked: the new Careline is there, with the customer.
    await page.reload();
    await expect(
      (await panelOf(page)).getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  });
});

/** Customers in IndexedDB, counted with the raw API from an extension page. */
async function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('customers').objectStore('customers').count();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

function bigCsv(rows: number): Buffer {
  const lines = ['handle,name,customer_id,plan,note'];
  const filler = 'x'.repeat(220);
  for (let i = 0; i < rows; i++)
    lines.push(`quota_${String(i).padStart(6, '0')},Customer ${i},C-${i},Plan ${i % 7},${filler}`);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf-8');
}

/**
 * Storage running out, simulated inside the import's Web Worker. Why not a tiny quota: Careline
 * holds unlimitedStorage, and even a build without it was not held to CDP's
 * Storage.overrideQuotaForOrigin (accepted for the chrome-extension:// origin, overrideActive, yet
 * 20,000 rows went in; navigator.storage.estimate() still reported 10 GB). So the worker's
 * IDBObjectStore.put throws the browser's own QuotaExceededError once the first 5,000-row chunk is
 * in: the second chunk's transaction aborts exactly as it does when a disk is full.
 */
const FAIL_AFTER_PUTS = 5_000;

test('storage full part-way through a customer import: a plain alert with exact counts, and no half chunk', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const section = page.getByRole('region', { name: 'Customers', exact: true });
  await expect(section.getByText('Customers saved: 0')).toBeVisible();
  const patched = new Promise<void>((resolve) => {
    page.on('worker', (worker) => {
      void worker
        .evaluate((limit) => {
          const put = IDBObjectStore.prototype.put;
          let puts = 0;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
            if (this.name === 'customers' && ++puts > limit)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.apply(this, args);
          };
        }, FAIL_AFTER_PUTS)
        .then(resolve);
    });
  });

  await section
    .getByLabel('Import customers')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(12_000) });
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await patched;
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Storage is full', { timeout: 30_000 });
  await expect(section.locator('[data-import-thread]')).toHaveAttribute('data-import-thread', 'worker');
  const text = (await alert.textContent()) ?? '';
  expect(text).not.toMatch(/DOMException|QuotaExceededError|AbortError|quota has been exceeded/);
  expect(text).toContain('5,000 of 12,000 customers were saved');
  expect(text).toContain('none of the next 5,000');
  await expect(section.getByRole('status')).toHaveCount(0);
  // Whole chunks only: exactly the first chunk is stored, nothing of the second.
  expect(await storedCount(page)).toBe(5_000);
  await expect(section.getByText('Customers saved: 5,000')).toBeVisible();
});

async function cardIn(openX: (path: string) => Promise<Page>) {
  const page = await openX(MINJI);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['VIP×']);
  return { page, card };
}

test('two x.com tabs on one customer: a note in A shows in B, a tag in B shows in A, live, and nothing is lost', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [{ handle: 'minji_kim', name: '김민지', tags: ['VIP'] }]);
  const a = await cardIn(openX);
  const b = await cardIn(openX);
  const notesOf = (card: typeof a.card) => card.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  const tagsOf = (card: typeof a.card) => card.getByRole('list', { name: 'Tags' }).getByRole('listitem');

  await a.card.getByRole('textbox', { name: 'Note' }).fill('A: 유심 재발급 안내함');
  await a.card.getByRole('button', { name: 'Add note' }).click();
  await expect(notesOf(b.card)).toContainText(['A: 유심 재발급 안내함']);

  await b.card.getByRole('textbox', { name: 'New tag' }).fill('개통지연');
  await b.card.getByRole('button', { name: 'Add tag' }).click();
  await expect(tagsOf(a.card)).toHaveText(['VIP×', '개통지연×']);

  // Both at once: a note in B and a tag in A.
  await b.card.getByRole('textbox', { name: 'Note' }).fill('B: 콜백 요청');
  await a.card.getByRole('textbox', { name: 'New tag' }).fill('콜백');
  await Promise.all([
    b.card.getByRole('button', { name: 'Add note' }).click(),
    a.card.getByRole('button', { name: 'Add tag' }).click(),
  ]);
  for (const { card } of [a, b]) {
    await expect(tagsOf(card)).toHaveText(['VIP×', '개통지연×', '콜백×']);
    await expect(notesOf(card)).toHaveCount(2);
    await expect(notesOf(card)).toContainText(['B: 콜백 요청', 'A: 유심 재발급 안내함']);
  }
});
