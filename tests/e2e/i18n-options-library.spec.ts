/**
 * The options page's template library and team packs in Korean: with the language set to Korean,
 * the Templates section, its library table, the editor's fields and the pack import carry Korean
 * names, and an import reports in Korean (the English names are covered by options-templates and
 * options-packs).
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const PACKS = path.resolve(import.meta.dirname, '../fixtures/packs');
/** How many sample replies a first install seeds. */
const SAMPLES = SAMPLE_TEMPLATES.length;

const openOptionsPage = optionsPageOpener();

const section = (page: Page) => page.getByRole('region', { name: '템플릿', exact: true });
const library = (page: Page) => section(page).getByRole('table', { name: '템플릿 라이브러리' });
const rows = (page: Page) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button') });

/** The options page with its language set to Korean. */
async function openInKorean(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  // options → You → Language writes this key (utils/i18n/locale.ts); set it directly here.
  await page.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set: (items: object) => Promise<void> } } };
    };
    return chrome.storage.local.set({ uiLanguage: 'ko' });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  return page;
}

test('the template library, its editor and pack import speak Korean', async ({ context, extensionId }) => {
  const page = await openInKorean(context, extensionId);

  const templates = section(page);
  await expect(templates.getByRole('heading', { level: 2, name: '템플릿', exact: true })).toBeVisible();
  await expect(rows(page)).toHaveCount(SAMPLES);
  for (const header of ['제목', '단축어', '폴더', '출처', '사용 횟수', '마지막 사용']) {
    await expect(library(page).getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(library(page).getByRole('checkbox', { name: '표시된 항목 모두 선택' })).toBeVisible();
  await expect(templates.getByRole('searchbox', { name: '템플릿 검색' })).toBeVisible();
  await expect(
    templates.getByRole('navigation', { name: '폴더' }).getByRole('button', { name: `전체 ${SAMPLES}` }),
  ).toBeVisible();

  // The editor: heading, fields and actions.
  await templates.getByRole('button', { name: '새 템플릿' }).click();
  const editor = templates.getByRole('region', { name: '새 템플릿' });
  await expect(editor.getByRole('heading', { name: '새 템플릿' })).toBeVisible();
  for (const field of ['제목', '단축어', '폴더', '태그']) {
    await expect(editor.getByLabel(field, { exact: true })).toBeEditable();
  }
  await expect(editor.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  await expect(editor.getByRole('textbox', { name: '본문', exact: true })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: '영어 버전 (en)' })).toBeVisible();
  await expect(editor.getByRole('button', { name: '템플릿 저장', exact: true })).toBeDisabled();
  await editor.getByRole('textbox', { name: '본문', exact: true }).fill('{{customer.name}}님, 안녕하세요.');
  await expect(editor.getByRole('region', { name: '미리 보기' }).getByLabel('미리 보기 내용')).toHaveText(
    '김민지님, 안녕하세요.',
  );
  await expect(editor.getByText('제목을 입력해 주세요.')).toBeVisible();
  await editor.getByRole('button', { name: '편집기 닫기' }).click();

  // Team packs: the import control and its outcome.
  const packs = templates.getByRole('region', { name: '팀 팩' });
  await expect(packs.getByRole('heading', { name: '팩 파일 가져오기' })).toBeVisible();
  await packs.getByLabel('템플릿 가져오기').setInputFiles(path.join(PACKS, 'cs-care-v1.json'));
  await expect(packs.getByRole('status')).toHaveText('템플릿 4개를 가져왔습니다');
  await expect(rows(page)).toHaveCount(SAMPLES + 4);
  await expect(rows(page).filter({ hasText: '환불 진행 안내' }).getByRole('img', { name: '잠김' })).toBeVisible();
  await expect(packs.getByRole('button', { name: '가져오기 취소' })).toBeVisible();
  await expect(
    packs.getByRole('table', { name: '내 팩' }).getByRole('columnheader', { name: '항목 수' }),
  ).toBeVisible();
});

test('a bad pack file is refused in Korean, with the field, and nothing changes', async ({ context, extensionId }) => {
  const page = await openInKorean(context, extensionId);
  await expect(rows(page)).toHaveCount(SAMPLES);
  const packs = section(page).getByRole('region', { name: '팀 팩' });
  const input = packs.getByLabel('템플릿 가져오기');

  // The reason comes from utils/ (parsePack), worded in the page's language; the path stays as written.
  await input.setInputFiles(path.join(PACKS, 'bad-missing-title.json'));
  await expect(packs.getByRole('alert')).toHaveText(
    'bad-missing-title.json을(를) 가져오지 못했습니다: templates[1].title: 필수 항목입니다',
  );
  await input.setInputFiles(path.join(PACKS, 'bad-invalid-json.json'));
  await expect(packs.getByRole('alert')).toHaveText(
    'bad-invalid-json.json을(를) 가져오지 못했습니다: JSON 형식이 올바르지 않습니다(줄 7, 열 3): "]" 앞에 불필요한 쉼표가 있습니다.',
  );
  const v2 = JSON.stringify({
    format: 'careline-templates',
    version: 2,
    pack: { id: 'next', name: '다음 버전' },
    templates: [],
  });
  await input.setInputFiles({ name: 'next-version.json', mimeType: 'application/json', buffer: Buffer.from(v2) });
  await expect(packs.getByRole('alert')).toHaveText(
    'next-version.json을(를) 가져오지 못했습니다: version: 이 Careline은 버전 1 팩만 읽을 수 있는데 이 팩은 버전 2입니다',
  );

  await expect(packs.getByRole('button', { name: '가져오기', exact: true })).toHaveCount(0);
  await expect(rows(page)).toHaveCount(SAMPLES);
  await expect(
    section(page)
      .getByRole('navigation', { name: '폴더' })
      .getByRole('button', { name: `전체 ${SAMPLES}` }),
  ).toBeVisible();
  await expect(packs.getByText('아직 팀 팩이 없습니다.')).toBeVisible();
});
