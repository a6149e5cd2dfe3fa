/**
 * The handoff journey: a team lead points the webhook at the call center (our reference receiver),
 * the agent hands a customer off from the tweet, the receiver verifies the signature and answers a
 * ticket, the panel and History show it, and the ticket reply goes into X's composer. Also the
 * ticket as `{{ticket.id}}` in the team's own template, and the dialog's checks.
 */
import { startReceiver, type Receiver } from '../../examples/handoff-receiver/server';
import { composerState, expect, panelOf, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';
import { seedCustomers, seedEvents, seedTemplates } from './seed';

const MINJI = '/minji_kim/status/1991000000000000101';
const SECRET = 's3cret-케어라인';
/** One of the default reasons (utils/handoff/settings.ts). */
const REASON = '단말기 고장 · Device fault';

let receiver: Receiver;
test.beforeEach(async () => {
  receiver = await startReceiver({ port: 0, secret: SECRET });
});
test.afterEach(async () => {
  await receiver.close();
});

test('hand off from the tweet: the call center gets the whole case once, the ticket comes back into a reply', async ({
  context,
  extensionId,
  openX,
}) => {
  await configureWebhook(context, extensionId, {
    url: receiver.webhookUrl,
    secret: SECRET,
    callCenterName: '고객센터',
  });
  await seedCustomers(context, extensionId, [
    {
      handle: 'minji_kim',
      displayHandle: 'Minji_Kim',
      name: '김민지',
      customerId: 'C-20931',
      phone: '010-1234-5678',
      plan: '5G 프리미엄',
      attributes: { 가입매장: '강남점' },
    },
  ]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'minji_kim',
      kind: 'reply-sent',
      at: '2026-11-27T09:00:00.000Z',
      text: '확인 후 연락드리겠습니다.',
      agent: 'Jae',
    },
  ]);
  await seedTemplates(context, extensionId, [
    {
      id: 'ticket-ko',
      title: '접수번호 안내',
      body: '{{customer.name}}님({{customer.id}}, {{customer.가입매장}}), 접수번호 {{ticket.id}}로 확인 중입니다.',
    },
  ]);

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption(REASON);
  await dialog.getByRole('combobox', { name: 'Priority' }).selectOption('high');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('유심 불량 의심, 교체 필요');
  // The record's phone is offered; the agent gives another number to call back on.
  await expect(dialog.getByRole('textbox', { name: 'Callback phone' })).toHaveValue('010-1234-5678');
  await dialog.getByRole('textbox', { name: 'Callback phone' }).fill('abc');
  await expect(dialog.getByRole('alert')).toContainText('digits');
  await expect(dialog.getByRole('button', { name: 'Send handoff' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Callback phone' }).fill('010-9876-5432');
  await dialog.getByText('Preview of what will be sent').click();
  await expect(dialog.getByLabel('Handoff preview')).toContainText('유심 불량 의심, 교체 필요');
  await expect(dialog.getByLabel('Handoff preview')).toContainText('C-20931');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();

  await expect(card.getByRole('status')).toContainText(/Ticket CL-\d{6}/);
  expect(receiver.cases()).toHaveLength(1);
  const [received] = receiver.cases();
  const ticket = received?.ticketId ?? '';
  await expect(card.getByRole('status')).toContainText(`Ticket ${ticket}`);
  expect(received?.payload).toMatchObject({
    format: 'careline-handoff',
    version: 1,
    id: received?.idempotencyKey,
    customer: {
      handle: 'Minji_Kim',
      name: '김민지',
      id: 'C-20931',
      phone: '010-1234-5678',
      attributes: { 가입매장: '강남점', plan: '5G 프리미엄' },
    },
    conversation: { url: `https://x.com${MINJI}`, statusId: '1991000000000000101', lang: 'ko' },
    reason: REASON,
    priority: 'high',
    note: '유심 불량 의심, 교체 필요',
    callbackPhone: '+821098765432',
    history: [{ kind: 'reply', text: '확인 후 연락드리겠습니다.', at: '2026-11-27T09:00:00.000Z' }],
  });
  expect(receiver.stats()).toMatchObject({ posts: 1, stored: 1, replays: 0, rejected: 0 });

  const history = card.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Handed off');
  await expect(history.getByRole('listitem').first()).toContainText(`Ticket ${ticket}`);

  await card.getByRole('button', { name: 'Insert ticket reply' }).click();
  await expect.poll(() => composerState(page)).toContain(`접수번호는 ${ticket}입니다`);
  await expect.poll(() => composerState(page)).toContain('고객센터로 전달했습니다');

  // The team's own wording: {{ticket.id}} is the newest ticket of the customer in view, the other
  // values come from Careline's record of them.
  await panel.getByRole('option', { name: '접수번호 안내' }).click();
  await expect(panel.locator('.preview-text')).toHaveText(
    `김민지님(C-20931, 강남점), 접수번호 ${ticket}로 확인 중입니다.`,
  );
});

test('a handoff queued while the call center is down goes out when it is back, under the same id', async ({
  context,
  extensionId,
  openX,
}) => {
  await configureWebhook(context, extensionId, { url: receiver.webhookUrl, secret: SECRET, timeoutSeconds: 2 });
  // The call center takes the case but the answer never reaches Careline (a 503 after storing):
  // only a retry under the same Idempotency-Key finds that case again instead of opening a second.
  receiver.setFaults({ failAfterStoreRate: 1 });
  const page = await openX(MINJI);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = (await panelOf(page)).getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('개통 지연');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();
  await expect(card.getByRole('status')).toContainText('Handoff queued');
  await expect(card.getByRole('status')).toContainText('will retry');
  await expect.poll(() => receiver.stats().faults).toBeGreaterThanOrEqual(1);
  receiver.setFaults({});
  await expect(card.getByRole('status')).toContainText(/Ticket CL-\d{6}/, { timeout: 20_000 });
  // Every attempt carried the one id the handoff got when it was made: the retries were answered
  // as replays of the stored case, and no second case was opened.
  const stats = receiver.stats();
  expect(stats.posts).toBeGreaterThanOrEqual(2);
  expect(stats.stored).toBe(1);
  expect(stats.replays).toBeGreaterThanOrEqual(1);
  const cases = receiver.cases();
  expect(cases).toHaveLength(1);
  expect(cases[0]?.attempts).toBeGreaterThanOrEqual(2);
  expect(cases[0]?.attempts).toBe(stats.posts);
  await expect(card.getByRole('status')).toContainText(`Ticket ${cases[0]?.ticketId ?? ''}`);
  // The handoff created minji_kim's record (Careline had none): the card no longer says "New customer".
  await expect(card.getByText('New customer')).toHaveCount(0);
});
