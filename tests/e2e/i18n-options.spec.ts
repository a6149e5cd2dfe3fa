/**
 * The options page's language override (You → Language) and, in Korean, its Customers, Handoff and
 * Data sections: choosing 한국어 switches the open page at once (no Save, no reload), an import and
 * a restore report in Korean with Korean counters and dates, and choosing English brings the English
 * names back (those are covered in detail by options-customers, options-handoff and options-data).
 * The problems Careline's logic finds (a CSV's bad rows, an invalid backup) are said in Korean too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const CUSTOMERS = path.resolve(import.meta.dirname, '../fixtures/customers/customers-utf8.csv');
const BAD_CUSTOMERS = path.resolve(import.meta.dirname, '../fixtures/customers/customers-bad.csv');
const openOptionsPage = optionsPageOpener();

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('choosing 한국어 in Language switches the options page live, and English switches it back', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const language = region(page, 'You').getByRole('combobox', { name: 'Language' });
  await expect(language).toHaveValue('auto');
  // The languages keep their own names whatever the page's language.
  await expect(language.getByRole('option')).toHaveText(['Automatic (browser language)', 'English', '한국어']);

  await language.selectOption({ label: '한국어' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle('Careline 설정');
  // Saved at once: no Save to press, nothing else shown.
  expect(
    await page.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };
      };
      return chrome.storage.local.get('uiLanguage');
    }),
  ).toEqual({ uiLanguage: 'ko' });
  const you = region(page, '내 정보');
  await expect(you.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  await expect(you.getByRole('combobox', { name: '언어' }).getByRole('option')).toHaveText([
    '자동 (브라우저 언어)',
    'English',
    '한국어',
  ]);
  await expect(you.getByRole('textbox', { name: '상담원 이름' })).toBeVisible();
  await expect(you.getByRole('status')).toHaveCount(0);

  // Customers: the import, its result, progress and mapping, with Korean counters.
  const customers = region(page, '고객');
  await expect(customers.getByRole('heading', { level: 2, name: '고객', exact: true })).toBeVisible();
  await expect(customers.getByText('저장된 고객 수: 0')).toBeVisible();
  await customers.getByLabel('고객 가져오기').setInputFiles(CUSTOMERS);
  await customers.getByRole('button', { name: '가져오기', exact: true }).click();
  await expect(customers.getByRole('status')).toHaveText('고객 6명을 가져왔습니다');
  await expect(customers.getByText('저장된 고객 수: 6')).toBeVisible();
  await expect(customers.getByRole('progressbar', { name: '가져오기 진행률' })).toHaveAttribute(
    'aria-valuetext',
    '고객 6명 중 6명',
  );
  await expect(customers.getByText(/^고객 6명 중 6명 · 초당 [\d,]+행 · [\d.]+초$/)).toBeVisible();
  await expect(customers.getByText('신규 고객 6명, 업데이트된 고객 0명.')).toBeVisible();
  await expect(customers.getByRole('table', { name: '열 매핑' }).getByRole('columnheader')).toHaveText([
    'CSV 열',
    'Careline 필드',
  ]);
  await customers.getByRole('searchbox', { name: '고객 검색' }).fill('zzz-nobody');
  await expect(customers.getByText('“zzz-nobody”에 해당하는 고객이 없습니다.')).toBeVisible();

  // Handoff.
  const handoff = region(page, '이관');
  await expect(handoff.getByRole('heading', { level: 2, name: '이관' })).toBeVisible();
  await expect(
    handoff.getByRole('radiogroup', { name: '전달 방식' }).getByRole('radio', { name: '웹훅' }),
  ).toBeChecked();
  await expect(handoff.getByRole('textbox', { name: '웹훅 URL' })).toBeVisible();
  await expect(handoff.getByRole('textbox', { name: '고객센터 이름' })).toBeVisible();
  await expect(handoff.getByRole('button', { name: '테스트 이관 보내기' })).toBeVisible();
  await handoff.getByRole('textbox', { name: '웹훅 URL' }).fill('http://example.com/hook');
  await handoff.getByRole('button', { name: '저장', exact: true }).click();
  await expect(handoff.getByRole('alert')).toContainText('저장되지 않았습니다.');
  await handoff.getByRole('textbox', { name: '웹훅 URL' }).fill('');

  // Data: a backup, then Restore's confirmation with Korean counters and a Korean date.
  const data = region(page, '데이터');
  await expect(data.getByRole('heading', { level: 3, name: '내보내기' })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: '백업 다운로드 (JSON)' }).click(),
  ]);
  await expect(data.getByRole('status')).toHaveText(
    /^백업을 다운로드했습니다: 고객 6명, 이력 0건, 템플릿 \d+개, 팩 0개$/,
  );
  const backup = await readFile(await file.path());
  await data
    .getByLabel('백업 복원')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  const confirm = data.getByRole('group', { name: '복원 확인' });
  // ko-KR writes "2026. 11. 30. 오전 1:55:00".
  await expect(confirm).toContainText(
    /backup\.json\(\d{4}\. \d{1,2}\. \d{1,2}\. (오전|오후) \d{1,2}:\d{2}:\d{2}에 내보냄\)을\(를\) 복원할까요\?/,
  );
  await expect(confirm).toContainText('고객 6명, 이력 0건');
  await confirm.getByRole('button', { name: '취소' }).click();
  await expect(data.getByRole('textbox', { name: '고객 핸들' })).toBeVisible();
  await expect(data.getByRole('spinbutton', { name: '다음 기간보다 오래된 이력 삭제(일)' })).toBeVisible();

  // Back to English, live again.
  await you.getByRole('combobox', { name: '언어' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Careline settings');
  await expect(region(page, 'Customers').getByText('Customers saved: 6')).toBeVisible();
  await expect(region(page, 'Customers').getByLabel('Import customers')).toBeVisible();
  await expect(region(page, 'Handoff').getByRole('textbox', { name: 'Webhook URL' })).toBeVisible();
  await expect(region(page, 'Data').getByRole('button', { name: 'Download backup (JSON)' })).toBeVisible();
  await expect(region(page, 'You').getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});

test('in Korean, a CSV with bad rows and an invalid backup are refused in Korean, and nothing changes', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await region(page, 'You').getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  // The worker writes the row problems in the page's language; the mapping names Careline's fields in Korean.
  const customers = region(page, '고객');
  await customers.getByLabel('고객 가져오기').setInputFiles(BAD_CUSTOMERS);
  await expect(customers.getByRole('alert')).toContainText(
    '가져온 고객이 없습니다: 행 4개에 문제가 있습니다(3행: 핸들이 비어 있습니다; 4행: 핸들 "bad handle!"이(가) 올바르지 않습니다',
  );
  await expect(customers.getByRole('list', { name: '문제' }).getByRole('listitem')).toHaveText([
    '3행: 핸들이 비어 있습니다',
    '4행: 핸들 "bad handle!"이(가) 올바르지 않습니다(영문, 숫자, _로 된 1~15자이며 앞의 @는 있어도 되고 없어도 됩니다)',
    '5행: 이메일 "sarah@@example"의 형식이 올바르지 않습니다',
    '8행: 핸들 "this_handle_is_far_too_long"이(가) 올바르지 않습니다(영문, 숫자, _로 된 1~15자이며 앞의 @는 있어도 되고 없어도 됩니다)',
  ]);
  await expect(customers.getByRole('list', { name: '중복된 핸들' })).toHaveText(
    '10행: @minji_kim은(는) 2행에도 있습니다. 뒤쪽에 있는 이 행을 가져오고 2행은 건너뜁니다',
  );
  // Before the import each column has a select: the field's Korean name is the chosen option's.
  const firstColumn = customers.getByRole('table', { name: '열 매핑' }).getByRole('row').nth(1);
  await expect(firstColumn.getByRole('cell').first()).toHaveText('handle');
  await expect(
    firstColumn.getByRole('combobox', { name: 'handle의 Careline 필드' }).locator('option:checked'),
  ).toHaveText('핸들');
  await expect(customers.getByRole('definition').nth(1)).toHaveText('UTF-8');
  await page.waitForTimeout(300);
  await expect(customers.getByText('저장된 고객 수: 0')).toBeVisible();
  await customers.getByRole('button', { name: '유효한 행만 가져오기' }).click();
  await expect(customers.getByRole('status')).toHaveText('고객 3명을 가져왔습니다');

  // A backup missing a required field: refused with where and why in Korean, before any confirmation.
  const data = region(page, '데이터');
  const bad = {
    format: 'careline-backup',
    version: 1,
    exportedAt: '2026-11-29T00:00:00Z',
    dbVersion: 3,
    customers: [{ handle: 'someone', displayHandle: 'someone', attributes: {}, createdAt: 'c', updatedAt: 'u' }],
    events: [],
    templates: [],
    packs: [],
  };
  await data
    .getByLabel('백업 복원')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(data.getByRole('alert')).toHaveText(
    'bad.json을(를) 복원할 수 없습니다: customers[0].tags: 필수 항목입니다. 변경된 내용은 없습니다.',
  );
  await expect(data.getByRole('group', { name: '복원 확인' })).toHaveCount(0);
  await data.getByLabel('백업 복원').setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "careline-templates", "version": 1}'),
  });
  await expect(data.getByRole('alert')).toHaveText(
    'pack.json을(를) 복원할 수 없습니다: format: Careline 백업 파일이 아닙니다("format"이 "careline-backup"이어야 하는데 "careline-templates"입니다). 변경된 내용은 없습니다.',
  );
  await expect(data.getByRole('group', { name: '복원 확인' })).toHaveCount(0);
  await expect(customers.getByText('저장된 고객 수: 3')).toBeVisible();
  await customers.getByRole('searchbox', { name: '고객 검색' }).fill('someone');
  await expect(customers.getByText('“someone”에 해당하는 고객이 없습니다.')).toBeVisible();
});
