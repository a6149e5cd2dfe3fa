/**
 * Languages in the content script, welcome page and manifest: with Korean chosen, the page
 * button on x.com and the ;shortcut list speak Korean (and follow a change live), the welcome page
 * is in Korean, and the built manifest takes its words from _locales, both languages complete.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedTemplates } from './seed';
import { shortcutList, shortcutOptions } from './shortcut-list';

const MINJI = '/minji_kim/status/1991000000000000101';
const BUILD = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

async function setLanguage(
  context: BrowserContext,
  extensionId: string,
  language: 'auto' | 'en' | 'ko',
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await page.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        uiLanguage: value,
      }),
    language,
  );
  await page.close();
}

test('Korean: the page button and the ;shortcut list on x.com, relabelled live', async ({
  openX,
  context,
  extensionId,
}) => {
  await setLanguage(context, extensionId, 'ko');
  await seedTemplates(context, extensionId, [
    { id: 'ko-id', title: '고객번호 안내', shortcut: 'idno', lang: 'ko', body: '고객번호는 {{customer.id}}입니다.' },
  ]);
  const page = await openX(MINJI);
  await page.getByRole('button', { name: 'Careline 닫기' }).click();
  await expect(page.getByRole('button', { name: 'Careline 열기' })).toBeVisible();

  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(';than');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  const list = await shortcutList(page);
  expect(list?.label).toBe('Careline 단축어');
  expect(list?.hint).toBe('Tab 또는 Enter로 삽입 · Esc로 닫기');
  await page.keyboard.press('Escape');
  // A reply that uses the customer's record says Tab opens it in the panel.
  await page.keyboard.type(' ;idn');
  await expect.poll(() => shortcutOptions(page)).toEqual(['고객번호 안내 · 패널에서 열림;idno']);
  await page.keyboard.press('Escape');

  // Back to English in the settings: the open page follows without a reload.
  await setLanguage(context, extensionId, 'en');
  await expect(page.getByRole('button', { name: 'Open Careline' })).toBeVisible();
});

test('Korean: the welcome page', async ({ context, extensionId }) => {
  await setLanguage(context, extensionId, 'ko');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Careline에 오신 것을 환영합니다' })).toBeVisible();
  await expect(page).toHaveTitle('Careline에 오신 것을 환영합니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  for (const heading of ['Careline으로 할 수 있는 일', '사용해 보기', '고객 가져오기', '이관 설정하기', '키보드']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: '라이브러리의 샘플 답변' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '샘플 팀 팩 다운로드' })).toBeVisible();
  await expect(page.getByRole('link', { name: '설정의 고객으로 이동' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'x.com', exact: true })).toBeVisible(); // the inline link inside a translated sentence
  await expect(page.getByRole('region', { name: '키보드' })).toContainText('x.com에서 패널을 열고 닫습니다');
});

test('the manifest takes its name, description and shortcut text from _locales, complete in both languages', () => {
  const manifestText = readFileSync(path.join(BUILD, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as { name: string; default_locale?: string };
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.default_locale).toBe('en');
  const used = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
  expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandTogglePanel']));
  const messages = (lang: string) =>
    JSON.parse(readFileSync(path.join(BUILD, '_locales', lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
  for (const lang of ['en', 'ko']) {
    for (const key of used) expect(messages(lang)[key]?.message, `${lang}: ${key}`).toBeTruthy();
  }
  expect(messages('en').extName?.message).toBe('Careline');
  expect(messages('en').commandTogglePanel?.message).toBe('Open or close the Careline panel');
  expect(messages('ko').commandTogglePanel?.message).toBe('Careline 패널 열기/닫기');
});
