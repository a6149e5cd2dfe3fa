/**
 * Handoff by the call center's own CRM form: the team lead saves a URL template; the agent's
 * Send opens the form in a new tab, filled from the case, and the handoff is logged as sent. No
 * webhook, no outbox: the agent's browser delivers it.
 */
import { expect, panelOf, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';

test('CRM form delivery opens the filled-in form and logs the handoff', async ({ context, extensionId, openX }) => {
  await context.route('https://crm.careline.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>New ticket</title><h1>New ticket</h1>' }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Handoff' });
  await section
    .getByRole('radiogroup', { name: 'Delivery' })
    .getByRole('radio', { name: /^CRM form/ })
    .check();
  await section
    .getByRole('textbox', { name: 'CRM URL template' })
    .fill(
      'https://crm.careline.test/new?handle={{customer.handle}}&reason={{reason}}&note={{note}}&post={{conversation.url}}',
    );
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');

  const page = await openX(MINJI);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = (await panelOf(page)).getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption('해지 · Cancellation');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('해지 방어 & 위약금 문의');
  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();
  const form = await opened;
  await form.waitForURL(/^https:\/\/crm\.careline\.test\//);
  const url = new URL(form.url());
  expect(url.origin + url.pathname).toBe('https://crm.careline.test/new');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    handle: 'minji_kim',
    reason: '해지 · Cancellation',
    note: '해지 방어 & 위약금 문의',
    post: `https://x.com${MINJI}`,
  });
  await expect(card.getByRole('status')).toContainText('Handoff sent');
  await expect(card.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText('Handed off');
  await expect(card.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText(
    '해지 방어 & 위약금 문의',
  );
});
