/**
 * The panel's "Length" meter counts what X will count after Insert: the text already in X's box, the
 * separator, the reply with its fill-ins filled, against the right limit (X Chat's in a DM, the
 * account's own for a public post), and warns before the limit.
 */
import type { Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedTemplates } from './seed';
import { tweetLength } from '../../utils/templates/length';

const MINJI = '/minji_kim/status/1991000000000000101';
const THANKS = '김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';
const openOptions = optionsPageOpener();

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

const BILL = {
  id: 'bill',
  title: '청구 내역 안내',
  lang: 'ko',
  body: '{{customer.name | "고객"}}님, {{input:청구월}} 청구 내역을 확인했습니다. {{input:청구월}} 요금은 DM으로 자세히 안내드리겠습니다.',
};

const weighted = (text: string) => tweetLength(text).weighted;
const shown = (n: number, limit: string) => `${n.toLocaleString('en-US')} / ${limit}`;

async function typeInBox(page: Page, text: string): Promise<void> {
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.insertText(text);
  await expect.poll(() => composerState(page)).toBe(text);
}

test("with text already in X's box the meter counts the box, the separator and the reply", async ({ openX }) => {
  const page = await openX(MINJI);
  const typed = '안녕하세요, 고객센터입니다.';
  await typeInBox(page, typed);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  const meter = panel.getByRole('meter', { name: 'Length' });
  const total = weighted(`${typed}\n${THANKS}`);
  await expect(meter).toHaveText(shown(total, '280'));
  await expect(panel.getByText(`${280 - total} left`)).toBeVisible();

  // The agent keeps typing in X's box: the meter follows.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' 네');
  await expect(meter).toHaveText(shown(weighted(`${typed} 네 ${THANKS}`), '280'));
});

test('a fill-in template counts the values, not the raw {{input:…}} placeholders', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [BILL]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '청구 내역 안내' }).click();
  const meter = panel.getByRole('meter', { name: 'Length' });
  // Before Fill in: the reply without its fields, and the meter says the fields are still to come.
  const bare = '김민지님,  청구 내역을 확인했습니다.  요금은 DM으로 자세히 안내드리겠습니다.';
  await expect(meter).toHaveText(shown(weighted(bare), '280'));
  await expect(panel.getByText('plus what you fill in')).toBeVisible();

  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await dialog.getByRole('textbox', { name: '청구월' }).fill('11월');
  const filled = '김민지님, 11월 청구 내역을 확인했습니다. 11월 요금은 DM으로 자세히 안내드리겠습니다.';
  await expect(dialog.getByRole('meter', { name: 'Length' })).toHaveText(shown(weighted(filled), '280'));
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect.poll(() => composerState(page)).toBe(filled);
});

test('near the limit the meter warns, over it an alert says by how much (English and Korean)', async ({
  openX,
  serviceWorker,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await typeInBox(page, '가'.repeat(100)); // 200 of 280
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  const meter = panel.getByRole('meter', { name: 'Length' });
  const total = weighted(`${'가'.repeat(100)} ${THANKS}`);
  expect(total).toBeGreaterThan(252);
  expect(total).toBeLessThanOrEqual(280);
  await expect(meter).toHaveText(shown(total, '280'));
  await expect(panel.getByText(`Close to X's limit: ${280 - total} left`)).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);

  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('나'.repeat(20));
  const over = weighted(`${'가'.repeat(100)}${'나'.repeat(20)} ${THANKS}`) - 280;
  await expect(panel.getByRole('alert')).toHaveText(
    `${over} over X's limit: X will not post this reply until it is shorter.`,
  );

  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  await expect(panel.getByRole('alert')).toHaveText(
    `X 글자 수 제한을 ${over}자 초과했습니다. 줄이기 전에는 X에 게시할 수 없습니다.`,
  );
  await expect(panel.getByRole('meter', { name: '글자 수' })).toHaveText(shown(over + 280, '280'));
});

test('in X Chat the limit is 10,000 characters, each counted once', async ({ openX }) => {
  const page = await openX('/i/chat/1001-2002');
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await expect(panel.getByRole('meter', { name: 'Length' })).toHaveText(shown([...THANKS].length, '10,000'));
  await expect(panel.getByText('An X Chat message: up to 10,000 characters')).toBeVisible();
});

test("the account's own post limit from options applies to the account X shows as signed in", async ({
  openX,
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const limits = options.getByRole('group', { name: 'Post length limits' });
  await limits.getByRole('textbox', { name: 'X account' }).fill('@acme_care');
  await limits.getByRole('combobox', { name: 'Post limit', exact: true }).selectOption('25000');
  await limits.getByRole('button', { name: 'Add account' }).click();
  await expect(limits.getByRole('list', { name: 'X accounts' }).getByText('@acme_care', { exact: true })).toBeVisible();
  await options.close();

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await expect(panel.getByRole('meter', { name: 'Length' })).toHaveText(shown(weighted(THANKS), '25,000'));
  await expect(panel.getByText('Posts from @acme_care: up to 25,000 (Hangul counts 2)')).toBeVisible();
});

test('a handle that is not an X handle is refused with a message and changes nothing', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const limits = options.getByRole('group', { name: 'Post length limits' });
  await limits.getByRole('textbox', { name: 'X account' }).fill('not a handle!');
  await limits.getByRole('button', { name: 'Add account' }).click();
  await expect(limits.getByRole('alert')).toContainText('not an X handle');
  await expect(limits.getByRole('list', { name: 'X accounts' }).getByRole('listitem')).toHaveCount(0);
});
