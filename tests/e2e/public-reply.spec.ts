/**
 * A public reply on X is public forever, so personal data goes into one only on
 * purpose. In public (status page, reply modal) {{customer.name}} is the name the customer shows on X,
 * never the CRM's; CRM fields and imported columns need a confirmation per insert that names them,
 * or are refused by the team's setting. In X Chat (a DM) they go in as before, and
 * {{customer.crmName}} gives the CRM's name.
 */
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedCustomers, seedTemplates } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const MINJI_CHAT = '/i/chat/1001-2002';
/** On X she is 김민지; the CRM has her legal name, which must never reach a public reply by itself. */
const LEGAL_NAME = '김민정';
const ACCOUNT = {
  id: 'account',
  title: 'Account check',
  lang: 'en',
  body: 'Your customer number {{customer.id}} and phone {{customer.phone}} are on file.',
};
const DM_NAME = {
  id: 'dm-name',
  title: 'DM greeting',
  lang: 'ko',
  body: '{{customer.crmName}}님, DM으로 확인해 드리겠습니다.',
};
const FILLED = 'Your customer number C-20931 and phone 010-1234-5678 are on file.';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
const speakKorean = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));

async function seedMinji(context: BrowserContext, extensionId: string): Promise<void> {
  await seedCustomers(context, extensionId, [
    {
      handle: 'minji_kim',
      name: LEGAL_NAME,
      customerId: 'C-20931',
      phone: '010-1234-5678',
      plan: '5G 프리미엄',
      attributes: { 계좌: '110-222-333333' },
    },
    { handle: 'sarah_j_miller', name: 'Sarah J. Miller-Legal', customerId: 'C-555', phone: '010-5555-0000' },
  ]);
  await seedTemplates(context, extensionId, [ACCOUNT, DM_NAME]);
}

async function clickInsert(panel: Frame, title: string, insertName = 'Insert'): Promise<void> {
  await panel.getByRole('option', { name: title }).click();
  await panel.getByRole('button', { name: insertName, exact: true }).click();
}

const openOptionsPage = optionsPageOpener();

test('on a status page the Korean sample greets the customer by the name they show on X, not the CRM name', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  await seedMinji(context, extensionId);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  // The card still shows the agent what the CRM knows.
  await expect(panel.getByRole('region', { name: '고객' }).getByText(LEGAL_NAME, { exact: true })).toBeVisible();
  await clickInsert(panel, '문의 감사 인사', '삽입');
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
  expect(await composerState(page)).not.toContain(LEGAL_NAME);
  await expect(panel.getByRole('alertdialog')).toHaveCount(0);
});

test('CRM fields in a public reply: the panel names them and asks; Cancel inserts nothing, confirming inserts', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedMinji(context, extensionId);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: ACCOUNT.title }).click();
  // The preview says which fields are private before the agent clicks anything.
  await expect(panel.getByText('In a public reply, Careline asks first: Customer ID, Phone')).toBeVisible();

  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(dialog).toBeVisible();
  const fields = dialog.getByRole('list', { name: 'Customer data in this reply' }).getByRole('listitem');
  await expect(fields).toHaveText(['Customer ID: C-20931', 'Phone: 010-1234-5678']);
  await expect(dialog).toContainText('public');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The Insert button that opened it has the focus back, and X's composer is untouched.
  await expect(panel.getByRole('button', { name: 'Insert', exact: true })).toBeFocused();
  await page.waitForTimeout(300);
  expect(await composerState(page)).toBe('');

  // Per insert, never remembered: the next Insert asks again.
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await dialog.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe(FILLED);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => composerState(page)).toBe('');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(dialog).toBeVisible();
});

test('from the keyboard: Enter in the list opens the confirmation with the focus inside, Esc cancels, Enter confirms', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedMinji(context, extensionId);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await panel.getByRole('option', { name: ACCOUNT.title }).click();
  await list.focus();
  await page.keyboard.press('Enter');
  const dialog = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(dialog.getByRole('button', { name: 'Insert in public reply' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(list).toBeFocused();
  await page.waitForTimeout(300);
  expect(await composerState(page)).toBe('');

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Insert in public reply' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => composerState(page)).toBe(FILLED);
});

test('in Korean the confirmation names the fields in Korean, imported columns included', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  await seedMinji(context, extensionId);
  await seedTemplates(context, extensionId, [
    {
      id: 'bank',
      title: '계좌 확인',
      lang: 'ko',
      body: '{{customer.name}}님, 등록된 계좌 {{customer.계좌}}로 환불됩니다.',
    },
  ]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await clickInsert(panel, '계좌 확인', '삽입');
  const dialog = panel.getByRole('alertdialog', { name: '고객 정보가 담긴 공개 답글' });
  await expect(dialog.getByRole('list', { name: '이 답글에 담길 고객 정보' }).getByRole('listitem')).toHaveText([
    '가져온 열 "계좌": 110-222-333333',
  ]);
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(300);
  expect(await composerState(page)).toBe('');
  await panel.getByRole('button', { name: '삽입', exact: true }).click();
  await dialog.getByRole('button', { name: '공개 답글에 삽입' }).click();
  await expect.poll(() => composerState(page)).toBe('김민지님, 등록된 계좌 110-222-333333로 환불됩니다.');
});

test('with "Never insert" chosen in the options, the panel refuses CRM fields in public and points to a DM', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedMinji(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  const setting = options.getByRole('radiogroup', { name: 'CRM fields in public replies' });
  await expect(setting.getByRole('radio', { name: 'Ask each time' })).toBeChecked();
  await setting.getByRole('radio', { name: 'Never insert' }).check();
  await expect(
    options.getByRole('status').filter({ hasText: 'Saved: CRM fields never go into public replies' }),
  ).toBeVisible();
  await options.close();

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: ACCOUNT.title }).click();
  await expect(panel.getByText('Not allowed in a public reply: Customer ID, Phone')).toBeVisible();
  // Insert is off, says why, and the way forward is the customer's DM (X shows the user id on the open
  // post's Follow button, so the link opens X Chat with them, not their profile).
  const insert = panel.getByRole('button', { name: 'Insert', exact: true });
  await expect(insert).toBeDisabled();
  await expect(insert).toHaveAccessibleDescription(/Never insert.*Send this reply as a DM instead/);
  await expect(panel.getByRole('link', { name: 'Open DM' })).toHaveAttribute(
    'href',
    'https://x.com/messages/compose?recipient_id=1700000000000000101',
  );
  await expect(panel.getByText('Opens @minji_kim’s profile')).toHaveCount(0);
  // Enter in the list still goes through the guard: refused, with the same way forward.
  await panel.getByRole('listbox', { name: 'Templates' }).focus();
  await page.keyboard.press('Enter');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('Not inserted');
  await expect(alert).toContainText('Customer ID, Phone');
  await expect(alert.getByRole('link', { name: 'Open DM' })).toHaveAttribute(
    'href',
    'https://x.com/messages/compose?recipient_id=1700000000000000101',
  );
  await expect(panel.getByRole('alertdialog')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await composerState(page)).toBe('');
  // What X shows is still fine in public.
  await clickInsert(panel, '문의 감사 인사');
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
});

test('in Korean, "Never insert" turns Insert off, says why and opens the customer\'s DM by X\'s user id', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  await seedMinji(context, extensionId);
  await seedCustomers(context, extensionId, [
    {
      handle: 'minji_kim',
      userId: '1991000000000000001',
      name: LEGAL_NAME,
      customerId: 'C-20931',
      phone: '010-1234-5678',
    },
  ]);
  const options = await openOptionsPage(context, extensionId);
  await options
    .getByRole('radiogroup', { name: '공개 답글의 CRM 정보' })
    .getByRole('radio', { name: '넣지 않음' })
    .check();
  await expect(options.getByRole('status').filter({ hasText: '저장' })).toBeVisible();
  await options.close();

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: ACCOUNT.title }).click();
  await expect(panel.getByText('공개 답글에 넣을 수 없음: 고객 ID, 전화번호')).toBeVisible();
  const insert = panel.getByRole('button', { name: '삽입', exact: true });
  await expect(insert).toBeDisabled();
  await expect(insert).toHaveAccessibleDescription(/넣지 않음.*DM으로 보내 주세요/);
  await expect(panel.getByRole('link', { name: 'DM 열기' })).toHaveAttribute(
    'href',
    'https://x.com/messages/compose?recipient_id=1991000000000000001',
  );
  // The public sample still goes in: only replies with customer data are held back.
  await clickInsert(panel, '문의 감사 인사', '삽입');
  await expect
    .poll(() => composerState(page))
    .toBe('김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.');
});

test('in X Chat CRM fields go in without asking, and {{customer.crmName}} is the CRM name', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedMinji(context, extensionId);
  const page: Page = await openX(MINJI_CHAT);
  const panel = await panelOf(page);
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true })).toBeVisible();
  const textarea = page.getByTestId('dm-composer-textarea');
  await clickInsert(panel, DM_NAME.title);
  await expect(textarea).toHaveValue(`${LEGAL_NAME}님, DM으로 확인해 드리겠습니다.`);
  await textarea.fill('');
  await clickInsert(panel, ACCOUNT.title);
  await expect(textarea).toHaveValue(FILLED);
  await expect(panel.getByRole('alertdialog')).toHaveCount(0);
});

test('the reply modal counts as public: CRM fields ask first', async ({ openX, context, extensionId }) => {
  await seedMinji(context, extensionId);
  const page = await openX('/home');
  const article = page
    .locator('article[data-testid="tweet"]')
    .filter({ hasText: 'no signal since the outage' })
    .first();
  await article.getByTestId('reply').click();
  await expect(page).toHaveURL(/\/compose\/post$/);
  const panel = await panelOf(page);
  await expect(
    panel.getByRole('region', { name: 'Customer' }).getByText('@sarah_j_miller', { exact: true }),
  ).toBeVisible();
  await clickInsert(panel, ACCOUNT.title);
  const dialog = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(dialog.getByRole('listitem')).toHaveText(['Customer ID: C-555', 'Phone: 010-5555-0000']);
  await dialog.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe('Your customer number C-555 and phone 010-5555-0000 are on file.');
});

test('a fill-in template with CRM fields asks after the Fill in dialog, and inserts what was typed', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedMinji(context, extensionId);
  await seedTemplates(context, extensionId, [
    { id: 'refund', title: 'Refund date', lang: 'en', body: 'Refund for {{customer.id}} on {{input:Date}}.' },
  ]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await clickInsert(panel, 'Refund date');
  const fillIn = panel.getByRole('dialog', { name: 'Fill in' });
  await fillIn.getByRole('textbox', { name: 'Date' }).fill('12/9');
  await fillIn.getByRole('button', { name: 'Insert' }).click();
  await expect(fillIn).toBeHidden();
  const dialog = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(dialog.getByRole('listitem')).toHaveText(['Customer ID: C-20931']);
  // Esc: nothing inserted, and the focus is back on Insert, where the agent started.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Insert', exact: true })).toBeFocused();
  expect(await composerState(page)).toBe('');
  await page.keyboard.press('Enter');
  await fillIn.getByRole('textbox', { name: 'Date' }).fill('12/9');
  await fillIn.getByRole('button', { name: 'Insert' }).click();
  await dialog.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe('Refund for C-20931 on 12/9.');
});

test('in Korean, the lead chooses 넣지 않음 and the panel refuses in Korean', async ({
  openX,
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  await seedMinji(context, extensionId);
  const options = await openOptionsPage(context, extensionId);
  const setting = options.getByRole('radiogroup', { name: '공개 답글의 CRM 정보' });
  await expect(setting.getByRole('radio', { name: '매번 확인' })).toBeChecked();
  await setting.getByRole('radio', { name: '넣지 않음' }).check();
  await expect(
    options.getByRole('status').filter({ hasText: '저장했습니다: CRM 정보는 공개 답글에 들어가지 않습니다' }),
  ).toBeVisible();
  await options.close();

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: ACCOUNT.title }).click();
  await expect(panel.getByRole('button', { name: '삽입', exact: true })).toBeDisabled();
  // Enter in the list is refused by the guard, in Korean, with the DM to answer in.
  await panel.getByRole('listbox', { name: '템플릿' }).focus();
  await page.keyboard.press('Enter');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('삽입하지 않았습니다');
  await expect(alert).toContainText('고객 ID, 전화번호');
  await expect(alert.getByRole('link', { name: 'DM 열기' })).toHaveAttribute(
    'href',
    'https://x.com/messages/compose?recipient_id=1700000000000000101',
  );
  await page.waitForTimeout(300);
  expect(await composerState(page)).toBe('');
});
