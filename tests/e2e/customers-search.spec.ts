/**
 * The panel's customer search: any part of a name or handle, 초성, the last digits of a phone, and
 * the same typed in the wrong keyboard layout (한/영 not pressed).
 */
import type { Page } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';

const SARAH = '/sarah_j_miller/status/1991000000000000102';
const CSV = [
  'handle,name,customer_id,phone',
  'jihoon_park,박지훈,C-100232,010-3456-7890',
  'minji_kim,김민지,C-100231,+82 10-2345-6789',
  'sarah_j_miller,Sarah Miller,C-100233,',
].join('\n');
const CRM_ONLY = '고객번호,이름,전화번호\nT-5001,감사랑,010-1111-2222\n';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

async function importFile(options: Page, extensionId: string, csv: string): Promise<void> {
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: /^(Customers|고객)$/ });
  await section
    .locator('input[type="file"][accept=".csv,text/csv"]')
    .setInputFiles({ name: 'c.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await section.getByRole('button', { name: /^(Import|가져오기)$/ }).click();
  await expect(section.getByRole('status')).toHaveText(
    /^(Imported (1 customer|(?!1 )\d+ customers)|고객 \d+명을 가져왔습니다)$/,
  );
}

test('finds customers by any part of the name or handle, by 초성, by the last phone digits, and typed in the wrong layout', async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await context.newPage();
  await importFile(options, extensionId, CSV);
  await importFile(options, extensionId, CRM_ONLY);
  await options.close();

  const page = await openX(SARAH);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  const search = card.getByRole('searchbox', { name: 'Search customers' });
  const found = card.getByRole('list', { name: 'Customers found' }).getByRole('listitem');
  const expectFound = async (query: string, items: string[]) => {
    await search.fill(query);
    await expect(found, `search "${query}"`).toHaveText(items);
  };
  await expectFound('지훈', ['박지훈 @jihoon_park · C-100232']);
  await expectFound('miller', ['Sarah Miller @sarah_j_miller · C-100233']);
  await expectFound('_kim', ['김민지 @minji_kim · C-100231']);
  await expectFound('ㅂㅈㅎ', ['박지훈 @jihoon_park · C-100232']);
  await expectFound('7890', ['박지훈 @jihoon_park · C-100232']);
  await expectFound('3456-7890', ['박지훈 @jihoon_park · C-100232']);
  // The international form of the same number ends the same way.
  await expectFound('2345-6789', ['김민지 @minji_kim · C-100231']);
  // A CRM record without an X account yet says so.
  await expectFound('2222', ['감사랑 CRM record (no X account) · T-5001']);
  // 한/영 not pressed: the same keys in the other layout.
  await expectFound('rkatk', ['감사랑 CRM record (no X account) · T-5001']);
  await expectFound('qkrwlgns', ['박지훈 @jihoon_park · C-100232']);
  await expectFound('ㅡㅑㅣㅣㄷㄱ', ['Sarah Miller @sarah_j_miller · C-100233']);
  await search.fill('zzz-nobody');
  await expect(card.getByText('No customer found.')).toBeVisible();

  // Picking the CRM-only record shows it, with the way to link it to the customer in view.
  await search.fill('감사');
  await found.first().getByRole('button').click();
  await expect(card.getByText('CRM record (no X account)')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Link @sarah_j_miller to 감사랑 (T-5001)' })).toBeVisible();
});

test('in Korean: 이름 일부, 초성, 전화번호 뒷자리, 한/영 전환 없이 친 검색어로 고객 찾기', async ({
  context,
  extensionId,
  openX,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const options = await context.newPage();
  await importFile(options, extensionId, CSV);
  await options.close();

  const page = await openX(SARAH);
  const card = (await panelOf(page)).getByRole('region', { name: '고객' });
  const search = card.getByRole('searchbox', { name: '고객 검색' });
  await expect(search).toHaveAttribute('placeholder', '이름, 핸들, 초성, ID, 전화번호 뒷자리');
  const found = card.getByRole('list', { name: '검색된 고객' }).getByRole('listitem');
  for (const query of ['민지', 'ㄱㅁㅈ', '6789', 'rlaalswl', 'ㅡㅑㅜㅓㅑ']) {
    await search.fill(query);
    await expect(found, `검색어 "${query}"`).toHaveText(['김민지 @minji_kim · C-100231']);
  }
  await search.fill('없는사람');
  await expect(card.getByText('검색된 고객이 없습니다.')).toBeVisible();
});
