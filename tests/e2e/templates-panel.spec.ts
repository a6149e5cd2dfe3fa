import type { Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedTemplates } from './seed';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';
import { shortcutList, shortcutOptions } from './shortcut-list';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';

const ETA = {
  id: 'eta',
  title: '처리 예정 시간 안내',
  shortcut: 'eta',
  lang: 'ko',
  body: '{{customer.name | "고객"}}님, {{input:예상 시간}} 안에 처리해 드리겠습니다. {{cursor}}감사합니다.',
  variants: {
    en: 'Hi {{customer.name | "there"}}, we\'ll have this fixed within {{input:예상 시간}}. {{cursor}}Thanks!',
  },
};

interface SelectionProbe {
  __xapp: { getSelectionOffset(): { anchorOffset: number; blockIndex: number } | null };
}
const caretOffset = (page: Page) =>
  page.evaluate(() => (window as unknown as SelectionProbe).__xapp.getSelectionOffset()?.anchorOffset ?? -1);

test('fill-in fields: the Fill in dialog, the filled reply in X, the caret at {{cursor}}', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [ETA]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '처리 예정 시간 안내' }).click();
  await expect(panel.getByText('To fill in: 예상 시간')).toBeVisible();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: '예상 시간' }).fill('2시간');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  const expected = '김민지님, 2시간 안에 처리해 드리겠습니다. 감사합니다.';
  await expect.poll(() => composerState(page)).toBe(expected);
  await expect.poll(() => caretOffset(page)).toBe(expected.indexOf('감사합니다.'));
  await expect(page.getByTestId('tweetButtonInline')).toBeEnabled();
});

test("the language variant follows the tweet's language and can be switched", async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [ETA]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '처리 예정 시간 안내' }).click();
  const languages = panel.getByRole('radiogroup', { name: 'Language' });
  await expect(languages.getByRole('radio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
  await expect(panel.getByText("Hi Sarah Miller, we'll have this fixed within")).toBeVisible();
  await languages.getByRole('radio', { name: '한국어' }).click();
  // The fill-in field reads as its label (a chip), never as raw {{input:…}}.
  const preview = panel.locator('.preview-text');
  await expect(preview).toHaveText('Sarah Miller님, 예상 시간 안에 처리해 드리겠습니다. 감사합니다.');
  await expect(preview.getByText('예상 시간', { exact: true })).toBeVisible();
});

test('a value the template needs but the customer lacks is flagged before insert', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [
    { id: 'plan', title: 'Plan check', body: 'Your plan is {{customer.plan}}.', lang: 'en' },
  ]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Plan check' }).click();
  await expect(panel.getByText('No value for: Plan')).toBeVisible();
  await expect(panel.locator('.preview-text')).toHaveText('Your plan is Plan: no value.');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Insert anyway' })).toBeVisible();
  expect(await composerState(page)).toBe('');
  await panel.getByRole('button', { name: 'Insert anyway' }).click();
  await expect.poll(() => composerState(page)).toBe('Your plan is {{customer.plan}}.');
});

test("typing ;shortcut then Tab in X's reply box expands the template in place", async ({ openX }) => {
  const page = await openX(MINJI);
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await page.keyboard.type('안녕하세요! ;than');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  expect((await shortcutList(page))?.label).toBe('Careline shortcuts');
  await page.keyboard.press('Tab');
  await expect
    .poll(() => composerState(page))
    .toBe('안녕하세요! 김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
  await expect.poll(() => shortcutList(page)).toBeNull();
  await expect(editor).toBeFocused();
});

test('Enter in the shortcut list expands; Esc closes it and leaves the text alone', async ({ openX }) => {
  const page = await openX(SARAH);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(';ou');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Network outage update;outage']);
  await page.keyboard.press('Escape');
  await expect.poll(() => shortcutList(page)).toBeNull();
  expect(await composerState(page)).toBe(';ou');
  await page.keyboard.type('t');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Network outage update;outage']);
  await page.keyboard.press('Enter');
  await expect.poll(() => composerState(page)).toContain("Thanks for flagging this, Sarah Miller. We're aware");
  // Enter went to the list, not to Draft: no stray empty line at the start.
  expect((await composerState(page)).startsWith('Thanks')).toBe(true);
});

test(';shortcut of a template with fill-in fields opens the panel on it and replaces the token', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [ETA]);
  const page = await openX(MINJI);
  await page.getByRole('button', { name: 'Close Careline' }).click();
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('확인했습니다. ;eta');
  await expect.poll(() => shortcutOptions(page)).toEqual(['처리 예정 시간 안내 · opens in the panel;eta']);
  await page.keyboard.press('Tab');
  const dialog = (await panelOf(page)).getByRole('dialog', { name: 'Fill in' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: '예상 시간' }).fill('30분');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect
    .poll(() => composerState(page))
    .toBe('확인했습니다. 김민지님, 30분 안에 처리해 드리겠습니다. 감사합니다.');
});

test('the panel finds Korean templates by initial consonants and by a syllable still being typed', async ({
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await search.fill('ㄱㅅ');
  await expect(list.getByRole('option', { name: '문의 감사 인사' })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Ask for a DM' })).toHaveCount(0);
  await search.fill('개토');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { name: '개통 지연 사과' })).toBeVisible();
  // Keyboard: arrows move, Enter inserts the selected one, Esc clears the query.
  await search.press('Enter');
  await expect.poll(() => composerState(page)).toContain('김민지님, 개통이 늦어져 불편을 드려 죄송합니다.');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  // All the samples again, the DM one included.
  await expect(list.getByRole('option')).toHaveCount(SAMPLE_TEMPLATES.length);
});

test("before the agent types, replies in the tweet's language are listed first", async ({ openX }) => {
  const korean = (await panelOf(await openX(MINJI))).getByRole('listbox', { name: 'Templates' }).getByRole('option');
  await expect(korean.first()).toHaveAccessibleName(/^(개통 지연 사과|문의 감사 인사)$/);
  const english = (await panelOf(await openX(SARAH))).getByRole('listbox', { name: 'Templates' }).getByRole('option');
  await expect(english.first()).toHaveAccessibleName(/^(Ask for a DM|Network outage update)$/);
});
