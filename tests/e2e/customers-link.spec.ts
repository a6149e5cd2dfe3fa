/**
 * A CRM export without X handles, and the agent linking the X account in view to its record once the
 * customer has verified in DM; unlinking; what the record keeps (handle, X's user id, history).
 */
import type { Page } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';
import { seedCustomers, seedEvents } from './seed';
import { readCustomer } from './seed-customers';

const JIHOON = '/jihoon_park/status/1991000000000000103';
/** The imitation's Follow button for @jihoon_park carries this id, as X's `<id>-follow` testid does. */
const JIHOON_X_ID = '1700000000000000102';
const CRM =
  '고객번호,이름,전화번호,요금제,태그\nT-5001,박지훈,010-3456-7890,5G 스탠다드,장기고객\nT-5002,김지훈,010-9999-1234,LTE 33,\n';

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

async function importCrm(options: Page, extensionId: string, csv: string, korean = false): Promise<void> {
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: korean ? '고객' : 'Customers', exact: true });
  await section
    .getByLabel(korean ? '고객 가져오기' : 'Import customers')
    .setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await section.getByRole('button', { name: korean ? '가져오기' : 'Import', exact: true }).click();
  await expect(section.getByRole('status')).toHaveText(
    korean ? /^고객 \d+명을 가져왔습니다$/ : /^Imported (1 customer|(?!1 )\d+ customers)$/,
  );
}

test("the agent finds the CRM record by the phone's last digits and links this X account; a re-import updates it; unlink undoes it", async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await context.newPage();
  await importCrm(options, extensionId, CRM);

  const page = await openX(JIHOON);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await expect(card.getByText('New customer')).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Link to a CRM record' })).toBeVisible();
  const find = card.getByRole('searchbox', { name: 'Find CRM record' });
  await find.fill('7890');
  const results = card.getByRole('list', { name: 'CRM records found' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('박지훈');
  await expect(results.first()).toContainText('T-5001 · 010-3456-7890 · 5G 스탠다드');
  // By name too: both 지훈s, each with its own button.
  await find.fill('지훈');
  await expect(results).toHaveCount(2);
  await results.filter({ hasText: 'T-5001' }).getByRole('button', { name: 'Link to this customer' }).click();

  await expect(card.getByRole('status')).toHaveText('Linked @jihoon_park to 박지훈 (T-5001)');
  // The CRM's fields on the card (History names the ID too).
  const crmId = card.getByRole('definition').filter({ hasText: /^T-5001$/ });
  await expect(crmId).toBeVisible();
  await expect(card.getByText('5G 스탠다드')).toBeVisible();
  await expect(card.getByText('New customer')).toHaveCount(0);
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['장기고객×']);
  const history = card.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(history.first()).toContainText('Linked to CRM record');
  await expect(history.first()).toContainText('T-5001');
  const stored = await readCustomer(options, 'jihoon_park');
  expect(stored.customer).toMatchObject({ displayHandle: 'jihoon_park', userId: JIHOON_X_ID, customerId: 'T-5001' });
  expect((await readCustomer(options, 'crm:t-5001')).customer).toBeUndefined();
  // Customer data stays in the panel: x.com's own document never holds it.
  expect(await page.content()).not.toContain('010-3456-7890');

  // The next CRM export: the linked record is updated, not duplicated, and stays linked.
  await importCrm(options, extensionId, CRM.replace('5G 스탠다드', '5G 프리미엄'));
  await page.bringToFront();
  await expect(card.getByText('5G 프리미엄')).toBeVisible();
  await expect(crmId).toBeVisible();

  await card.getByRole('button', { name: 'Unlink from CRM record' }).click();
  await expect(card.getByRole('status')).toHaveText('Unlinked @jihoon_park from customer T-5001');
  await expect(crmId).toHaveCount(0);
  await expect(card.getByText('5G 프리미엄')).toHaveCount(0);
  await expect(card.getByRole('heading', { name: 'Link to a CRM record' })).toBeVisible();
  await expect(history.first()).toContainText('Unlinked from CRM record');
  expect((await readCustomer(options, 'crm:t-5001')).customer).toMatchObject({ name: '박지훈', plan: '5G 프리미엄' });
});

test('a CRM record already linked to another X account cannot be linked again', async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await context.newPage();
  await importCrm(options, extensionId, 'handle,customer_id,name,phone\nminji_kim,T-7001,김민지,010-2222-3333\n');
  const page = await openX(JIHOON);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await card.getByRole('searchbox', { name: 'Find CRM record' }).fill('3333');
  const item = card.getByRole('list', { name: 'CRM records found' }).getByRole('listitem');
  await expect(item).toContainText('Linked to @minji_kim');
  await expect(item.getByRole('button')).toHaveCount(0);
});

test('in Korean: 전화번호 뒷자리로 찾아 이 고객과 연결', async ({ context, extensionId, openX, serviceWorker }) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const options = await context.newPage();
  await importCrm(options, extensionId, CRM, true);

  const page = await openX(JIHOON);
  const card = (await panelOf(page)).getByRole('region', { name: '고객' });
  await expect(card.getByRole('heading', { name: 'CRM 정보와 연결' })).toBeVisible();
  await card.getByRole('searchbox', { name: 'CRM 고객 찾기' }).fill('3456-7890');
  const results = card.getByRole('list', { name: '찾은 CRM 고객' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('button', { name: '이 고객과 연결' }).click();
  await expect(card.getByRole('status')).toHaveText('@jihoon_park을(를) 박지훈 (T-5001)와(과) 연결했습니다');
  await expect(card.getByText('5G 스탠다드')).toBeVisible();
  await expect(card.getByRole('list', { name: '이력' }).getByRole('listitem').first()).toContainText('CRM 고객과 연결');
  await expect(card.getByRole('button', { name: 'CRM 고객과 연결 해제' })).toBeVisible();
  // The top search finds the linked record by 초성 now, under its handle.
  await card.getByRole('searchbox', { name: '고객 검색' }).fill('ㅂㅈㅎ');
  await expect(card.getByRole('list', { name: '검색된 고객' }).getByRole('listitem')).toHaveText([
    '박지훈 @jihoon_park · T-5001',
  ]);
});

test("a customer who renamed their handle is recognised by X's user id; the agent moves the record here", async ({
  context,
  extensionId,
  openX,
}) => {
  // Careline knew this X account as @jihoon_old (same user id as the imitation's @jihoon_park).
  await seedCustomers(context, extensionId, [
    {
      handle: 'jihoon_old',
      displayHandle: 'Jihoon_Old',
      userId: JIHOON_X_ID,
      name: '박지훈',
      customerId: 'T-5001',
      plan: '5G 스탠다드',
      tags: ['장기고객'],
    },
  ]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'jihoon_old',
      kind: 'note',
      at: '2026-11-20T09:00:00.000Z',
      text: '이중 청구 환불 약속',
      agent: 'Jae',
    },
  ]);
  const page = await openX(JIHOON);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await expect(
    card.getByText(
      'X says this is the account Careline knows as @Jihoon_Old: the customer renamed it to @jihoon_park.',
    ),
  ).toBeVisible();
  // Nothing moved by itself: the id comes from x.com's page.
  await expect(card.getByText('New customer')).toBeVisible();
  await card.getByRole('button', { name: "Move @Jihoon_Old's record here" }).click();
  await expect(card.getByRole('status')).toHaveText("Moved @Jihoon_Old's record and history to @jihoon_park");
  await expect(card.getByRole('definition').filter({ hasText: /^T-5001$/ })).toBeVisible();
  const history = card.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(history.first()).toContainText('Handle changed');
  await expect(history.first()).toContainText('@Jihoon_Old → @jihoon_park');
  // The notes came along (shown in Notes; History does not repeat them).
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toContainText(['이중 청구 환불 약속']);
});
