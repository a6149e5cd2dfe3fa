/**
 * Customer CSV import on the options page, in real Chromium: UTF-8 (BOM) and CP949 fixtures with the
 * mapping preview and progress, re-import updating without duplicates, a bad file refused with its
 * row numbers until the agent imports the valid rows only, and Cancel between chunks. Korean text is
 * checked as stored in IndexedDB, read raw from the options page.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { CustomerRecord } from '../../utils/db/types';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/customers');
const fixture = (name: string) => path.join(FIXTURES, name);
const openOptionsPage = optionsPageOpener();

async function openCustomers(
  context: BrowserContext,
  extensionId: string,
): Promise<{ page: Page; section: ReturnType<Page['getByRole']> }> {
  const page = await openOptionsPage(context, extensionId);
  const section = page.getByRole('region', { name: 'Customers', exact: true });
  await expect(section.getByText('Customers saved: 0')).toBeVisible();
  return { page, section };
}

/** A customer exactly as stored, read with the raw IndexedDB API (not through Careline's code). */
async function stored(page: Page, handle: string): Promise<CustomerRecord | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<CustomerRecord | undefined>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('customers').objectStore('customers').get(key);
          get.onsuccess = () => {
            resolve(get.result as CustomerRecord | undefined);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    handle,
  );
}

test('the UTF-8 fixture imports with its mapping and progress in a worker; importing it again updates, never duplicates', async ({
  context,
  extensionId,
}) => {
  const { page, section } = await openCustomers(context, extensionId);
  const input = section.getByLabel('Import customers');
  await expect(input).toHaveAttribute('accept', '.csv,text/csv');
  await input.setInputFiles(fixture('customers-utf8.csv'));
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Imported 6 customers');
  await expect(section.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '6');
  await expect(section.getByText(/rows\/s/)).toBeVisible();
  await expect(section.getByText('Customers saved: 6')).toBeVisible();
  // Parsed and written off the main thread.
  await expect(section.locator('[data-import-thread]')).toHaveAttribute('data-import-thread', 'worker');

  const summary = section.getByRole('definition');
  await expect(summary).toHaveText(['customers-utf8.csv', 'UTF-8 (with BOM)', '6', '6']);
  const mapping = section.getByRole('table', { name: 'Column mapping' }).getByRole('row');
  await expect(mapping).toHaveText([
    'CSV columnCareline field',
    '핸들handle',
    '이름name',
    '고객번호customer_id',
    '전화번호phone',
    'Emailemail',
    '요금제plan',
    '태그tags',
    '메모note',
    '가입매장custom attribute',
  ]);

  expect(await stored(page, 'minji_kim')).toMatchObject({
    displayHandle: 'minji_kim',
    name: '김민지',
    customerId: 'C-100231',
    plan: '5G 프리미어 플러스',
    tags: ['VIP', '개통지연'],
    note: 'USIM 교체 이력 있음, 2026-11 재발급',
    attributes: { 가입매장: '강남역점' },
  });
  expect((await stored(page, 'jihoon_park'))?.note).toBe('이중 청구 문의\n11월 청구서 확인 필요');
  expect((await stored(page, 'sarah_j_miller'))?.name).toBe('Sarah Miller');

  await section.getByLabel('Search customers').fill('김민');
  const found = section.getByRole('table', { name: 'Customers' }).getByRole('row');
  await expect(found).toHaveCount(2);
  await expect(found.nth(1).getByRole('cell')).toHaveText([
    '@minji_kim',
    '김민지',
    'C-100231',
    '010-2345-6789',
    '5G 프리미어 플러스',
    'VIP; 개통지연',
    '가입매장: 강남역점',
  ]);

  await input.setInputFiles(fixture('customers-utf8.csv'));
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('0 new customers, 6 updated customers.')).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Imported 6 customers');
  await expect(section.getByText('Customers saved: 6')).toBeVisible();
});

test('the CP949 fixture (Excel in Korea) arrives exactly, and updates the UTF-8 customers it shares', async ({
  context,
  extensionId,
}) => {
  const { page, section } = await openCustomers(context, extensionId);
  const input = section.getByLabel('Import customers');
  await input.setInputFiles(fixture('customers-cp949.csv'));
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Imported 5 customers');
  await expect(section.getByRole('definition').nth(1)).toHaveText('CP949 / EUC-KR');
  await expect(section.getByRole('table', { name: 'Column mapping' }).getByRole('row').nth(1)).toHaveText('핸들handle');
  expect(await stored(page, 'hana_yoon')).toMatchObject({
    name: '윤하나',
    plan: 'LTE 청소년',
    tags: ['똠방각하 팬'],
    note: '똠양꿍 가게 앞 대리점',
    attributes: { 가입매장: '수원역점' },
  });
  expect((await stored(page, 'jihoon_park'))?.note).toBe('이중 청구 환불 예정\n12월 청구서에서 차감');
  expect(await stored(page, 'minji_kim')).toMatchObject({
    displayHandle: 'MINJI_KIM',
    name: '김민지',
    plan: '5G 시그니처',
  });

  await input.setInputFiles(fixture('customers-utf8.csv'));
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('3 new customers, 3 updated customers.')).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Imported 6 customers');
  await expect(section.getByText('Customers saved: 8')).toBeVisible();
  await section.getByLabel('Search customers').fill('hana');
  await expect(
    section.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('cell').nth(1),
  ).toHaveText('윤하나');
});

test('a file with problems shows them by row and writes nothing, until the agent imports the valid rows only', async ({
  context,
  extensionId,
}) => {
  const { page, section } = await openCustomers(context, extensionId);
  await section.getByLabel('Import customers').setInputFiles(fixture('customers-bad.csv'));
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Nothing imported: 4 rows have problems');
  await expect(alert).toContainText('row 3: missing handle');
  await expect(section.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    'Row 3: missing handle',
    'Row 4: invalid handle "bad handle!" (1-15 letters, digits or _, with or without @)',
    'Row 5: invalid email "sarah@@example"',
    'Row 8: invalid handle "this_handle_is_far_too_long" (1-15 letters, digits or _, with or without @)',
  ]);
  await expect(section.getByRole('list', { name: 'Duplicate handles' })).toHaveText(
    'Row 10: @minji_kim is also in row 2: this later row is imported, row 2 is skipped',
  );
  const validOnly = section.getByRole('button', { name: 'Import valid rows only' });
  await expect(validOnly).toHaveAccessibleDescription('Skips the 4 rows with problems and writes 3 customers.');
  await expect(section.getByRole('status')).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(section.getByText('Customers saved: 0')).toBeVisible();

  await validOnly.click();
  await expect(section.getByRole('status')).toHaveText('Imported 3 customers');
  await expect(section.getByText('Skipped 4 rows with problems (listed below).')).toBeVisible();
  await expect(section.getByText('Customers saved: 3')).toBeVisible();
  expect((await stored(page, 'minji_kim'))?.plan).toBe('5G 시그니처');
  expect(await stored(page, 'sarah_j_miller')).toBeUndefined();
  expect((await stored(page, 'ben_carter88'))?.name).toBe('Ben Carter');
});

test('a large import shows progress and stops between chunks on Cancel, keeping what it wrote', async ({
  context,
  extensionId,
}) => {
  const { section } = await openCustomers(context, extensionId);
  const rows = Array.from(
    { length: 150_000 },
    (_, i) => `user_${i},고객 ${i},C-${i},010-0000-${String(i % 10_000).padStart(4, '0')},5G 프리미어 플러스,VIP`,
  );
  const csv = `handle,name,customer_id,phone,plan,tags\n${rows.join('\n')}\n`;
  await section
    .getByLabel('Import customers')
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  const bar = section.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toHaveAttribute('aria-valuemax', '150000');
  await expect(bar).not.toHaveAttribute('aria-valuenow', '0', { timeout: 20_000 });
  await section.getByRole('button', { name: 'Cancel' }).click();
  const status = section.getByRole('status');
  await expect(status).toHaveText(
    /^Import cancelled: [\d,]+ customers were already written and stay; the other [\d,]+ rows were not imported\.$/,
    { timeout: 20_000 },
  );
  const written = Number((await status.textContent())?.match(/cancelled: ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(150_000);
  expect(written % 5_000).toBe(0);
  await expect(section.getByText(`Customers saved: ${written.toLocaleString('en-US')}`)).toBeVisible();
});

test('a 100,000-row import moves the progress bar chunk by chunk until every customer is written', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const { page, section } = await openCustomers(context, extensionId);
  const rows = Array.from(
    { length: 100_000 },
    (_, i) => `user_${i},고객 ${i},C-${i},010-0000-${String(i % 10_000).padStart(4, '0')},5G 프리미어 플러스,VIP`,
  );
  const csv = `handle,name,customer_id,phone,plan,tags\n${rows.join('\n')}\n`;
  await section
    .getByLabel('Import customers')
    .setInputFiles({ name: 'customers-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const importButton = section.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  // Every value the bar shows, recorded in the page from the moment the bar appears.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { __progressShown: string[] }).__progressShown = shown;
    const record = () => {
      const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
      if (value && shown.at(-1) !== value) shown.push(value);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
  await importButton.click();
  await expect(section.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'aria-valuemax',
    '100000',
  );
  await expect(section.getByRole('status')).toHaveText('Imported 100000 customers', { timeout: 150_000 });
  const shown = (await page.evaluate(() => (window as unknown as { __progressShown: string[] }).__progressShown)).map(
    Number,
  );
  const between = shown.filter((n) => n > 0 && n < 100_000);
  // 5,000-row chunks: the bar moves many times on the way, only forward, a whole chunk at a time.
  expect(between.length).toBeGreaterThanOrEqual(5);
  expect(between.every((n) => n % 5_000 === 0)).toBe(true);
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  expect(shown.at(-1)).toBe(100_000);
  await expect(section.getByText('Customers saved: 100,000')).toBeVisible();
});

test('columns named constructor, __proto__, toString and hasOwnProperty import, each value under its own name', async ({
  context,
  extensionId,
}) => {
  const { page, section } = await openCustomers(context, extensionId);
  const csv = 'handle,constructor,__proto__,toString,hasOwnProperty\r\nminji_kim,C-value,P-value,T-value,H-value\r\n';
  await section
    .getByLabel('Import customers')
    .setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Imported 1 customer');
  await expect(section.getByRole('table', { name: 'Column mapping' }).getByRole('row')).toHaveText([
    'CSV columnCareline field',
    'handlehandle',
    'constructorcustom attribute',
    '__proto__custom attribute',
    'toStringcustom attribute',
    'hasOwnPropertycustom attribute',
  ]);
  // Read in the page: a `__proto__` key would not survive the trip to the test as an object.
  const attributes = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const record = await new Promise<CustomerRecord>((resolve, reject) => {
      const get = db.transaction('customers').objectStore('customers').get('minji_kim');
      get.onsuccess = () => resolve(get.result as CustomerRecord);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return { entries: Object.entries(record.attributes).sort(), keys: Object.keys(record).includes('[object Object]') };
  });
  expect(attributes).toEqual({
    entries: [
      ['__proto__', 'P-value'],
      ['constructor', 'C-value'],
      ['hasOwnProperty', 'H-value'],
      ['toString', 'T-value'],
    ],
    keys: false,
  });
});
