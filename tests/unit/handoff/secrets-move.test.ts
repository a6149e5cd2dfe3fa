/**
 * The webhook secret and the extra header's value leave storage.local (which
 * content scripts, so a compromised x.com renderer, can read) for the extension origin's IndexedDB.
 * On real data: the storage.local an older install really holds.
 */
import 'fake-indexeddb/auto';
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '@/utils/data/backup/create';
import { SecretsDatabase, secretsRepo, type SecretsRepo } from '@/utils/db/secrets-repo';
import { moveSecretsOutOfStorage, readHandoffSettings, saveHandoffSettings } from '@/utils/handoff/secret-settings';
import { handoffSettings } from '@/utils/handoff/settings';
import { postHandoff } from '@/utils/handoff/webhook';
import { payload, settings } from './fixtures';

const SECRET = 'hmac-key-7f3a9c-케어라인';
const API_KEY = 'api-key-0d41e8b2c5';

/** `local:handoffSettings` exactly as older versions of Careline wrote it. */
const OLD_LAYOUT = {
  method: 'webhook',
  webhookUrl: 'https://cc.example.com/hooks/careline',
  webhookSecret: SECRET,
  extraHeaderName: 'X-Api-Key',
  extraHeaderValue: API_KEY,
  timeoutMs: 5000,
  emailTo: '',
  crmUrlTemplate: '',
  callCenterName: '한빛 고객센터',
  callCenterPhone: '1588-1234',
  reasons: ['개통 · Activation', '기타 · Other'],
};
const { webhookSecret: _s, extraHeaderValue: _v, ...OLD_WITHOUT_SECRETS } = OLD_LAYOUT;

const dbs: SecretsDatabase[] = [];
function freshRepo(): SecretsRepo {
  const db = new SecretsDatabase(`secrets-${Math.random()}`);
  dbs.push(db);
  return secretsRepo(db);
}
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** Everything a content script could read from storage.local, as text to search. */
const contentScriptView = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** postHandoff's request as the receiver would get it, without a network. */
async function sentWith(s: Parameters<typeof postHandoff>[0]): Promise<{ headers: Headers; body: string }> {
  let sent: { headers: Headers; body: string } | undefined;
  const fetch = (async (_url: string, init: RequestInit) => {
    sent = { headers: new Headers(init.headers), body: String(init.body) };
    return new Response('{"ticketId":"CL-000001"}', { status: 201, headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  expect(await postHandoff(s, payload(), { fetch })).toMatchObject({ kind: 'sent', ticketId: 'CL-000001' });
  if (!sent) throw new Error('nothing was sent');
  return sent;
}

describe('moving the secrets out of storage.local', () => {
  it("moves an older install's secret and header value to IndexedDB, leaves none in storage.local, and delivery still signs", async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT, welcomeOpenedAt: '2026-11-29T00:00:00.000Z' });
    const repo = freshRepo();

    expect(await moveSecretsOutOfStorage(repo)).toBe(true);

    expect(await repo.get()).toEqual({ webhookSecret: SECRET, extraHeaderValue: API_KEY });
    const left = await contentScriptView();
    expect(left).not.toContain(SECRET);
    expect(left).not.toContain(API_KEY);
    // Everything else stays as it was.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      handoffSettings: OLD_WITHOUT_SECRETS,
      welcomeOpenedAt: '2026-11-29T00:00:00.000Z',
    });

    const read = await readHandoffSettings(repo);
    expect(read).toMatchObject({ ...OLD_LAYOUT });
    const { headers, body } = await sentWith(read);
    expect(headers.get('X-Careline-Signature')).toBe(
      `sha256=${createHmac('sha256', SECRET).update(body, 'utf8').digest('hex')}`,
    );
    expect(headers.get('X-Api-Key')).toBe(API_KEY);
  });

  it('the first read moves them too, before it returns anything (delivery and the options page read this way)', async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const repo = freshRepo();
    expect(await readHandoffSettings(repo)).toMatchObject({
      webhookSecret: SECRET,
      extraHeaderValue: API_KEY,
      callCenterName: '한빛 고객센터',
    });
    expect(await contentScriptView()).not.toContain(SECRET);
    expect(await repo.get()).toEqual({ webhookSecret: SECRET, extraHeaderValue: API_KEY });
  });

  it('is idempotent: a second start moves nothing and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const repo = freshRepo();
    await moveSecretsOutOfStorage(repo);
    const put = vi.spyOn(repo, 'put');
    const after = await fakeBrowser.storage.local.get(null);
    expect(await moveSecretsOutOfStorage(repo)).toBe(false);
    expect(put).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(after);
    expect(await repo.get()).toEqual({ webhookSecret: SECRET, extraHeaderValue: API_KEY });
  });

  it('a stop after IndexedDB was written keeps the values in both places; the next start finishes the move', async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const repo = freshRepo();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(moveSecretsOutOfStorage(repo)).rejects.toThrow('worker stopped');
    expect(await repo.get()).toEqual({ webhookSecret: SECRET, extraHeaderValue: API_KEY });
    expect(await contentScriptView()).toContain(SECRET);

    expect(await moveSecretsOutOfStorage(repo)).toBe(true);
    expect(await contentScriptView()).not.toContain(SECRET);
    expect(await readHandoffSettings(repo)).toMatchObject({ webhookSecret: SECRET, extraHeaderValue: API_KEY });
  });

  it('when IndexedDB cannot be written, storage.local keeps the secrets: never in neither place', async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const repo = freshRepo();
    vi.spyOn(repo, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(moveSecretsOutOfStorage(repo)).rejects.toThrow('QuotaExceededError');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ handoffSettings: OLD_LAYOUT });
  });

  it('what storage.local holds wins over IndexedDB (it is newer: a downgrade and upgrade again); a missing field keeps its value', async () => {
    const repo = freshRepo();
    await repo.put({ webhookSecret: 'older-secret', extraHeaderValue: 'older-key' });
    // A Careline from before the extra header existed: only the secret.
    await fakeBrowser.storage.local.set({
      handoffSettings: { method: 'webhook', webhookUrl: 'https://cc.example.com/h', webhookSecret: SECRET },
    });
    expect(await moveSecretsOutOfStorage(repo)).toBe(true);
    expect(await repo.get()).toEqual({ webhookSecret: SECRET, extraHeaderValue: 'older-key' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      handoffSettings: { method: 'webhook', webhookUrl: 'https://cc.example.com/h' },
    });
  });

  it("the panel's read never returns the secrets, even before they are moved", async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const stored = await handoffSettings.getValue();
    expect(JSON.stringify(stored)).not.toContain(SECRET);
    expect(JSON.stringify(stored)).not.toContain(API_KEY);
    expect(stored.reasons).toEqual(['개통 · Activation', '기타 · Other']);
  });
});

describe('saving the settings', () => {
  it('puts the secret and header value in IndexedDB only, and reads them back whole', async () => {
    const repo = freshRepo();
    const full = settings({
      webhookUrl: 'https://cc.example.com/h',
      webhookSecret: SECRET,
      extraHeaderName: 'X-Api-Key',
      extraHeaderValue: API_KEY,
    });
    await saveHandoffSettings(full, repo);
    expect(await contentScriptView()).not.toContain(SECRET);
    expect(await contentScriptView()).not.toContain(API_KEY);
    expect(await contentScriptView()).toContain('X-Api-Key');
    expect(await readHandoffSettings(repo)).toEqual(full);
  });

  it("replaces an older install's copies in storage.local", async () => {
    await fakeBrowser.storage.local.set({ handoffSettings: OLD_LAYOUT });
    const repo = freshRepo();
    await saveHandoffSettings(settings({ webhookUrl: 'https://cc.example.com/h', webhookSecret: 'new-secret' }), repo);
    expect(await contentScriptView()).not.toContain(SECRET);
    expect(await contentScriptView()).not.toContain(API_KEY);
    expect(await readHandoffSettings(repo)).toMatchObject({ webhookSecret: 'new-secret', extraHeaderValue: '' });
  });

  it('the secret is in no backup', async () => {
    await saveHandoffSettings(
      settings({
        webhookUrl: 'https://cc.example.com/h',
        webhookSecret: SECRET,
        extraHeaderName: 'X-Api-Key',
        extraHeaderValue: API_KEY,
      }),
    );
    const text = await (await createBackup()).blob.text();
    expect(text).toContain('careline-backup');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(API_KEY);
  });
});
