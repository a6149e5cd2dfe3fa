/**
 * Insert after text already in X's box adds the separator a person would type: a space after a word,
 * a line break after a sentence, nothing at the start or after whitespace. Through the imitation's
 * real Draft.js editor and X Chat's textarea, in Korean and English.
 */
import type { Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const THANKS = '김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';
const DM =
  "Hi @sarah_j_miller, sorry about this! Could you send us a DM with your account number? We'll take it from there.";

async function insertTemplate(page: Page, title: string): Promise<void> {
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: title }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
}

test('a second Korean insert after a sentence starts on a new line, not glued to "다."', async ({ openX }) => {
  const page = await openX(MINJI);
  await insertTemplate(page, '문의 감사 인사');
  await expect.poll(() => composerState(page)).toBe(THANKS);
  await insertTemplate(page, '문의 감사 인사');
  await expect.poll(() => composerState(page)).toBe(`${THANKS}\n${THANKS}`);
  // Draft holds the break as a second block, so X posts it as two lines.
  await expect(page.getByTestId('tweetTextarea_0').locator('[data-block="true"]')).toHaveCount(2);
});

test('after a word the insert gets a space; after whitespace or at the start it gets none', async ({ openX }) => {
  const page = await openX(SARAH);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Hello');
  await expect.poll(() => composerState(page)).toBe('Hello');
  await insertTemplate(page, 'Ask for a DM');
  await expect.poll(() => composerState(page)).toBe(`Hello ${DM}`);

  // Caret back at the very start: no separator before, one after (the text that follows is a word).
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+Home');
  await insertTemplate(page, 'Ask for a DM');
  await expect.poll(() => composerState(page)).toBe(`${DM}\nHello ${DM}`);
});

test('typed text ending in a space takes the insert as it is', async ({ openX }) => {
  const page = await openX(MINJI);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('안녕하세요 ');
  await expect.poll(() => composerState(page)).toBe('안녕하세요 ');
  await insertTemplate(page, '문의 감사 인사');
  await expect.poll(() => composerState(page)).toBe(`안녕하세요 ${THANKS}`);
});

test("X Chat's textarea gets the same separator after a sentence", async ({ openX }) => {
  const page = await openX('/i/chat/1001-2002');
  const textarea = page.getByTestId('dm-composer-textarea');
  await textarea.click();
  await page.keyboard.type('확인했습니다.');
  await insertTemplate(page, '문의 감사 인사');
  await expect(textarea).toHaveValue(`확인했습니다.\n${THANKS}`);
});
