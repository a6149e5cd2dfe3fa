import type { Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';

async function insertTemplate(page: Page, title: string): Promise<void> {
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: title }).click();
  await panel.getByRole('button', { name: 'Insert' }).click();
}

test('Insert writes into an empty inline reply box and X registers it (Reply enables from Draft state)', async ({
  openX,
}) => {
  const page = await openX(MINJI);
  const reply = page.getByTestId('tweetButtonInline');
  await expect(reply).toHaveAttribute('aria-disabled', 'true');
  await insertTemplate(page, '문의 감사 인사');
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
  await expect(reply).not.toHaveAttribute('aria-disabled', 'true');
  await expect(reply).toBeEnabled();
});

test('Insert into a non-empty editor lands at the caret, and multi-line text keeps its breaks', async ({ openX }) => {
  const page = await openX(MINJI);
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await page.keyboard.type('Hello! ');
  await expect.poll(() => composerState(page)).toBe('Hello! ');
  await insertTemplate(page, '개통 지연 사과');
  await expect
    .poll(() => composerState(page))
    .toBe(
      'Hello! 김민지님, 개통이 늦어져 불편을 드려 죄송합니다.\n\n지금 바로 확인하고 있으며, 진행 상황을 DM으로 알려드리겠습니다.',
    );
  // Draft holds the breaks as blocks: three blocks, the middle one empty.
  await expect(editor.locator('[data-block="true"]')).toHaveCount(3);
  // X's own Reply button posts exactly that text.
  await page.getByTestId('tweetButtonInline').click();
  const sent = await page.evaluate(
    () => (window as unknown as { __xapp: { sent: Array<{ text: string }> } }).__xapp.sent,
  );
  expect(sent.at(-1)?.text).toContain('지금 바로 확인하고 있으며');
});

test('the reply modal opened from a timeline tweet knows the customer and takes the insert', async ({ openX }) => {
  const page = await openX('/home');
  const article = page
    .locator('article[data-testid="tweet"]')
    .filter({ hasText: 'no signal since the outage' })
    .first();
  await article.getByTestId('reply').click();
  const modal = page.locator('[role="dialog"][aria-labelledby="modal-header"]');
  await expect(modal).toBeVisible();
  await expect(page).toHaveURL(/\/compose\/post$/);
  const panel = await panelOf(page);
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('@sarah_j_miller', { exact: true }),
  ).toBeVisible();
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('Sarah Miller', { exact: true }),
  ).toBeVisible();
  await insertTemplate(page, 'Ask for a DM');
  const expected =
    "Hi @sarah_j_miller, sorry about this! Could you send us a DM with your account number? We'll take it from there.";
  await expect.poll(() => composerState(page)).toBe(expected);
  await expect(modal.getByTestId('tweetButton')).toBeEnabled();
});

test('the Home composer is a new post without a customer, and still takes the insert', async ({ openX }) => {
  const page = await openX('/home');
  const panel = await panelOf(page);
  await expect(panel.getByText('No customer in view')).toBeVisible();
  await insertTemplate(page, 'Network outage update');
  await expect
    .poll(() => composerState(page))
    .toContain("Thanks for flagging this, there. We're aware of a network issue");
  await expect(page.getByTestId('tweetButtonInline')).toBeEnabled();
});

test('X Chat: the customer is read from the conversation and the textarea in the shadow root takes the insert', async ({
  openX,
}) => {
  const page = await openX('/i/chat/1001-2002');
  const panel = await panelOf(page);
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true })).toBeVisible();
  await insertTemplate(page, '문의 감사 인사');
  const textarea = page.getByTestId('dm-composer-textarea');
  await expect(textarea).toHaveValue('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
  await expect(page.getByTestId('dm-composer-send-button')).toBeEnabled();
});

test('no reply box: an alert names what Careline looked for and Copy puts the reply on the clipboard', async ({
  openX,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  const page = await openX('/sarah_j_miller');
  const panel = await panelOf(page);
  await insertTemplate(page, 'Network outage update');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText("could not find X's reply box");
  await expect(alert).toContainText('tweetTextarea_0');
  await alert.getByRole('button', { name: 'Copy' }).click();
  await expect(alert).toContainText('on your clipboard');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(
    "Thanks for flagging this, there. We're aware of a network issue in some areas and our engineers are on it.\n\n" +
      "We'll post an update here as soon as service is restored.",
  );
});

test('Insert goes where the agent left the caret, even in the middle of what they typed', async ({ openX }) => {
  const page = await openX(MINJI);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Hello  Bye');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => composerState(page)).toBe('Hello  Bye');
  await insertTemplate(page, 'Ask for a DM');
  const dm =
    "Hi @minji_kim, sorry about this! Could you send us a DM with your account number? We'll take it from there.";
  await expect.poll(() => composerState(page)).toBe(`Hello ${dm} Bye`);
});
