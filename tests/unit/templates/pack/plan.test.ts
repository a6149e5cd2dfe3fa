import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CarelineDatabase } from '@/utils/db/database';
import { packsRepo } from '@/utils/db/packs-repo';
import { templatesRepo } from '@/utils/db/templates-repo';
import type { PackFile } from '@/utils/templates/pack/format';
import { parsePack } from '@/utils/templates/pack/parse';
import { applyImport, importPackText, planImport } from '@/utils/templates/pack/plan';
import { freshDb, json, NOW, personal, samplePack } from './fixtures';

let db: CarelineDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

function parsed(pack: unknown = samplePack()): PackFile {
  const result = parsePack(json(pack));
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

/** Version 2 of the sample: one edited, one removed, one added, one untouched. */
function secondVersion() {
  const pack = samplePack();
  pack.pack.updatedAt = '2026-12-01T00:00:00Z';
  pack.templates[0]!.body = '수정된 본문';
  pack.templates[0]!.approvedBy = { name: 'Jisoo', at: '2026-11-30' };
  pack.templates.splice(2, 1); // "dm" goes
  pack.templates.push({ id: 'outage', title: '장애 안내', body: '현재 장애가 있습니다.' });
  return pack;
}

describe('planImport', () => {
  it('turns a new pack into locked records with pack ids, keeping unknown fields in extra', () => {
    const plan = planImport(parsed(), [], { now: NOW });
    expect(plan.added.map((t) => t.id)).toEqual(['cs-team/activation-delay', 'cs-team/thanks', 'cs-team/dm']);
    expect(plan).toMatchObject({ changed: [], removed: [], unchanged: 0 });
    expect(plan.pack).toEqual({
      id: 'cs-team',
      name: 'CS team replies',
      updatedAt: '2026-11-29T00:00:00Z',
      importedAt: NOW,
      extra: { owner: 'lead@example.com' },
    });
    expect(plan.templates[0]).toEqual({
      id: 'cs-team/activation-delay',
      packId: 'cs-team',
      packItemId: 'activation-delay',
      packVersion: '2026-11-29T00:00:00Z',
      title: '개통 지연 사과',
      shortcut: 'delay',
      folder: 'Activation',
      tags: ['apology'],
      lang: 'ko',
      body: samplePack().templates[0]!.body,
      variants: samplePack().templates[0]!.variants,
      extra: { approvedBy: { name: 'Minji', at: '2026-11-28' } },
      locked: true,
      usageCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(Object.keys(plan.templates[2]!)).not.toContain('shortcut'); // absent stays absent
  });

  it('sorts the next version into added, changed (with fields), removed and unchanged', () => {
    const first = planImport(parsed(), [], { now: '2026-11-29T10:00:00.000Z' }).templates;
    first[1]!.usageCount = 7;
    const plan = planImport(parsed(secondVersion()), first, { now: NOW });
    expect(plan.added.map((t) => t.id)).toEqual(['cs-team/outage']);
    expect(plan.removed.map((t) => t.id)).toEqual(['cs-team/dm']);
    expect(plan.changed).toHaveLength(1);
    expect(plan.changed[0]).toMatchObject({
      before: { body: first[0]!.body },
      after: { body: '수정된 본문', updatedAt: NOW },
      fields: ['body', 'approvedBy'],
    });
    expect(plan.unchanged).toBe(1);
    const kept = plan.templates.find((t) => t.id === 'cs-team/thanks');
    expect(kept).toMatchObject({
      usageCount: 7,
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
      packVersion: '2026-12-01T00:00:00Z',
    });
  });

  it('records the subscription URL and ETag on the pack', () => {
    const plan = planImport(parsed(), [], { url: 'https://packs.example.com/cs.json', etag: '"v1"', now: NOW });
    expect(plan.pack).toMatchObject({ url: 'https://packs.example.com/cs.json', etag: '"v1"', lastCheckedAt: NOW });
  });
});

describe('applyImport', () => {
  it("replaces the pack's templates, keeps usage of kept items, and leaves everything else alone", async () => {
    db = freshDb();
    const templates = templatesRepo(db);
    const packs = packsRepo(db);
    await templates.putMany([personal('t-mine', 'Mine')]);
    await packs.replacePack({ id: 'other', name: 'Other', updatedAt: NOW, importedAt: NOW }, [
      {
        id: 'other/thanks',
        packId: 'other',
        packItemId: 'thanks',
        title: 'Other thanks',
        body: 'b',
        locked: true,
        usageCount: 0,
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);

    await applyImport(planImport(parsed(), [], { now: NOW }), packs);
    await templates.recordUse('cs-team/thanks', '2026-11-30T00:00:00.000Z');

    const plan = planImport(parsed(secondVersion()), await templates.listByPack('cs-team'), { now: NOW });
    await applyImport(plan, packs);

    const ids = (await templates.list()).map((t) => t.id).sort();
    expect(ids).toEqual(['cs-team/activation-delay', 'cs-team/outage', 'cs-team/thanks', 'other/thanks', 't-mine']);
    expect(await templates.get('cs-team/thanks')).toMatchObject({
      usageCount: 1,
      lastUsedAt: '2026-11-30T00:00:00.000Z',
      locked: true,
    });
    expect(await templates.get('cs-team/activation-delay')).toMatchObject({
      body: '수정된 본문',
      extra: { approvedBy: { name: 'Jisoo', at: '2026-11-30' } },
    });
    expect(await packs.get('cs-team')).toMatchObject({
      updatedAt: '2026-12-01T00:00:00Z',
      extra: { owner: 'lead@example.com' },
    });
    expect(await templates.get('t-mine')).toEqual(personal('t-mine', 'Mine'));
  });

  it('changes nothing when the transaction fails half way', async () => {
    db = freshDb();
    const templates = templatesRepo(db);
    const packs = packsRepo(db);
    await applyImport(planImport(parsed(), [], { now: NOW }), packs);
    const before = { templates: await templates.list(), packs: await packs.list() };

    // replacePack deletes "dm" first, then writes: failing the write must bring "dm" back too.
    vi.spyOn(db.templates, 'bulkPut').mockRejectedValue(new Error('disk full'));
    const plan = planImport(parsed(secondVersion()), await templates.listByPack('cs-team'), { now: NOW });
    await expect(applyImport(plan, packs)).rejects.toThrow('disk full');

    vi.restoreAllMocks();
    expect(await templates.list()).toEqual(before.templates);
    expect(await packs.list()).toEqual(before.packs);
  });
});

describe('importPackText', () => {
  it('passes refusals through with their path and writes nothing', async () => {
    db = freshDb();
    const bad = samplePack();
    delete bad.templates[1]!.title;
    const result = await importPackText(json(bad), undefined, { templates: templatesRepo(db), packs: packsRepo(db) });
    expect(result).toEqual({ ok: false, path: 'templates[1].title', error: 'templates[1].title: required' });
    expect(await templatesRepo(db).count()).toBe(0);
  });

  it('plans against what the pack holds now, without applying', async () => {
    db = freshDb();
    const deps = { templates: templatesRepo(db), packs: packsRepo(db), now: NOW };
    await applyImport(planImport(parsed(), [], { now: NOW }), deps.packs);
    const result = await importPackText(json(secondVersion()), undefined, deps);
    expect(
      result.ok && {
        added: result.plan.added.length,
        changed: result.plan.changed.length,
        removed: result.plan.removed.length,
        unchanged: result.plan.unchanged,
      },
    ).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 1 });
    expect(await deps.templates.count()).toBe(3);
  });

  it('keeps the subscription URL of a subscribed pack but drops its ETag, so the next refresh downloads in full', async () => {
    db = freshDb();
    const deps = { templates: templatesRepo(db), packs: packsRepo(db), now: NOW };
    await applyImport(
      planImport(parsed(), [], { url: 'https://packs.example.com/cs.json', etag: '"v1"', now: NOW }),
      deps.packs,
    );
    const result = await importPackText(json(secondVersion()), undefined, deps);
    expect(result.ok && result.plan.pack.url).toBe('https://packs.example.com/cs.json');
    expect(result.ok && result.plan.pack.etag).toBeUndefined();
  });
});
