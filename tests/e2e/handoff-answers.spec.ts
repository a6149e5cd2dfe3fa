/**
 * What a receiver can answer besides a ticket: plain text, a huge body, a redirect, a 4xx
 * with its reason. Each ends in a clear state in the panel; nothing is lost (a failed handoff stays
 * with its reason and Retry sends the same case under the same id), nothing is sent twice.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, panelOf, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';

const MINJI = '/minji_kim/status/1991000000000000101';
type Answer = (res: ServerResponse) => void;

interface Seen {
  key: string;
  body: string;
}

/** A call center that answers however the test says, and records what reached it. */
async function oddReceiver() {
  const seen: Seen[] = [];
  let answer: Answer = (res) => res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ticketId":"T-1"}');
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
          'Access-Control-Allow-Methods': 'POST',
        })
        .end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ key: String(req.headers['idempotency-key']), body: Buffer.concat(chunks).toString('utf8') });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/handoffs`,
    seen,
    answerWith(a: Answer) {
      answer = a;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('receiver answers that are not a ticket: clear state in the panel, nothing lost or doubled', async ({
  context,
  extensionId,
  openX,
}) => {
  const receiver = await oddReceiver();
  try {
    await configureWebhook(context, extensionId, { url: receiver.url, timeoutSeconds: 5 });
    const page = await openX(MINJI);
    const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
    const handOff = async (note: string) => {
      await card.getByRole('button', { name: 'Hand off to call center' }).click();
      const dialog = (await panelOf(page)).getByRole('dialog', { name: 'Hand off' });
      await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
      await dialog.getByRole('button', { name: 'Send handoff' }).click();
      await expect(dialog).toHaveCount(0);
    };

    // 200 with plain text: the call center took it; there is just no ticket to show.
    receiver.answerWith((res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK, got it'));
    await handOff('text answer');
    await expect(card.getByRole('status')).toContainText('Handoff sent');
    await expect(card.getByRole('status')).not.toContainText('Ticket');

    // 200 with 5 MB: read up to a limit, still sent, the page does not choke.
    receiver.answerWith((res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"ticketId":"${'x'.repeat(5 * 1024 * 1024)}"}`),
    );
    await handOff('huge answer');
    await expect(card.getByRole('status')).toContainText('Handoff sent');

    // A redirect is never followed (a redirected POST can be lost or repeated): failed, with the reason.
    receiver.answerWith((res) => res.writeHead(302, { Location: 'https://elsewhere.example/handoffs' }).end());
    await handOff('redirect answer');
    await expect(card.getByRole('alert')).toContainText('Handoff failed');
    await expect(card.getByRole('alert')).toContainText('redirect');

    // A 4xx with a reason: failed, the receiver's words shown, Retry offered.
    receiver.answerWith((res) =>
      res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"unknown queue"}'),
    );
    await handOff('rejected answer');
    await expect(card.getByRole('alert')).toContainText('unknown queue');

    // The team lead sees the failures in options, with the receiver's reasons.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const failed = options
      .getByRole('region', { name: 'Handoff' })
      .getByRole('list', { name: 'Failed handoffs' })
      .getByRole('listitem');
    await expect(failed).toHaveCount(2);
    await expect(failed.first()).toContainText('unknown queue');
    await expect(failed.nth(1)).toContainText('redirect');

    // The call center fixes its queue; Retry sends the same case under the same id.
    receiver.answerWith((res) => res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ticketId":"T-77"}'));
    await card.getByRole('button', { name: 'Retry' }).click();
    await expect(card.getByRole('status')).toContainText('Ticket T-77');
    await expect(failed).toHaveCount(1);

    const keys = receiver.seen.map((s) => s.key);
    expect(keys).toHaveLength(5);
    expect(new Set(keys.slice(0, 4)).size).toBe(4);
    expect(keys[4]).toBe(keys[3]);
    expect(receiver.seen[4]?.body).toBe(receiver.seen[3]?.body);
    expect(JSON.parse(receiver.seen[4]?.body ?? '{}')).toMatchObject({ note: 'rejected answer' });
    // Nothing was sent twice meanwhile: no retries of the handoffs that ended.
    await page.waitForTimeout(1500);
    expect(receiver.seen).toHaveLength(5);
  } finally {
    await receiver.close();
  }
});
