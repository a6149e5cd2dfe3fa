/** Team packs: the only code that reads or writes `db.packs`, and that swaps a pack's templates. */
import { database, type CarelineDatabase } from './database';
import type { PackRecord, TemplateRecord } from './types';

export function packsRepo(db: CarelineDatabase = database()) {
  return {
    async list(): Promise<PackRecord[]> {
      return db.packs.orderBy('id').toArray();
    },
    async get(id: string): Promise<PackRecord | undefined> {
      return db.packs.get(id);
    },
    async subscribed(): Promise<PackRecord[]> {
      return db.packs.filter((p) => typeof p.url === 'string').toArray();
    },
    /**
     * Replace everything a pack holds with `templates`, in ONE transaction: items no longer in the
     * pack go, the rest are written; usage statistics of items that stay are kept. A failure
     * anywhere leaves the library exactly as it was.
     */
    async replacePack(pack: PackRecord, templates: TemplateRecord[]): Promise<void> {
      await db.transaction('rw', db.templates, db.packs, async () => {
        const existing = await db.templates.where('packId').equals(pack.id).toArray();
        const byId = new Map(existing.map((t) => [t.id, t]));
        const keep = new Set(templates.map((t) => t.id));
        await db.templates.bulkDelete(existing.filter((t) => !keep.has(t.id)).map((t) => t.id));
        await db.templates.bulkPut(
          templates.map((t) => {
            const old = byId.get(t.id);
            return old ? { ...t, usageCount: old.usageCount, lastUsedAt: old.lastUsedAt, createdAt: old.createdAt } : t;
          }),
        );
        await db.packs.put(pack);
      });
    },
    /** Record the outcome of a subscription check without touching templates. */
    async markChecked(
      id: string,
      patch: Pick<PackRecord, 'lastCheckedAt'> & Partial<Pick<PackRecord, 'etag' | 'lastError' | 'pendingReview'>>,
    ): Promise<void> {
      await db.packs.update(id, patch);
    },
    /** Remove a pack and all its templates. */
    async removePack(id: string): Promise<void> {
      await db.transaction('rw', db.templates, db.packs, async () => {
        await db.templates.where('packId').equals(id).delete();
        await db.packs.delete(id);
      });
    },
  };
}

export type PacksRepo = ReturnType<typeof packsRepo>;
