/**
 * "Suggested for this post": the panel ranks the library against the post being answered and
 * preselects the best; usage counts on Send; text typed in the wrong keyboard layout still finds;
 * "Save reply as template" offers the customer placeholders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedTemplates, type TemplateSeed } from './seed';
import { shortcutOptions } from './shortcut-list';

const pack = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/packs/cs-care-v1.json'), 'utf8'),
) as { templates: TemplateSeed[] };

const MINJI = '/minji_kim/status/1991000000000000101'; // 개통이 3일째 안 되고 있어요
const SARAH = '/sarah_j_miller/status/1991000000000000102'; // no signal since the outage

/** Posts of the x.com imitation and the reply each needs. */
const POSTS = [
  {
    path: '/dohyun_choi/status/1991000000000000109',
    about: 'internet drops (ko)',
    reply: '인터넷 끊김 점검 안내',
    text: '공유기 전원을 30초간',
  },
  {
    path: '/seoyeon_lee/status/1991000000000000106',
    about: 'delivery (ko)',
    reply: '배송 지연 안내',
    text: '택배사에 현재 위치를',
  },
  {
    path: '/jihoon_park/status/1991000000000000103',
    about: 'billing (ko)',
    reply: '요금 청구 확인',
    text: '이번 달 청구 내역을',
  },
  { path: MINJI, about: 'activation (ko)', reply: '개통 지연 사과', text: '개통이 늦어져' },
  { path: SARAH, about: 'outage (en)', reply: 'Network outage update', text: "We're aware of a network issue" },
  {
    path: '/lucia_reyes/status/1991000000000000110',
    about: 'billing (en)',
    reply: '요금 청구 확인',
    text: 'Sorry about the surprise on your bill',
  },
  {
    path: '/sarah_j_miller/status/1992000000000000004',
    about: 'delivery (en)',
    reply: '배송 지연 안내',
    text: 'chase the courier',
  },
];

const templatesOf = async (page: Page) => (await panelOf(page)).getByRole('listbox', { name: 'Templates' });

for (const post of POSTS) {
  test(`a post about ${post.about} opens on "${post.reply}", suggested and preselected`, async ({ openX }) => {
    const panel = await panelOf(await openX(post.path));
    const suggested = panel.getByRole('listbox', { name: 'Templates' }).getByRole('group', { name: 'Suggested' });
    await expect(suggested.getByRole('option').first()).toHaveAccessibleName(post.reply);
    await expect(suggested.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(panel.locator('.preview-text')).toContainText(post.text);
  });
}

test('with a team pack, its template is suggested beside the sample', async ({ openX, context, extensionId }) => {
  await seedTemplates(
    context,
    extensionId,
    pack.templates.map((t) => ({ ...t, id: `cs-care/${t.id}`, packId: 'cs-care', packItemId: t.id, locked: true })),
  );
  // "@acme_care my internet has been down for 1024 minutes now 😡" (English)
  const list = await templatesOf(await openX('/sarah_j_miller/status/1992000000000000024'));
  const suggested = list.getByRole('group', { name: 'Suggested' }).getByRole('option');
  await expect(suggested.filter({ hasText: 'Router restart steps' })).toHaveCount(1);
  await expect(suggested.first()).toHaveAccessibleName(/^(Router restart steps|인터넷 끊김 점검 안내)$/);
  await expect(list.getByRole('option', { selected: true })).toHaveAccessibleName(
    /^(Router restart steps|인터넷 끊김 점검 안내)$/,
  );
});

test('a post about nothing in the library has no Suggested group, and searching hides it', async ({ openX }) => {
  const panel = await panelOf(await openX('/sarah_j_miller/status/1991000000000000114')); // New phone day!
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.getByRole('group', { name: 'Suggested' })).toHaveCount(0);
  const other = await panelOf(await openX(MINJI));
  await expect(other.getByRole('group', { name: 'Suggested' })).toBeVisible();
  await other.getByRole('searchbox', { name: 'Search templates' }).fill('DM');
  await expect(other.getByRole('group', { name: 'Suggested' })).toHaveCount(0);
  await expect(other.getByRole('option', { name: 'Ask for a DM' })).toBeVisible();
});

test('in Korean the group is 추천', async ({ serviceWorker, openX }) => {
  await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const panel = await panelOf(await openX(MINJI));
  const list = panel.getByRole('listbox', { name: '템플릿' });
  await expect(list.getByRole('group', { name: '추천' }).getByRole('option').first()).toHaveAccessibleName(
    '개통 지연 사과',
  );
  await expect(list.getByRole('group', { name: '다른 템플릿' })).toBeVisible();
});

async function usesOf(context: BrowserContext, extensionId: string, title: string): Promise<string> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const row = options
    .getByRole('region', { name: 'Templates', exact: true })
    .getByRole('table', { name: 'Template library' })
    .getByRole('row')
    .filter({ has: options.getByRole('button', { name: title, exact: true }) });
  const uses = (await row.getByRole('cell').nth(5).textContent()) ?? '';
  await options.close();
  return uses;
}

test('usage is counted when the reply is sent, not on Insert, and the list does not move', async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(list.getByRole('group', { name: 'Suggested' })).toBeVisible();
  const titles = () => list.locator('[role="option"] .title').allTextContents();
  const before = await titles();
  // Second of two unused English replies: counted on insert, it would jump above "Ask for a DM".
  expect(before.indexOf('Network outage update')).toBeGreaterThan(before.indexOf('Ask for a DM'));
  await list.getByRole('option', { name: 'Network outage update' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(page)).toContain('Thanks for flagging this, 김민지.');
  expect(await usesOf(context, extensionId, 'Network outage update')).toBe('0');
  expect(await titles()).toEqual(before);

  await page.getByTestId('tweetButtonInline').click();
  await expect(panel.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText('Reply sent');
  await expect.poll(() => usesOf(context, extensionId, 'Network outage update')).toBe('1');
  expect(await titles()).toEqual(before);
  await expect(list.getByRole('option', { name: 'Network outage update' })).toHaveAttribute('aria-selected', 'true');
});

test(';소무ㅏㄴ (;thanks typed with the Hangul input mode on) expands like ;thanks', async ({ openX }) => {
  const page = await openX(MINJI);
  await page.getByRole('button', { name: 'Close Careline' }).click();
  const box = page.getByTestId('tweetTextarea_0');
  await box.click();
  await page.keyboard.type(';thanks');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  await page.keyboard.press('Tab');
  await expect.poll(() => composerState(page)).toContain('김민지님, 문의해 주셔서 감사합니다.');
  const expected = await composerState(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => composerState(page)).toBe('');
  await page.keyboard.type(';소무ㅏㄴ');
  await expect.poll(() => shortcutOptions(page)).toEqual(['문의 감사 인사;thanks']);
  await page.keyboard.press('Tab');
  await expect.poll(() => composerState(page)).toBe(expected);
});

test('template search typed in the wrong layout finds the same: rkatk is 감사, 소무ㅏㄴ is thanks', async ({
  openX,
}) => {
  const panel = await panelOf(await openX(SARAH));
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  const list = panel.getByRole('listbox', { name: 'Templates' });
  const titles = () => list.locator('[role="option"] .title').allTextContents();
  await search.fill('감사');
  await expect(list.getByRole('option', { name: '문의 감사 인사' })).toBeVisible();
  const korean = await titles();
  await search.fill('rkatk');
  await expect(list.getByRole('option', { name: '문의 감사 인사' })).toBeVisible();
  expect(await titles()).toEqual(korean);
  await search.fill('thanks');
  await expect(list.getByRole('option', { name: '문의 감사 인사' })).toBeVisible();
  const english = await titles();
  await search.fill('소무ㅏㄴ');
  await expect(list.getByRole('option', { name: '문의 감사 인사' })).toBeVisible();
  expect(await titles()).toEqual(english);
});

test("Save reply as template offers {{customer.name}} and @{{customer.handle}} for the customer's own", async ({
  openX,
}) => {
  const page = await openX(MINJI);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('@minji_kim 김민지님, 확인 후 DM 드리겠습니다.');
  const panel = await panelOf(page);
  await panel.getByRole('button', { name: 'Save reply as template' }).click();
  const form = panel.getByRole('form', { name: 'Save reply as template' });
  const name = form.getByRole('checkbox', { name: 'Use {{customer.name}} for “김민지”' });
  const handle = form.getByRole('checkbox', { name: 'Use @{{customer.handle}} for “@minji_kim”' });
  await expect(name).toBeChecked();
  await expect(handle).toBeChecked();
  await expect(form.locator('.preview-text')).toHaveText(
    '@{{customer.handle}} {{customer.name}}님, 확인 후 DM 드리겠습니다.',
  );
  await handle.uncheck();
  await expect(form.locator('.preview-text')).toHaveText('@minji_kim {{customer.name}}님, 확인 후 DM 드리겠습니다.');
  await handle.check();
  await form.getByRole('textbox', { name: 'Title' }).fill('DM 안내');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved “DM 안내”.');

  // On another customer's post the saved reply greets them.
  const other = await panelOf(await openX('/jihoon_park/status/1991000000000000103'));
  await other.getByRole('searchbox', { name: 'Search templates' }).fill('DM 안내');
  await other.getByRole('option', { name: 'DM 안내' }).click();
  await expect(other.locator('.preview-text')).toHaveText('@jihoon_park 박지훈님, 확인 후 DM 드리겠습니다.');
});
