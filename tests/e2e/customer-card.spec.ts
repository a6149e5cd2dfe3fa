import { expect, panelOf, test } from './fixtures';
import { seedCustomers, seedEvents } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';

const minji = {
  handle: 'minji_kim',
  displayHandle: 'minji_kim',
  name: '김민지',
  customerId: 'C-20931',
  plan: '5G 프리미엄',
  phone: '010-1234-5678',
  phoneDigits: '01012345678',
  tags: ['VIP'],
  attributes: { 가입매장: '강남점' },
  note: '유심 교체 이력 있음',
};

test('the card shows what Careline knows about the customer in view: CRM fields, tags, notes, history', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [minji]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'minji_kim',
      kind: 'reply-sent',
      at: '2026-11-27T09:00:00.000Z',
      text: '확인 후 연락드리겠습니다.',
      agent: 'Jae',
    },
    {
      customerHandle: 'minji_kim',
      kind: 'note',
      at: '2026-11-28T09:00:00.000Z',
      text: '대리점 개통 지연 건',
      agent: 'Jae',
    },
  ]);
  const page = await openX(MINJI);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await expect(card.getByText('C-20931')).toBeVisible();
  await expect(card.getByText('5G 프리미엄')).toBeVisible();
  await expect(card.getByText('강남점')).toBeVisible();
  await expect(card.getByText('유심 교체 이력 있음')).toBeVisible();
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['VIP×']);
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toContainText(['대리점 개통 지연 건']);
  const history = card.getByRole('list', { name: 'History' });
  // Newest first; a note shows once, in Notes, not again in History.
  await expect(history.getByRole('listitem').first()).toContainText('확인 후 연락드리겠습니다.');
  await expect(history).not.toContainText('대리점 개통 지연 건');

  // Notes and tags: written to the record and logged.
  await card.getByRole('textbox', { name: 'Note' }).fill('DM으로 번호 받음');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem').first()).toContainText(
    'DM으로 번호 받음',
  );
  await expect(card.getByText('DM으로 번호 받음')).toHaveCount(1);
  await card.getByRole('textbox', { name: 'New tag' }).fill('개통지연');
  await card.getByRole('button', { name: 'Add tag' }).click();
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['VIP×', '개통지연×']);
  await card.getByRole('button', { name: 'Remove tag VIP' }).click();
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['개통지연×']);
  await expect(history.getByRole('listitem').first()).toContainText('Tag removed');
});

test('a reply inserted with Careline and sent from X is logged in History with the final text', async ({ openX }) => {
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await expect(card.getByText('New customer')).toBeVisible();
  await panel.getByRole('option', { name: 'Ask for a DM' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  // The agent edits the reply in X before sending: the final text is what is logged.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 🙏');
  await page.getByTestId('tweetButtonInline').click();
  const history = card.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Reply sent');
  await expect(history.getByRole('listitem').first()).toContainText("We'll take it from there. 🙏");

  // A reply written without Careline is not logged.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Typed by hand');
  await page.keyboard.press('Control+Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __xapp: { sent: unknown[] } }).__xapp.sent.length))
    .toBe(2);
  await expect(history.getByRole('listitem')).toHaveCount(1);
});

test('New customer: one click creates the record; customers are found by name, ID or phone', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [minji]);
  const page = await openX(SARAH);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Add to customers' }).click();
  await expect(card.getByText('New customer')).toHaveCount(0);
  await expect(card.getByRole('textbox', { name: 'New tag' })).toBeVisible();

  const search = card.getByRole('searchbox', { name: 'Search customers' });
  for (const query of ['김민', 'C-20931', '01012345678', '010-1234']) {
    await search.fill(query);
    await expect(card.getByRole('list', { name: 'Customers found' }).getByRole('button')).toHaveText([
      '김민지 @minji_kim · C-20931',
    ]);
  }
  await card.getByRole('list', { name: 'Customers found' }).getByRole('button').click();
  await expect(card.getByText('5G 프리미엄')).toBeVisible();
  await card.getByRole('button', { name: 'Back to @sarah_j_miller' }).click();
  await expect(card.getByText('@sarah_j_miller', { exact: true })).toBeVisible();
});
