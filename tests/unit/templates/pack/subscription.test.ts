import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CarelineDatabase } from '@/utils/db/database';
import { packsRepo } from '@/utils/db/packs-repo';
import { templatesRepo } from '@/utils/db/templates-repo';
import { MAX_PACK_BYTES } from '@/utils/templates/pack/format';
import { applyImport } from '@/utils/templates/pack/plan';
import {
  checkSubscription,
  downloadUpdate,
  refreshAllSubscriptions,
  subscribeToPack,
  validatePackUrl,
} from '@/utils/templates/pack/subscription';
import { freshDb, json, NOW, personal, samplePack } from './fixtures';

const URL_ = 'https://packs.example.com/cs-team.json';
const LATER = '2026-12-02T09:00:00.000Z';

let db: CarelineDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** A fetch that answers every request with `respond()` and remembers the requests. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async () => respond());
}

function secondVersion(): string {
  const pack = samplePack();
  pack.pack.updatedAt = '2026-12-02T00:00:00Z';
  pack.templates[1]!.body = 'Thanks again!';
  pack.templates.pop();
  return json(pack);
}

/** A library with one subscribed pack (ETag "v1") and one personal template; returns its snapshot. */
async function subscribed() {
  db = freshDb();
  const deps = { packs: packsRepo(db), templates: templatesRepo(db), now: LATER };
  await deps.templates.putMany([personal('t-mine', 'Mine')]);
  const first = await subscribeToPack(
    URL_,
    fakeFetch(() => new Response(json(samplePack()), { headers: { ETag: '"v1"' } })),
    { ...deps, now: NOW },
  );
  if (!first.ok) throw new Error(first.error);
  await applyImport(first.plan, deps.packs);
  await deps.templates.recordUse('cs-team/thanks', NOW);
  const snapshot = async () => ({ templates: await deps.templates.list(), pack: await deps.packs.get('cs-team') });
  return { deps, pack: (await deps.packs.get('cs-team'))!, before: await snapshot(), snapshot };
}

describe('validatePackUrl', () => {
  it.each([
    [URL_, null],
    ['  https://packs.example.com/a.json ', null],
    ['http://localhost:8080/pack.json', null],
    ['http://127.0.0.1/pack.json', null],
    ['', "Enter the pack's address, starting with https://"],
    ['packs.example.com/a.json', '"packs.example.com/a.json" is not a web address (expected https://…)'],
    ['http://packs.example.com/a.json', 'Pack addresses must use https:// (http:// only for localhost and 127.0.0.1)'],
    ['ftp://packs.example.com/a.json', 'Pack addresses must start with https:// (this one is ftp:)'],
    ['https://lead:secret@packs.example.com/a.json', 'Pack addresses cannot contain a user name or password'],
  ])('%j', (url, expected) => {
    expect(validatePackUrl(url)).toBe(expected);
  });
});

describe('subscribeToPack', () => {
  it('downloads and plans without storing anything', async () => {
    db = freshDb();
    const fetchImpl = fakeFetch(() => new Response(json(samplePack()), { headers: { ETag: '"v1"' } }));
    const result = await subscribeToPack(` ${URL_} `, fetchImpl, {
      packs: packsRepo(db),
      templates: templatesRepo(db),
      now: NOW,
    });
    expect(result.ok && result.plan.pack).toMatchObject({ id: 'cs-team', url: URL_, etag: '"v1"', lastCheckedAt: NOW });
    expect(result.ok && result.plan.added).toHaveLength(3);
    expect(fetchImpl.mock.calls[0]?.[0]).toBe(URL_);
    expect(await templatesRepo(db).count()).toBe(0);
  });

  it('refuses bad addresses and bad packs with the reason', async () => {
    const never = fakeFetch(() => {
      throw new Error('must not fetch');
    });
    expect(await subscribeToPack('http://packs.example.com/a.json', never)).toMatchObject({
      ok: false,
      error: expect.stringContaining('https://'),
    });
    const bad = samplePack();
    bad.version = 2;
    expect(
      await subscribeToPack(
        URL_,
        fakeFetch(() => new Response(json(bad))),
      ),
    ).toEqual({
      ok: false,
      path: 'version',
      error: 'version: Careline reads version 1 packs; this is version 2',
    });
    expect(
      await subscribeToPack(
        URL_,
        fakeFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' })),
      ),
    ).toEqual({
      ok: false,
      error: 'packs.example.com answered 404 Not Found',
    });
  });
});

describe('checkSubscription', () => {
  it('304: unchanged, asks with the stored ETag, records the check and clears an old error', async () => {
    const { deps, pack, before, snapshot } = await subscribed();
    await deps.packs.markChecked('cs-team', { lastCheckedAt: NOW, lastError: 'old failure' });
    const fetchImpl = fakeFetch(() => new Response(null, { status: 304 }));
    expect(await checkSubscription(pack, fetchImpl, deps)).toEqual({ status: 'unchanged' });
    expect(new Headers(fetchImpl.mock.calls[0]?.[1]?.headers).get('If-None-Match')).toBe('"v1"');
    const after = await snapshot();
    expect(after.templates).toEqual(before.templates);
    expect(after.pack).toMatchObject({ etag: '"v1"', lastCheckedAt: LATER });
    expect(after.pack).not.toHaveProperty('lastError');
  });

  it('200: replaces the pack, stores the new ETag, clears the last error, keeps usage of kept items', async () => {
    const { deps, pack } = await subscribed();
    await deps.packs.markChecked('cs-team', { lastCheckedAt: NOW, lastError: 'old failure' });
    const result = await checkSubscription(
      pack,
      fakeFetch(() => new Response(secondVersion(), { headers: { ETag: '"v2"' } })),
      deps,
    );
    expect(result.status).toBe('updated');
    expect(result.plan && { changed: result.plan.changed.length, removed: result.plan.removed.length }).toEqual({
      changed: 1,
      removed: 1,
    });
    expect(await deps.packs.get('cs-team')).toMatchObject({
      etag: '"v2"',
      updatedAt: '2026-12-02T00:00:00Z',
      lastCheckedAt: LATER,
      url: URL_,
    });
    expect(await deps.templates.get('cs-team/thanks')).toMatchObject({ body: 'Thanks again!', usageCount: 1 });
    expect(await deps.packs.get('cs-team')).not.toHaveProperty('lastError');
    expect(await deps.templates.get('cs-team/dm')).toBeUndefined();
    expect(await deps.templates.get('t-mine')).toBeDefined();
  });

  it('200 adding a private placeholder: held for review, the old version stays live, the pack says what waits', async () => {
    const { deps, pack, before, snapshot } = await subscribed();
    const next = samplePack();
    next.pack.updatedAt = '2026-12-02T00:00:00Z';
    next.templates[1]!.body = 'Thank you, {{customer.name}}! We will call {{customer.phone}}.';
    const result = await checkSubscription(
      pack,
      fakeFetch(() => new Response(json(next), { headers: { ETag: '"v2"' } })),
      deps,
    );
    const gains = [{ id: 'cs-team/thanks', title: 'Thanks', paths: ['customer.phone'] }];
    expect(result).toMatchObject({ status: 'held', gains });
    const after = await snapshot();
    expect(after.templates).toEqual(before.templates);
    expect(after.pack).toEqual({
      ...before.pack,
      lastCheckedAt: LATER,
      pendingReview: { version: '2026-12-02T00:00:00Z', foundAt: LATER, gains },
    });

    // Applying the reviewed update (downloadUpdate + applyImport) clears the wait.
    const reviewed = await downloadUpdate(
      after.pack!,
      fakeFetch(() => new Response(json(next), { headers: { ETag: '"v2"' } })),
      deps,
    );
    if (!reviewed.ok) throw new Error(reviewed.error);
    await applyImport(reviewed.plan, deps.packs);
    expect(await deps.templates.get('cs-team/thanks')).toMatchObject({ body: next.templates[1]!.body, usageCount: 1 });
    expect(await deps.packs.get('cs-team')).toMatchObject({ etag: '"v2"', updatedAt: '2026-12-02T00:00:00Z' });
    expect(await deps.packs.get('cs-team')).not.toHaveProperty('pendingReview');
  });

  it('a held update taken back by the lead: the next refresh clears the wait (304 or a version without it)', async () => {
    const { deps, pack } = await subscribed();
    await deps.packs.markChecked('cs-team', {
      lastCheckedAt: NOW,
      pendingReview: { version: 'v', foundAt: NOW, gains: [] },
    });
    expect(
      await checkSubscription(
        pack,
        fakeFetch(() => new Response(null, { status: 304 })),
        deps,
      ),
    ).toEqual({ status: 'unchanged' });
    expect(await deps.packs.get('cs-team')).not.toHaveProperty('pendingReview');
    await deps.packs.markChecked('cs-team', {
      lastCheckedAt: NOW,
      pendingReview: { version: 'v', foundAt: NOW, gains: [] },
    });
    expect(
      (
        await checkSubscription(
          pack,
          fakeFetch(() => new Response(secondVersion(), { headers: { ETag: '"v3"' } })),
          deps,
        )
      ).status,
    ).toBe('updated');
    expect(await deps.packs.get('cs-team')).not.toHaveProperty('pendingReview');
  });

  it('downloadUpdate refuses an address that now serves another pack', async () => {
    const { deps, pack } = await subscribed();
    const other = fakeFetch(() => new Response(json({ ...samplePack(), pack: { id: 'sales', name: 'Sales' } })));
    expect(await downloadUpdate(pack, other, deps)).toEqual({
      ok: false,
      error: 'The address now serves the pack "sales", not "cs-team": subscribe to it separately.',
    });
  });

  const big = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new Uint8Array(1024 * 1024).fill(0x20);
        for (let i = 0; i < 6; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
  it.each([
    [
      'a server error',
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      'packs.example.com answered 500 Internal Server Error',
    ],
    [
      'a network error',
      () => {
        throw new TypeError('Failed to fetch');
      },
      'Could not reach packs.example.com: Failed to fetch',
    ],
    [
      'a timeout',
      () => {
        throw new DOMException('signal timed out', 'TimeoutError');
      },
      'packs.example.com did not answer within 30 seconds',
    ],
    [
      'an HTML page',
      () => new Response('<!doctype html><p>Sign in</p>'),
      'Not valid JSON at line 1, column 1: expected a value, found "<".',
    ],
    [
      'a declared size over 5 MB',
      () => new Response('{}', { headers: { 'Content-Length': String(MAX_PACK_BYTES + 1) } }),
      'The pack is 5 MB; Careline reads packs up to 5 MB.',
    ],
    [
      'a body over 5 MB without Content-Length',
      () => new Response(big()),
      'The pack is larger than 5 MB; Careline reads packs up to 5 MB.',
    ],
    [
      'an invalid pack',
      () => new Response(json({ ...samplePack(), templates: [{ id: 'x', title: 'X' }] })),
      'templates[0].body: required',
    ],
    [
      'another pack at the address',
      () => new Response(json({ ...samplePack(), pack: { id: 'sales', name: 'Sales' } })),
      'The address now serves the pack "sales", not "cs-team": subscribe to it separately.',
    ],
    [
      'a redirect to plain http',
      () => redirectedTo('http://packs.example.com/cs-team.json'),
      'The address redirected to http://packs.example.com/cs-team.json: Pack addresses must use https:// (http:// only for localhost and 127.0.0.1)',
    ],
  ])('%s: failed, recorded as lastError, library unchanged', async (_name, respond, error) => {
    const { deps, pack, before, snapshot } = await subscribed();
    expect(await checkSubscription(pack, fakeFetch(respond), deps)).toEqual({ status: 'failed', error });
    const after = await snapshot();
    expect(after.templates).toEqual(before.templates);
    expect(after.pack).toEqual({ ...before.pack, lastCheckedAt: LATER, lastError: error });
  });

  it('a failing write: failed, library unchanged', async () => {
    const { deps, pack, before, snapshot } = await subscribed();
    vi.spyOn(db!.templates, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const result = await checkSubscription(
      pack,
      fakeFetch(() => new Response(secondVersion(), { headers: { ETag: '"v2"' } })),
      deps,
    );
    vi.restoreAllMocks();
    expect(result).toEqual({ status: 'failed', error: 'Could not update the pack: QuotaExceededError' });
    expect((await snapshot()).templates).toEqual(before.templates);
    expect((await snapshot()).pack).toMatchObject({ etag: '"v1"', lastError: result.error });
  });
});

describe('refreshAllSubscriptions', () => {
  it('checks each subscribed pack in turn and sums up', async () => {
    const { deps } = await subscribed();
    await deps.packs.replacePack(
      { id: 'sales', name: 'Sales', updatedAt: NOW, importedAt: NOW, url: 'https://packs.example.com/sales.json' },
      [],
    );
    await deps.packs.replacePack({ id: 'from-file', name: 'From a file', updatedAt: NOW, importedAt: NOW }, []);
    const fetchImpl = fakeFetch(() => new Response(null, { status: 304 }));
    fetchImpl.mockImplementationOnce(async () => new Response(null, { status: 304 }));
    fetchImpl.mockImplementationOnce(
      async () => new Response('down', { status: 503, statusText: 'Service Unavailable' }),
    );
    const summary = await refreshAllSubscriptions(fetchImpl, deps);
    expect(summary).toMatchObject({ checked: 2, unchanged: 1, failed: 1, updated: 0, held: 0 });
    expect(summary.results.map((r) => [r.packId, r.status])).toEqual([
      ['cs-team', 'unchanged'],
      ['sales', 'failed'],
    ]);
    expect(fetchImpl.mock.calls.map((c) => c[0])).toEqual([URL_, 'https://packs.example.com/sales.json']);
  });
});

/** fetch follows redirects itself; what we see is the final URL on the response. */
function redirectedTo(url: string): Response {
  const response = new Response(json(samplePack()));
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
