/**
 * The handoff reliability run, bounded: 200 handoffs for 20 customers through a receiver that refuses
 * 30% of posts (a third of those after storing the case: the answer is lost, not the case) and never
 * answers 10% (half of those after storing), while Careline's service worker is stopped twice
 * mid-run, as Chrome stops idle workers. Every handoff must arrive exactly once, under the id it was
 * made with, each customer's in the order they were made; every outbox row ends sent with the
 * receiver's ticket.
 */
import { startReceiver } from '../../examples/handoff-receiver/server';
import type { HandoffRequest } from '../../utils/handoff/outbox';
import { expect, test } from './fixtures';
import { configureWebhook, outboxPage, outboxRows, queueHandoffs, stopServiceWorker } from './handoff-helpers';

const HANDOFFS = 200;
const CUSTOMERS = 20;

test('200 handoffs through a failing, hanging receiver and two worker stops: all delivered, none twice', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(240_000);
  const receiver = await startReceiver({
    port: 0,
    secret: 'reliability',
    faults: { failRate: 0.2, failAfterStoreRate: 0.1, hangRate: 0.05, hangAfterStoreRate: 0.05, seed: 20261130 },
  });
  try {
    await configureWebhook(context, extensionId, {
      url: receiver.webhookUrl,
      secret: 'reliability',
      timeoutSeconds: 2,
    });
    const page = await outboxPage(context, extensionId);
    const handles = Array.from({ length: CUSTOMERS }, (_, i) => `customer_${i}`);
    const requests: HandoffRequest[] = Array.from({ length: HANDOFFS }, (_, i) => ({
      id: crypto.randomUUID(),
      handle: handles[i % CUSTOMERS] ?? '',
      conversation: { url: `https://x.com/customer_${i % CUSTOMERS}/status/${1991000000000000000n + BigInt(i)}` },
      reason: '개통 · Activation',
      priority: 'normal',
      note: `handoff #${i}`,
      method: 'webhook',
      agentName: 'Reliability',
    }));
    // Queued in two halves: the second half arrives while the first is being delivered.
    await queueHandoffs(page, requests.slice(0, HANDOFFS / 2));
    await expect.poll(() => receiver.stats().stored, { timeout: 60_000 }).toBeGreaterThanOrEqual(40);
    await stopServiceWorker(context, page);
    await queueHandoffs(page, requests.slice(HANDOFFS / 2));
    await expect.poll(() => receiver.stats().stored, { timeout: 90_000 }).toBeGreaterThanOrEqual(120);
    await stopServiceWorker(context, page);

    await expect.poll(() => receiver.stats().stored, { timeout: 150_000, intervals: [1000] }).toBe(HANDOFFS);
    await expect
      .poll(async () => (await outboxRows(page, handles)).filter((r) => r.status === 'sent').length, {
        timeout: 30_000,
      })
      .toBe(HANDOFFS);

    const cases = receiver.cases();
    const stats = receiver.stats();
    // Exactly the ids Careline made, each once: no handoff under two ids, no id twice.
    expect(cases.map((c) => c.idempotencyKey).sort()).toEqual(requests.map((r) => r.id).sort());
    expect(cases.every((c) => c.payload.id === c.idempotencyKey)).toBe(true);
    // The faults really happened, and lost answers were retried into replays, not second cases.
    expect(stats.faults).toBeGreaterThan(40);
    expect(stats.replays).toBeGreaterThan(0);
    // Each customer's handoffs reached the call center in the order they were made.
    const byReceipt = [...cases].sort((a, b) => ticketNumber(a.ticketId) - ticketNumber(b.ticketId));
    for (const handle of handles) {
      const notes = byReceipt.filter((c) => c.payload.customer.handle === handle).map((c) => c.payload.note);
      const made = requests.filter((r) => r.handle === handle).map((r) => r.note);
      expect(notes, handle).toEqual(made);
    }
    // Every outbox row carries the ticket the receiver gave for its id.
    const tickets = new Map(cases.map((c) => [c.idempotencyKey, c.ticketId]));
    const rows = await outboxRows(page, handles);
    expect(rows.every((r) => r.ticketId === tickets.get(r.id))).toBe(true);
    console.log(
      `reliability: ${HANDOFFS} handoffs, ${stats.posts} posts, ${stats.faults} faults, ${stats.replays} replays, max attempts ${Math.max(...rows.map((r) => r.attempts))}`,
    );
  } finally {
    await receiver.close();
  }
});

function ticketNumber(ticket: string): number {
  return Number(ticket.replace(/\D/g, ''));
}
