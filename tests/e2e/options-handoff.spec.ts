/**
 * The options page's Handoff section in real Chromium: Save refuses what could not be delivered to,
 * keeps what can, and "Send test handoff" POSTs a signed test case to a receiver on 127.0.0.1 and
 * shows its answer (ticket, or the receiver's error).
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const openOptionsPage = optionsPageOpener();
const SECRET = 'call-center-secret-7';

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
}

/**
 * The call center's webhook, stood in for by a real HTTP server (the POST must really leave the
 * browser). The options page is chrome-extension://, so the POST is cross-origin: answer the preflight.
 */
async function startReceiver(answer: (delivery: Delivery) => { status: number; body: unknown }) {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-Careline-Signature, X-Careline-Test',
      // Chromium's Private Network Access preflight for a loopback address.
      'Access-Control-Allow-Private-Network': 'true',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
      const delivery = { headers: req.headers, body, signatureValid: req.headers['x-careline-signature'] === expected };
      deliveries.push(delivery);
      const { status, body: reply } = answer(delivery);
      res.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/careline`;
  return {
    url,
    deliveries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const handoffSection = (page: Page) => page.getByRole('region', { name: 'Handoff', exact: true });

async function openHandoff(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  await expect(handoffSection(page).getByRole('textbox', { name: 'Webhook URL' })).toBeVisible();
  return page;
}

async function saveWebhook(page: Page, url: string): Promise<void> {
  const section = handoffSection(page);
  await section.getByRole('textbox', { name: 'Webhook URL' }).fill(url);
  await section.getByRole('textbox', { name: 'Webhook secret' }).fill(SECRET);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');
}

test('an address that is not https is refused with the reason, and nothing is saved', async ({
  context,
  extensionId,
}) => {
  const page = await openHandoff(context, extensionId);
  const section = handoffSection(page);
  const url = section.getByRole('textbox', { name: 'Webhook URL' });
  await url.fill('http://example.com');
  await section.getByRole('textbox', { name: 'Timeout (seconds)' }).fill('90');
  await section.getByRole('button', { name: 'Save' }).click();

  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved');
  await expect(alert).toContainText('The webhook URL must use https://');
  await expect(alert).toContainText('The timeout must be a number of seconds from 1 to 60');
  await expect(section.getByRole('status')).toHaveCount(0);
  // The first field to fix has the focus and says it is invalid.
  await expect(url).toBeFocused();
  await expect(url).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(section.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue('');
  await expect(section.getByRole('textbox', { name: 'Timeout (seconds)' })).toHaveValue('10');
});

test('a valid webhook is saved with its secret and reasons, and survives a reload', async ({
  context,
  extensionId,
}) => {
  const page = await openHandoff(context, extensionId);
  const section = handoffSection(page);
  const secret = section.getByRole('textbox', { name: 'Webhook secret' });
  await expect(secret).toHaveAttribute('type', 'password');
  await section.getByRole('button', { name: 'Show secret' }).click();
  await expect(secret).toHaveAttribute('type', 'text');
  await expect(section.getByRole('button', { name: 'Show secret' })).toHaveAttribute('aria-pressed', 'true');

  await section.getByRole('textbox', { name: 'Reasons' }).fill('요금 · Billing\n로밍 · Roaming\n');
  await section.getByRole('textbox', { name: 'Call center name' }).fill('한빛 고객센터');
  await section.getByRole('textbox', { name: 'Call center phone' }).fill('1588-1234');
  await saveWebhook(page, 'https://callcenter.example.com/hooks/careline');

  await page.reload();
  await expect(section.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue(
    'https://callcenter.example.com/hooks/careline',
  );
  await expect(section.getByRole('textbox', { name: 'Webhook secret' })).toHaveValue(SECRET);
  await expect(section.getByRole('textbox', { name: 'Reasons' })).toHaveValue('요금 · Billing\n로밍 · Roaming');
  await expect(section.getByRole('textbox', { name: 'Call center name' })).toHaveValue('한빛 고객센터');
  await expect(section.getByRole('radio', { name: /^Webhook/ })).toBeChecked();
});

test('"Send test handoff" posts a signed test case and shows the ticket, or the receiver\'s error', async ({
  context,
  extensionId,
}) => {
  let reply: { status: number; body: unknown } = { status: 201, body: { ticketId: 'CL-000001' } };
  const receiver = await startReceiver(() => reply);
  try {
    const page = await openHandoff(context, extensionId);
    const section = handoffSection(page);
    await saveWebhook(page, receiver.url);

    await section.getByRole('button', { name: 'Send test handoff' }).click();
    await expect(section.getByRole('status')).toHaveText('Test handoff delivered: ticket CL-000001 (HTTP 201)');
    expect(receiver.deliveries).toHaveLength(1);
    const [first] = receiver.deliveries;
    expect(first?.signatureValid).toBe(true);
    const payload = JSON.parse(first?.body ?? '{}') as {
      id: string;
      format: string;
      reason: string;
      customer: { handle: string };
    };
    expect(payload).toMatchObject({
      format: 'careline-handoff',
      version: 1,
      reason: 'Test',
      customer: { handle: 'careline-test' },
    });
    expect(payload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.headers['idempotency-key']).toBe(payload.id);
    expect(first?.headers['content-type']).toBe('application/json');
    // Marked as a test twice (receiver contract): the call center opens no real ticket for it.
    expect(first?.headers['x-careline-test']).toBe('1');
    expect(JSON.parse(first?.body ?? '{}')).toMatchObject({ test: true });

    reply = { status: 400, body: { error: 'unknown queue' } };
    await section.getByRole('button', { name: 'Send test handoff' }).click();
    await expect(section.getByRole('alert')).toContainText('HTTP 400: unknown queue');
    await expect(section.getByRole('status')).toHaveCount(0);
    // Each test is a new handoff: a fresh id, never the previous one's.
    expect(receiver.deliveries).toHaveLength(2);
    expect(JSON.parse(receiver.deliveries[1]?.body ?? '{}').id).not.toBe(payload.id);
  } finally {
    await receiver.close();
  }
});

test('choosing E-mail shows "E-mail to" instead of the webhook fields, and is saved', async ({
  context,
  extensionId,
}) => {
  const page = await openHandoff(context, extensionId);
  const section = handoffSection(page);
  const delivery = section.getByRole('radiogroup', { name: 'Delivery' });
  await delivery.getByRole('radio', { name: /^E-mail/ }).check();
  await expect(section.getByRole('textbox', { name: 'E-mail to' })).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'Webhook URL' })).toHaveCount(0);
  await expect(section.getByRole('textbox', { name: 'Webhook secret' })).toHaveCount(0);

  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert')).toContainText("Enter the call center's e-mail address");
  await section.getByRole('textbox', { name: 'E-mail to' }).fill('care@example.com');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved');

  // CRM shows its template with the placeholder list.
  await delivery.getByRole('radio', { name: /^CRM form/ }).check();
  await expect(section.getByRole('textbox', { name: 'CRM URL template' })).toBeVisible();
  await expect(section.getByRole('table', { name: 'CRM placeholders' })).toContainText('{{customer.handle}}');

  await page.reload();
  await expect(section.getByRole('radio', { name: /^E-mail/ })).toBeChecked();
  await expect(section.getByRole('textbox', { name: 'E-mail to' })).toHaveValue('care@example.com');
});
