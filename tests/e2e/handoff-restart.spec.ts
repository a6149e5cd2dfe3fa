/**
 * A handoff made while the call center cannot be reached survives the browser being closed: the
 * outbox is in IndexedDB, and when the browser starts again Careline's worker wakes and delivers it,
 * once, under the id it was made with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchCareline } from '../../scripts/chromium';
import { startReceiver } from '../../examples/handoff-receiver/server';
import { expect, test } from './fixtures';
import { configureWebhook, outboxPage, outboxRows, queueHandoffs } from './handoff-helpers';

test('a queued handoff is delivered after the browser restarts', async ({ xServer }) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'careline-restart-'));
  // A port nobody listens on yet: the call center is unreachable while the agent works.
  const probe = await startReceiver({ port: 0 });
  const port = probe.port;
  await probe.close();
  const id = crypto.randomUUID();
  try {
    const first = await launchCareline({ port: xServer.port, userDataDir: profile });
    const extensionId = first.extensionId ?? '';
    await configureWebhook(first.context, extensionId, { url: `http://127.0.0.1:${port}/handoffs`, timeoutSeconds: 2 });
    const page = await outboxPage(first.context, extensionId);
    await queueHandoffs(page, [
      {
        id,
        handle: 'minji_kim',
        seenName: '김민지',
        conversation: { url: 'https://x.com/minji_kim/status/1991000000000000101' },
        reason: '개통 · Activation',
        priority: 'high',
        note: '재시작 후에도 전달',
        method: 'webhook',
        agentName: 'Jae',
      },
    ]);
    await expect
      .poll(async () => (await outboxRows(page, ['minji_kim']))[0]?.lastError ?? '')
      .toContain('Could not reach');
    await first.context.close();

    const receiver = await startReceiver({ port });
    try {
      const second = await launchCareline({ port: xServer.port, userDataDir: profile });
      await expect.poll(() => receiver.cases().length, { timeout: 30_000 }).toBe(1);
      expect(receiver.cases()[0]).toMatchObject({
        idempotencyKey: id,
        attempts: 1,
        payload: { note: '재시작 후에도 전달' },
      });
      const after = await outboxPage(second.context, second.extensionId ?? '');
      await expect.poll(async () => (await outboxRows(after, ['minji_kim']))[0]?.status).toBe('sent');
      expect(receiver.stats().posts).toBe(1);
      await second.context.close();
    } finally {
      await receiver.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
