/** The panel in Korean (options → Language = 한국어): Korean names throughout, and insert still works. */
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

test('with Korean chosen, the panel speaks Korean and inserts a template', async ({ serviceWorker, openX }) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const page = await openX(MINJI);
  const panel = await panelOf(page);

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
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');

  // The handoff dialog too.
  await customer.getByRole('button', { name: '고객센터로 이관' }).click();
  const dialog = panel.getByRole('dialog', { name: '이관' });
  await expect(dialog.getByRole('combobox', { name: '우선순위' })).toHaveValue('normal');
  await expect(dialog.getByRole('button', { name: '이관 보내기' })).toBeVisible();
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
});

test("in Korean, X's missing parts are named in Korean: the post that could not be read, the reply box that could not be found", async ({
  serviceWorker,
  openX,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const customer = panel.getByRole('region', { name: '고객' });
  await expect(customer.getByText('@minji_kim', { exact: true })).toBeVisible();

  // As if X renamed the post's text and its reply box (failure-dom.spec.ts checks each part in English).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-testid="tweetText"], [data-testid="tweetTextarea_0"]'))
      el.remove();
  });
  await expect(
    customer.getByText(
      'Careline이 이 게시물을 읽지 못했습니다(확인한 대상: 게시물 본문 (tweetText)). 답글을 보내기 전에 고객을 확인해 주세요.',
    ),
  ).toBeVisible();
  await expect(
    customer.getByText('이 화면에는 X 답글 입력란이 열려 있지 않습니다. 삽입하면 답글 복사를 안내해 드립니다.'),
  ).toBeVisible();

  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: '삽입', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Careline이 X 답글 입력란을 찾지 못했습니다(확인한 대상: X의 답글 입력창 (tweetTextarea_0)',
  );
});

test('Korean never breaks inside a word: the panel, the options page and the welcome page keep words whole', async ({
  openX,
  context,
  extensionId,
}) => {
  const panel = await panelOf(await openX(MINJI));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  for (const body of [panel.locator('body'), options.locator('body'), welcome.locator('body')]) {
    await expect(body).toHaveCSS('word-break', 'keep-all');
    await expect(body).toHaveCSS('overflow-wrap', 'break-word');
  }
});
