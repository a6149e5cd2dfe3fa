/**
 * A customer's journey end to end: a team's CSV export goes in through the options page, the
 * customer's tweet shows their card, the agent adds a note and sends a reply made with Careline,
 * History shows both, and erasing the customer leaves nothing behind.
 */
import path from 'node:path';
import { composerState, expect, panelOf, test } from './fixtures';

const CSV = path.resolve(import.meta.dirname, '../fixtures/customers/customers-utf8.csv');
const MINJI = '/minji_kim/status/1991000000000000101';

test('import a CSV, see the card on the tweet, note + reply in History, then erase', async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const customers = options.getByRole('region', { name: 'Customers' });
  await customers.getByLabel('Import customers').setInputFiles(CSV);
  await customers.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(customers.getByRole('status')).toHaveText(/^Imported \d+ customers$/);

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await expect(card.getByText('C-100231')).toBeVisible();
  await expect(card.getByText('5G 프리미어 플러스')).toBeVisible();
  await expect(card.getByText('USIM 교체 이력 있음, 2026-11 재발급')).toBeVisible();
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['VIP×', '개통지연×']);

  await card.getByRole('textbox', { name: 'Note' }).fill('유심 재발급 안내함');
  await card.getByRole('button', { name: 'Add note' }).click();
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(page)).toContain('김민지님, 문의해 주셔서 감사합니다.');
  await page.getByTestId('tweetButtonInline').click();
  const history = card.getByRole('list', { name: 'History' });
  // The note shows once, in Notes; History has the reply.
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem').first()).toContainText('Reply sent');
  await expect(history.getByRole('listitem').first()).toContainText('김민지님, 문의해 주셔서 감사합니다.');
  await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText([/유심 재발급 안내함/]);

  const data = options.getByRole('region', { name: 'Data' });
  await data.getByLabel('Customer handle').fill('@minji_kim');
  await data.getByRole('button', { name: 'Erase customer' }).click();
  await data.getByRole('group', { name: 'Confirm erase' }).getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(data.getByRole('status')).toContainText('2 history entries');
  await expect(card.getByText('New customer')).toBeVisible();
  await expect(card.getByText('C-100231')).toHaveCount(0);
  await expect(history.getByRole('listitem')).toHaveCount(0);
});
