import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CarelineDatabase } from '@/utils/db/database';
import { SCHEMA_V1 } from '@/utils/db/schema';

/** Writes data with the schema as it was released, then opens the current database over it. */
async function withV1Data(name: string, rows: Record<string, unknown>[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('templates').bulkAdd(rows);
  v1.close();
}

describe('migration 1 -> 2 (template library)', () => {
  it('keeps every v1 template and gives it locked=false, usage 0 and tags', async () => {
    const name = `migrate-${Math.random()}`;
    await withV1Data(name, [
      { id: 'sample-greeting-ko', title: '문의 감사 인사', body: '{{customer.name}}님 감사합니다', shortcut: 'thanks', tags: ['greeting'], lang: 'ko', createdAt: 'c', updatedAt: 'u' },
      { id: 'mine', title: 'Mine', body: 'b', createdAt: 'c', updatedAt: 'u' },
    ]);
    const db = new CarelineDatabase(name);
    const rows = await db.templates.orderBy('id').toArray();
    expect(db.verno).toBe(2);
    expect(rows).toEqual([
      { id: 'mine', title: 'Mine', body: 'b', createdAt: 'c', updatedAt: 'u', locked: false, usageCount: 0, tags: [] },
      {
        id: 'sample-greeting-ko', title: '문의 감사 인사', body: '{{customer.name}}님 감사합니다', shortcut: 'thanks',
        tags: ['greeting'], lang: 'ko', createdAt: 'c', updatedAt: 'u', locked: false, usageCount: 0,
      },
    ]);
    // Migrated rows are the agent's own: no pack holds them.
    expect(await db.templates.where('packId').equals('cs-team').count()).toBe(0);
    expect(await db.templates.where('id').equals('mine').count()).toBe(1);
    expect(await db.packs.count()).toBe(0);
    await db.delete();
  });
});
