import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CarelineDatabase } from '@/utils/db/database';
import { templatesRepo } from '@/utils/db/templates-repo';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';

let db: CarelineDatabase;
afterEach(async () => {
  await db.delete();
});

describe('templatesRepo', () => {
  it('seeds the sample replies once, only into an empty library', async () => {
    db = new CarelineDatabase(`test-${Math.random()}`);
    const repo = templatesRepo(db);
    const records = SAMPLE_TEMPLATES.map((s) => ({
      ...s,
      locked: false,
      usageCount: 0,
      createdAt: 'x',
      updatedAt: 'x',
    }));
    expect(await repo.seedIfEmpty(records)).toBe(true);
    expect(await repo.seedIfEmpty(records)).toBe(false);
    expect(await repo.count()).toBe(SAMPLE_TEMPLATES.length);
    const titles = (await repo.list()).map((r) => r.title);
    expect(titles).toEqual([...titles].sort());
    expect(titles.some((title) => /[가-힣]/.test(title))).toBe(true);
  });

  it('does not reseed a library the agent already has', async () => {
    db = new CarelineDatabase(`test-${Math.random()}`);
    const repo = templatesRepo(db);
    await repo.putMany([
      { id: 'mine', title: 'Mine', body: 'b', locked: false, usageCount: 0, createdAt: 'x', updatedAt: 'x' },
    ]);
    expect(
      await repo.seedIfEmpty([
        { id: 's', title: 'S', body: 'b', locked: false, usageCount: 0, createdAt: 'x', updatedAt: 'x' },
      ]),
    ).toBe(false);
    expect((await repo.list()).map((r) => r.id)).toEqual(['mine']);
  });
});
