/** The panel in Korean (options → Language = 한국어): Korean names throughout, and insert still works. */
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

test('with Korean chosen, the panel speaks Korean and inserts a template', async ({ serviceWorker, openX }) => {
  await serviceWorker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));
  const page = await openX(MINJI);
  const panel = panelOf(page);

  const aside = panel.getByRole('complementary', { name: 'Careline 패널' });
  await expect(aside).toBeVisible();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'ko');
  const customer = panel.getByRole('region', { name: '고객' });
  await expect(customer.getByRole('heading', { name: '고객' })).toBeVisible();
  await expect(customer.getByText('@minji_kim', { exact: true })).toBeVisible();
  await expect(customer.getByRole('searchbox', { name: '고객 검색' })).toBeVisible();
  await expect(customer.getByRole('button', { name: '고객센터로 이관' })).toBeVisible();
  await expect(panel.getByRole('button', { name: '패널 닫기' })).toBeVisible();
  await expect(panel.getByRole('region', { name: '템플릿' })).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: '템플릿 검색' })).toBeVisible();
  await expect(panel.getByRole('meter', { name: '글자 수' })).toBeVisible();
  await expect(panel.getByText(/\d+자 남음/)).toBeVisible();

  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: '삽입', exact: true }).click();
  await expect.poll(() => composerState(page)).toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');

  // The handoff dialog too.
  await customer.getByRole('button', { name: '고객센터로 이관' }).click();
  const dialog = panel.getByRole('dialog', { name: '이관' });
  await expect(dialog.getByRole('combobox', { name: '우선순위' })).toHaveValue('normal');
  await expect(dialog.getByRole('button', { name: '이관 보내기' })).toBeVisible();
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
});
