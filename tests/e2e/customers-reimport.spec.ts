/**
 * Re-importing the team's customer file: the mapping is checked and confirmed before anything is
 * written, the CRM columns update, and what agents added (tags, notes, history) stays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Locator, Page } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';
import { readCustomer } from './seed-customers';

const MINJI = '/minji_kim/status/1991000000000000101';
const UTF8 = readFileSync(path.resolve(import.meta.dirname, '../fixtures/customers/customers-utf8.csv'), 'utf8');

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

async function customersSection(page: Page, extensionId: string, name = 'Customers'): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.getByRole('region', { name, exact: true });
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test("a tag an agent added survives the team's file being imported again; the CRM columns update", async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await context.newPage();
  const section = await customersSection(options, extensionId);
  await section.getByLabel('Import customers').setInputFiles(csvFile('team.csv', UTF8));
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('Imported 6 customers');

  const page = await openX(MINJI);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  const tags = card.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(tags).toHaveText(['VIP×', '개통지연×']);
  await card.getByRole('textbox', { name: 'New tag' }).fill('콜백 요청');
  await card.getByRole('button', { name: 'Add tag' }).click();
  await expect(tags).toHaveText(['VIP×', '개통지연×', '콜백 요청×']);
  await card.getByRole('textbox', { name: 'Note' }).fill('저녁 7시 이후 통화 가능');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toContainText([
    '저녁 7시 이후 통화 가능',
  ]);

  // The CRM changed the plan and dropped a tag of its own; the team imports its export again.
  const next = UTF8.replace('5G 프리미어 플러스,VIP;개통지연', '5G 시그니처,VIP');
  expect(next).not.toBe(UTF8);
  await options.bringToFront();
  await section.getByLabel('Import customers').setInputFiles(csvFile('team.csv', next));
  // Shown, not written: the mapping waits for "Import".
  await expect(section.getByRole('combobox', { name: 'Careline field for 태그' })).toHaveValue('tags');
  await expect(
    section.getByText('Writes 6 customers; tags, notes and history agents added stay.', { exact: false }),
  ).toBeVisible();
  expect((await readCustomer(options, 'minji_kim')).customer?.plan).toBe('5G 프리미어 플러스');
  await section.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('0 new customers, 6 updated customers.')).toBeVisible();

  await page.bringToFront();
  await expect(card.getByText('5G 시그니처')).toBeVisible();
  await expect(tags).toHaveText(['VIP×', '콜백 요청×']);
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toContainText([
    '저녁 7시 이후 통화 가능',
  ]);
  const history = card.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(history.filter({ hasText: 'Tag added' })).toContainText(['콜백 요청']);
});

test('a handle column Careline does not know is mapped by hand, and a column can be left out', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  const section = await customersSection(options, extensionId);
  const csv = '트위터 아이디,이름,등급,내부 코드\n@minji_kim,김민지,VIP,x-1\njihoon_park,박지훈,Gold,x-2\n';
  await section.getByLabel('Import customers').setInputFiles(csvFile('crm.csv', csv));
  await expect(section.getByRole('alert')).toContainText('Choose the column that holds the X handle');
  const importButton = section.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();

  await section.getByRole('combobox', { name: 'Careline field for 트위터 아이디' }).selectOption({ label: 'handle' });
  await section.getByRole('combobox', { name: 'Careline field for 내부 코드' }).selectOption({ label: "don't import" });
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(section.getByRole('definition').nth(3)).toHaveText('2');
  await expect(importButton).toBeEnabled();
  expect((await readCustomer(options, 'minji_kim')).customer).toBeUndefined();
  await importButton.click();
  await expect(section.getByRole('status')).toHaveText('Imported 2 customers');
  // After the import the mapping is a record of what was done, as text.
  await expect(section.getByRole('table', { name: 'Column mapping' }).getByRole('row')).toHaveText([
    'CSV columnCareline field',
    '트위터 아이디handle',
    '이름name',
    '등급custom attribute',
    '내부 코드not imported (your choice)',
  ]);
  expect((await readCustomer(options, 'minji_kim')).customer).toMatchObject({
    name: '김민지',
    attributes: { 등급: 'VIP' },
  });
});

test('in Korean: a CRM export in CP949 without X handles imports keyed by customer ID', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const options = await context.newPage();
  const section = await customersSection(options, extensionId, '고객');
  const crm =
    '고객번호,이름,전화번호,요금제\nT-5001,박지훈,010-3456-7890,5G 스탠다드\nT-5002,김민지,010-2345-6789,LTE 33\n';
  await section
    .getByLabel('고객 가져오기')
    .setInputFiles({ name: '고객목록.csv', mimeType: 'text/csv', buffer: iconv.encode(crm, 'cp949') });
  await expect(section.getByText('핸들 열이 없어 고객번호로 고객을 구분합니다.', { exact: false })).toBeVisible();
  await expect(
    section.getByRole('combobox', { name: '고객번호의 Careline 필드' }).locator('option:checked'),
  ).toHaveText('고객번호');
  await expect(section.getByRole('definition').nth(1)).toHaveText('CP949 / EUC-KR');
  await section.getByRole('button', { name: '가져오기', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText('고객 2명을 가져왔습니다');

  // The look-up finds them by the last digits of the phone; no X account is linked yet.
  await section.getByRole('searchbox', { name: '고객 검색' }).fill('7890');
  const row = section.getByRole('table', { name: '고객' }).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([
    '연결된 X 계정 없음',
    '박지훈',
    'T-5001',
    '010-3456-7890',
    '5G 스탠다드',
    '',
    '',
  ]);
});
