/**
 * The panel an agent lives in all day: 900 px high with a customer who has a long history, template
 * search, the preview and Insert are in view without scrolling and the panel opens at its top; the
 * keyboard goes Alt+Shift+K → template search, `/` → search, Insert or Esc → back in X's reply box;
 * Korean never breaks inside a word, memos keep their lines, a note shows once.
 */
import type { Frame, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { expectInView } from './in-view';
import { seedCustomers, seedEvents } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const openOptionsPage = optionsPageOpener();
const MEMO = '유심 교체 이력 있음\n2026-10 대리점 방문\n요금제 변경 상담 희망';

type ExtensionGlobal = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };

const longHistory = Array.from({ length: 40 }, (_, i) => ({
  customerHandle: 'minji_kim',
  kind: (i % 5 === 0 ? 'note' : 'reply-sent') as 'note' | 'reply-sent',
  at: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(),
  text:
    i % 5 === 0
      ? `메모 ${i}: 대리점 개통 지연 건\n고객이 다시 연락하기로 함`
      : `안녕하세요 김민지님, 불편을 드려 죄송합니다. 확인 후 바로 연락드리겠습니다. (${i})`,
  agent: 'Jae',
}));

const minji = {
  handle: 'minji_kim',
  name: '김민지',
  customerId: 'C-20931',
  plan: '5G 프리미엄',
  tags: ['VIP', '개통지연'],
  note: MEMO,
  attributes: { branch: '강남점', device: 'Galaxy S25' },
};

/** Every scrolled box of the panel, but the template list (which scrolls to show the selection). */
async function scrolled(panel: Frame): Promise<string[]> {
  return panel.evaluate(() =>
    [document.scrollingElement, ...Array.from(document.querySelectorAll('*'))]
      .filter((el): el is Element => el !== null && el.scrollTop > 0 && el.getAttribute('role') !== 'listbox')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollTop}`),
  );
}

test('900 px high, a customer with a long history: search, the preview and Insert in view; the panel opens at its top', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [minji]);
  await seedEvents(context, extensionId, longHistory);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  // A page of 20 events, the 4 notes among them shown under the note field instead.
  await expect(card.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(16);
  for (const width of [1100, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(card.getByText('C-20931')).toBeVisible();
    await expectInView(panel.getByRole('searchbox', { name: 'Search templates' }), `template search at ${width}x900`);
    await expectInView(panel.locator('.preview-text'), `preview at ${width}x900`);
    await expectInView(panel.getByRole('button', { name: 'Insert', exact: true }), `Insert at ${width}x900`);
    expect(await scrolled(panel)).toEqual([]);
  }

  // Scrolled down through the history, closed, opened again: at its top.
  await card.getByRole('button', { name: 'Show older' }).scrollIntoViewIfNeeded();
  expect((await scrolled(panel)).length).toBeGreaterThan(0);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeHidden();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: 'Search templates' })).toBeFocused();
  await expect.poll(() => scrolled(panel)).toEqual([]);
});

test("keyboard: Alt+Shift+K to template search, / to search, Insert and Esc back to X's reply box", async ({
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  await expect(search).toBeVisible();
  // The agent is in X's reply box; the panel was left open: the key closes it, then opens it.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Alt+Shift+K');
  await expect(page.locator('careline-panel')).toBeHidden();
  await page.keyboard.press('Alt+Shift+K');
  await expect(search).toBeFocused();
  await page.keyboard.type('DM');
  await expect(search).toHaveValue('DM');

  // `/` from elsewhere in the panel: back to search, its text selected (typing replaces it).
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('listbox', { name: 'Templates' })).toBeFocused();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('Ask for');
  await expect(search).toHaveValue('Ask for');
  await expect(panel.getByRole('option', { name: 'Ask for a DM' })).toHaveAttribute('aria-selected', 'true');

  // Enter inserts; the caret is then in X's reply box, after the inserted text.
  await page.keyboard.press('Enter');
  await expect.poll(() => composerState(page)).toContain("We'll take it from there.");
  await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
  await page.keyboard.type(' 1');
  await expect.poll(() => composerState(page)).toMatch(/there\. 1$/);

  // Back in the panel; Esc clears the search, Esc again hands the caret back to X where it was.
  await search.click();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
  await page.keyboard.type('2');
  await expect.poll(() => composerState(page)).toMatch(/there\. 12$/);
});

/** Elements holding Korean text whose line breaking would split a word (word-break other than keep-all). */
async function breakingKorean(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('body, body *'))) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const own = Array.from(el.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && /[가-힣]/.test(n.textContent ?? ''),
        );
        const typed =
          (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
          /[가-힣]/.test(el.placeholder + el.value);
        if ((own || typed) && getComputedStyle(el).wordBreak !== 'keep-all')
          out.push(`${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 30)}`);
      }
    };
    visit(document);
    return out;
  });
}

test('Korean never breaks inside a word (panel, its dialogs, options, welcome); memos keep their lines; a note shows once', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  await seedCustomers(context, extensionId, [minji]);
  await seedEvents(context, extensionId, longHistory.slice(0, 8));
  const page = await openX(MINJI);
  await page.setViewportSize({ width: 1100, height: 800 });
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: '고객' });
  await expect(card.getByText('C-20931')).toBeVisible();
  expect(await breakingKorean(panel)).toEqual([]);

  // The CRM memo keeps its three lines.
  const memo = card.getByText('유심 교체 이력 있음');
  expect(await memo.evaluate((el) => (el as HTMLElement).innerText)).toBe(MEMO);
  const lineHeight = await memo.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await memo.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(lineHeight * 3);

  // A multi-line note, once: under the note field, not again in History.
  await card.getByRole('textbox', { name: '메모' }).fill('DM으로 번호 받음\n내일 오전 재연락');
  await card.getByRole('button', { name: '메모 추가' }).click();
  const note = card.getByRole('list', { name: '메모 목록' }).getByRole('listitem').first();
  await expect(note).toContainText('DM으로 번호 받음');
  expect(await note.evaluate((el) => (el as HTMLElement).innerText)).toContain('DM으로 번호 받음\n내일 오전 재연락');
  await expect(card.getByText('DM으로 번호 받음')).toHaveCount(1);
  await expect(card.getByRole('list', { name: '이력' })).not.toContainText('메모 ');

  // The handoff dialog, its preview included.
  await card.getByRole('button', { name: '고객센터로 이관' }).click();
  await expect(panel.getByRole('dialog')).toBeVisible();
  expect(await breakingKorean(panel)).toEqual([]);

  const options = await openOptionsPage(context, extensionId);
  await expect(options.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await breakingKorean(options)).toEqual([]);
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await breakingKorean(welcome)).toEqual([]);
});
