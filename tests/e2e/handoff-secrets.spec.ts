/**
 * The webhook secret and the extra header's value never sit where x.com's
 * renderer can read them. Chrome gives content scripts storage.local and storage.sync, so a
 * compromised x.com page reads whatever is there; the secrets live in the extension origin's
 * IndexedDB, which only Careline's own pages and its background open. Installs from before keep
 * theirs in storage.local until the background moves them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startReceiver } from '../../examples/handoff-receiver/server';
import { launchCareline } from '../../scripts/chromium';
import { expect, panelOf, test } from './fixtures';
import { outboxPage, queueHandoffs } from './handoff-helpers';
import { optionsPageOpener } from './options-page';
import { contentScriptStorage, recordingProxy } from './secrets-helpers';

const openOptionsPage = optionsPageOpener();
const MINJI = '/minji_kim/status/1991000000000000101';
const SECRET = 'hmac-key-7f3a9c-케어라인';
const API_KEY = 'api-key-0d41e8b2c5';

const handoff = (id: string, note: string) => ({
  id,
  handle: 'minji_kim',
  seenName: '김민지',
  conversation: { url: `https://x.com${MINJI}` },
  reason: '개통 · Activation',
  priority: 'normal' as const,
  note,
  method: 'webhook' as const,
  agentName: 'Jae',
});

/** What x.com's renderer could read, as one string to search. */
async function attackerView(page: Page, extensionId: string): Promise<string> {
  await panelOf(page); // the content script has run
  return JSON.stringify(await contentScriptStorage(page, extensionId));
}

test('a saved webhook secret and header value are nowhere a content script can read, and delivery still signs and sends the header', async ({
  context,
  extensionId,
  openX,
}) => {
  test.setTimeout(60_000);
  const receiver = await startReceiver({ port: 0, secret: SECRET });
  const proxy = await recordingProxy(receiver.port);
  try {
    const options = await openOptionsPage(context, extensionId);
    const section = options.getByRole('region', { name: 'Handoff', exact: true });
    await section.getByRole('radio', { name: 'Webhook' }).check();
    await section.getByRole('textbox', { name: 'Webhook URL' }).fill(`${proxy.url}/handoffs`);
    await section.getByRole('textbox', { name: 'Webhook secret' }).fill(SECRET);
    await section.getByRole('textbox', { name: 'Header name' }).fill('X-Api-Key');
    await section.getByRole('textbox', { name: 'Header value' }).fill(API_KEY);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('status')).toContainText('Saved');

    // The lead's page still shows both after a reload: they are stored, only elsewhere.
    await options.reload();
    await expect(section.getByRole('textbox', { name: 'Webhook secret' })).toHaveValue(SECRET);
    await expect(section.getByRole('textbox', { name: 'Header value' })).toHaveValue(API_KEY);

    const x = await openX(MINJI);
    const seen = await attackerView(x, extensionId);
    // Not an empty read: the content script sees the settings that are not secret.
    expect(seen).toContain(`${proxy.url}/handoffs`);
    expect(seen).toContain('X-Api-Key');
    expect(seen, 'the webhook secret is readable from x.com').not.toContain(SECRET);
    expect(seen, 'the header value is readable from x.com').not.toContain(API_KEY);

    // The background still signs with the secret (the receiver refuses anything else) and sends the key.
    const id = crypto.randomUUID();
    await queueHandoffs(await outboxPage(context, extensionId), [handoff(id, 'signed after save')]);
    await expect.poll(() => receiver.cases().length, { timeout: 20_000 }).toBe(1);
    expect(receiver.cases()[0]).toMatchObject({ idempotencyKey: id });
    expect(receiver.stats().rejected).toBe(0);
    const post = proxy.requests.find((r) => r.method === 'POST');
    expect(post?.headers['x-api-key']).toBe(API_KEY);
    expect(post?.headers['x-careline-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
  } finally {
    await proxy.close();
    await receiver.close();
  }
});

test('an install with its secrets in storage.local: after a restart the background has moved them, and handoffs still arrive signed', async ({
  xServer,
}) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'careline-secrets-'));
  const receiver = await startReceiver({ port: 0, secret: SECRET });
  const proxy = await recordingProxy(receiver.port);
  try {
    // The layout of every Careline before this one: the whole handoff settings in storage.local.
    const first = await launchCareline({ port: xServer.port, userDataDir: profile });
    const worker = first.context.serviceWorkers()[0] ?? (await first.context.waitForEvent('serviceworker'));
    await worker.evaluate(
      ([url, secret, key]) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          handoffSettings: {
            method: 'webhook',
            webhookUrl: url,
            webhookSecret: secret,
            extraHeaderName: 'X-Api-Key',
            extraHeaderValue: key,
            timeoutMs: 5_000,
            emailTo: '',
            crmUrlTemplate: '',
            callCenterName: '한빛 고객센터',
            callCenterPhone: '1588-1234',
            reasons: ['개통 · Activation', '기타 · Other'],
          },
        }),
      [`${proxy.url}/handoffs`, SECRET, API_KEY] as const,
    );
    await first.context.close();

    const second = await launchCareline({ port: xServer.port, userDataDir: profile });
    try {
      const extensionId = second.extensionId ?? '';
      const worker2 = second.context.serviceWorkers()[0] ?? (await second.context.waitForEvent('serviceworker'));
      // Before any Careline page opens: the background alone, at start-up, empties storage.local of them.
      const local = () =>
        worker2.evaluate(() =>
          (
            globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
          ).chrome.storage.local.get(null),
        );
      await expect.poll(async () => JSON.stringify(await local()), { timeout: 15_000 }).not.toContain(SECRET);
      const stored = JSON.stringify(await local());
      expect(stored).not.toContain(API_KEY);
      // The rest of the settings stay where they were.
      expect(stored).toContain('한빛 고객센터');

      const x = await second.context.newPage();
      await x.goto(`https://x.com${MINJI}`);
      const seen = await attackerView(x, extensionId);
      expect(seen).toContain('X-Api-Key');
      expect(seen).not.toContain(SECRET);
      expect(seen).not.toContain(API_KEY);

      // The moved secret still signs, and the moved key still goes out.
      const id = crypto.randomUUID();
      await queueHandoffs(await outboxPage(second.context, extensionId), [handoff(id, 'signed after the move')]);
      await expect.poll(() => receiver.cases().length, { timeout: 20_000 }).toBe(1);
      expect(receiver.cases()[0]).toMatchObject({ idempotencyKey: id });
      expect(receiver.stats().rejected).toBe(0);
      expect(proxy.requests.find((r) => r.method === 'POST')?.headers['x-api-key']).toBe(API_KEY);

      // The options page shows the moved values to the lead, in the same fields.
      const options = await second.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const section = options.getByRole('region', { name: 'Handoff', exact: true });
      await expect(section.getByRole('textbox', { name: 'Webhook secret' })).toHaveValue(SECRET);
      await expect(section.getByRole('textbox', { name: 'Header value' })).toHaveValue(API_KEY);
    } finally {
      await second.context.close();
    }
  } finally {
    await proxy.close();
    await receiver.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
