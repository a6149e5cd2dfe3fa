/**
 * A handoff made before the team lead set delivery up: the dialog says so before Send and links to
 * the settings; the case waits in the outbox (never logged as handed off); saving the webhook sends
 * what waited. A receiver that refuses the case: History says "Handoff failed" with the reason, the
 * options page's Outbox lists it (and does not claim that nothing is waiting), and saving corrected
 * settings sends it again. "Send test handoff" is marked as a test, and the reference receiver opens
 * no case for it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startReceiver, type Receiver } from '../../examples/handoff-receiver/server';
import { expect, panelOf, test } from './fixtures';
import { seedEvents } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const SECRET = 's3cret-케어라인';

let receiver: Receiver;
test.beforeEach(async () => {
  receiver = await startReceiver({ port: 0, secret: SECRET });
});
test.afterEach(async () => {
  await receiver.close();
});

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

async function saveWebhook(options: Page, url: string, secret: string): Promise<void> {
  const section = options.getByRole('region', { name: 'Handoff' });
  await section.getByRole('textbox', { name: 'Webhook URL' }).fill(url);
  await section.getByLabel('Webhook secret').fill(secret);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

test('before setup: the dialog says so with a link to the settings, the case waits, and saving the webhook sends it', async ({
  context,
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });

  // Said before Send, with the way to the settings.
  const notice = dialog.getByRole('note');
  await expect(notice).toContainText('Handoff is not set up yet');
  const opened = context.waitForEvent('page');
  await notice.getByRole('button', { name: 'Open handoff settings' }).click();
  const firstOptions = await opened;
  await firstOptions.waitForURL(/\/options\.html/);

  await dialog.getByRole('textbox', { name: 'Note' }).fill('유심 불량 의심');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();

  // Waiting, and said so; History logs a queued handoff, not a handed-off one.
  await expect(card.getByRole('status')).toContainText('Handoff queued');
  await expect(card.getByRole('status')).toContainText('waiting for the handoff to be set up');
  // The way to the settings is offered where the agent reads why it waits (closed first: the browser
  // would bring the open settings tab forward instead of opening another).
  await firstOptions.close();
  const again = context.waitForEvent('page');
  await card.getByRole('button', { name: 'Open handoff settings' }).click();
  const options = await again;
  await options.waitForURL(/\/options\.html/);
  const history = card.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Handoff queued');
  await expect(history).not.toContainText('Handed off');
  await expect(history).not.toContainText('Handoff failed');

  const outbox = options.getByRole('region', { name: 'Handoff' }).getByRole('group', { name: 'Outbox' });
  await expect(outbox).toContainText('1 handoff waiting');
  await expect(outbox).not.toContainText('No handoffs waiting.');

  // The team lead saves the webhook: what waited goes out now.
  await saveWebhook(options, receiver.webhookUrl, SECRET);
  await expect(card.getByRole('status')).toContainText(/Ticket CL-\d{6}/);
  expect(receiver.cases()).toHaveLength(1);
  expect(receiver.cases()[0]?.payload).toMatchObject({ note: '유심 불량 의심' });
  await expect(history.getByRole('listitem').first()).toContainText('Handed off');
  await expect(history.getByRole('listitem').first()).toContainText(`Ticket ${receiver.cases()[0]?.ticketId ?? ''}`);
  await expect(history.getByRole('listitem').nth(1)).toContainText('Handoff queued');
  await expect(outbox).toContainText('No handoffs waiting.');
  await expect(card.getByRole('button', { name: 'Open handoff settings' })).toHaveCount(0);
});

test('a refused handoff: History says it failed and why, Outbox lists it, and saving corrected settings sends it', async ({
  context,
  extensionId,
  openX,
}) => {
  const options = await openOptions(context, extensionId);
  await saveWebhook(options, receiver.webhookUrl, 'the-wrong-secret');

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Send handoff' }).click();

  await expect(card.getByRole('alert')).toContainText('Handoff failed: HTTP 401: signature does not match');
  const history = card.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Handoff failed');
  await expect(history.getByRole('listitem').first()).toContainText('signature does not match');
  await expect(history).not.toContainText('Handed off');

  const outbox = options.getByRole('region', { name: 'Handoff' }).getByRole('group', { name: 'Outbox' });
  await expect(outbox.getByRole('list', { name: 'Failed handoffs' }).getByRole('listitem')).toHaveCount(1);
  await expect(outbox).not.toContainText('No handoffs waiting.');
  await expect(outbox).toContainText('1 handoff failed');

  // The secret is corrected: the failed handoff goes again, under its id.
  await saveWebhook(options, receiver.webhookUrl, SECRET);
  await expect(card.getByRole('status')).toContainText(/Ticket CL-\d{6}/);
  await expect(history.getByRole('listitem').first()).toContainText('Handed off');
  await expect(outbox.getByRole('list', { name: 'Failed handoffs' })).toHaveCount(0);
  await expect(outbox).toContainText('No handoffs waiting.');
  expect(receiver.cases()).toHaveLength(1);
});

test('"Send test handoff" is marked as a test; the reference receiver checks it and opens no case', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await saveWebhook(options, receiver.webhookUrl, SECRET);
  const section = options.getByRole('region', { name: 'Handoff' });
  await section.getByRole('button', { name: 'Send test handoff' }).click();
  await expect(section.getByRole('status')).toContainText('Test handoff delivered');
  await expect(section.getByRole('status')).toContainText('marked as a test, and no ticket was opened');
  expect(receiver.cases()).toHaveLength(0);
  expect(receiver.stats()).toMatchObject({ posts: 1, stored: 0, tests: 1, rejected: 0 });
  // Still checked like a real case: a test with the wrong secret is refused.
  await saveWebhook(options, receiver.webhookUrl, 'the-wrong-secret');
  await section.getByRole('button', { name: 'Send test handoff' }).click();
  await expect(section.getByRole('alert')).toContainText('signature does not match');
  expect(receiver.stats()).toMatchObject({ posts: 2, tests: 1, rejected: 1 });
});

test('History from before each step was logged: a handoff with a ticket says "Handed off", one without says it was queued', async ({
  context,
  extensionId,
  openX,
}) => {
  // How the history of a delivered handoff looked before delivery had an entry of its own.
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'minji_kim',
      kind: 'handoff',
      at: '2026-11-27T09:00:00.000Z',
      text: '요금 · Billing',
      ticketId: 'CC-0042',
    },
    { customerHandle: 'minji_kim', kind: 'handoff', at: '2026-11-28T09:00:00.000Z', text: '개통 · Activation' },
  ]);
  const page = await openX(MINJI);
  const history = (await panelOf(page))
    .getByRole('region', { name: 'Customer' })
    .getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Handoff queued');
  await expect(history.getByRole('listitem').first()).toContainText('개통 · Activation');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Handed off');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Ticket CC-0042');
});
