/**
 * Routes by reason: a team lead sends network faults to the network operations webhook, billing to
 * the billing CRM form and sales leads to the sales team's webhook; anything else goes to the default
 * webhook. Three customers handed off with three reasons: each receiver gets exactly its one case,
 * the default receiver none. Every receiver is a real local server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startReceiver, type Receiver } from '../../examples/handoff-receiver/server';
import { expect, panelOf, test } from './fixtures';

const SECRET = 'routes-s3cret';
const REASONS = ['Network fault', 'Billing', 'Sales lead', 'Other'];

/** The billing team's CRM: a "new ticket" form that records every request it is opened with. */
async function startCrm(): Promise<{ url: string; opened: URL[]; close: () => Promise<void> }> {
  const opened: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://crm');
    if (url.pathname === '/new') opened.push(url);
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end('<title>New ticket</title><h1>New ticket</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    opened,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let noc: Receiver;
let sales: Receiver;
let fallback: Receiver;
let crm: Awaited<ReturnType<typeof startCrm>>;
test.beforeEach(async () => {
  noc = await startReceiver({ port: 0, secret: SECRET, ticketPrefix: 'NOC' });
  sales = await startReceiver({ port: 0, secret: SECRET, ticketPrefix: 'SALES' });
  fallback = await startReceiver({ port: 0, secret: SECRET, ticketPrefix: 'CC' });
  crm = await startCrm();
});
test.afterEach(async () => {
  await Promise.all([noc.close(), sales.close(), fallback.close(), crm.close()]);
});

test('each reason reaches its own destination, exactly once', async ({ context, extensionId, openX }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Handoff' });
  await section.getByRole('radio', { name: 'Webhook' }).check();
  await section.getByRole('textbox', { name: 'Webhook URL' }).fill(fallback.webhookUrl);
  await section.getByLabel('Webhook secret').fill(SECRET);
  await section.getByRole('textbox', { name: 'Reasons' }).fill(REASONS.join('\n'));
  const routes = section.getByRole('table', { name: 'Routes by reason' });
  // A row per reason, each on Default until routed.
  await expect(routes.getByRole('rowheader')).toHaveText(REASONS);
  await expect(routes.getByRole('combobox', { name: 'Method for Other' })).toHaveValue('');

  await routes.getByRole('combobox', { name: 'Method for Network fault' }).selectOption({ label: 'Webhook' });
  await routes.getByRole('combobox', { name: 'Method for Billing' }).selectOption({ label: 'CRM form' });
  await routes.getByRole('combobox', { name: 'Method for Sales lead' }).selectOption({ label: 'Webhook' });
  // A route without a destination is refused, not quietly sent to the default.
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section).toContainText('Enter the destination for Network fault, or set its route back to Default');
  await expect(routes.getByRole('textbox', { name: 'Destination for Network fault' })).toBeFocused();

  await routes.getByRole('textbox', { name: 'Destination for Network fault' }).fill(noc.webhookUrl);
  await routes
    .getByRole('textbox', { name: 'Destination for Billing' })
    .fill(`${crm.url}/new?handle={{customer.handle}}&reason={{reason}}`);
  await routes.getByRole('textbox', { name: 'Destination for Sales lead' }).fill(sales.webhookUrl);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');
  // Stored as routed: a fresh options page shows the same routes.
  await options.reload();
  const reloaded = options.getByRole('region', { name: 'Handoff' }).getByRole('table', { name: 'Routes by reason' });
  await expect(reloaded.getByRole('textbox', { name: 'Destination for Sales lead' })).toHaveValue(sales.webhookUrl);
  await expect(reloaded.getByRole('combobox', { name: 'Method for Billing' })).toHaveValue('crm');
  await options.close();

  async function handOff(path: string, reason: string, note: string) {
    const page = await openX(path);
    const panel = await panelOf(page);
    const card = panel.getByRole('region', { name: 'Customer' });
    await card.getByRole('button', { name: 'Hand off to call center' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Hand off' });
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption(reason);
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    await dialog.getByRole('button', { name: 'Send handoff' }).click();
    return { page, card };
  }

  const minji = await handOff('/minji_kim/status/1991000000000000101', 'Network fault', 'No signal since noon');
  await expect(minji.card.getByRole('status')).toContainText(/Ticket NOC-\d{6}/);

  const opened = context.waitForEvent('page', (p) => p.url().startsWith(crm.url));
  const sarah = await handOff('/sarah_j_miller/status/1991000000000000102', 'Billing', 'Charged twice');
  const form = await opened;
  await form.waitForLoadState();
  await expect(sarah.card.getByRole('status')).toContainText('Handoff sent');

  const jihoon = await handOff('/jihoon_park/status/1991000000000000103', 'Sales lead', 'Wants 20 business lines');
  await expect(jihoon.card.getByRole('status')).toContainText(/Ticket SALES-\d{6}/);

  // Each receiver got exactly its one case, and the default none.
  expect(noc.cases().map((c) => [c.payload.customer.handle, c.payload.reason, c.payload.note])).toEqual([
    ['minji_kim', 'Network fault', 'No signal since noon'],
  ]);
  expect(sales.cases().map((c) => [c.payload.customer.handle, c.payload.reason, c.payload.note])).toEqual([
    ['jihoon_park', 'Sales lead', 'Wants 20 business lines'],
  ]);
  expect(crm.opened.map((u) => Object.fromEntries(u.searchParams))).toEqual([
    { handle: 'sarah_j_miller', reason: 'Billing' },
  ]);
  expect(fallback.cases()).toEqual([]);
  // Signed with the one webhook secret: nothing was refused anywhere.
  for (const r of [noc, sales, fallback]) expect(r.stats()).toMatchObject({ rejected: 0, replays: 0 });
  expect(fallback.stats().posts).toBe(0);
});

test('in Korean: the routes table and its refusal name each reason in Korean', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: Record<string, unknown>): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: '이관', exact: true });
  // The default set up, so the route is the only thing to fix (the first problem gets the focus).
  await section.getByRole('textbox', { name: '웹훅 URL' }).fill('https://cc.example/hook');
  const routes = section.getByRole('table', { name: '사유별 전달 경로' });
  await routes.getByRole('combobox', { name: '요금 · Billing 전달 방법' }).selectOption({ label: 'CRM 양식' });
  await routes.getByRole('textbox', { name: '요금 · Billing 전달 위치' }).fill('http://crm.example/new');
  await section.getByRole('button', { name: '저장', exact: true }).click();
  await expect(section.getByRole('alert').getByRole('listitem')).toHaveText([/^요금 · Billing 경로: .*https/]);
  await expect(routes.getByRole('textbox', { name: '요금 · Billing 전달 위치' })).toBeFocused();
  await expect(routes.getByRole('combobox', { name: '기타 · Other 전달 방법' })).toHaveValue('');
  await expect(routes.getByRole('row', { name: /기타 · Other/ })).toContainText('기본값(위 설정)');
});
