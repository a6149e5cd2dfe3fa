/** The template library: the only code that reads or writes `db.templates`. */
import { database, type CarelineDatabase } from './database';
import type { TemplateRecord } from './types';

export function templatesRepo(db: CarelineDatabase = database()) {
  return {
    /** All templates, ordered by title for a stable list. */
    async list(): Promise<TemplateRecord[]> {
      return db.templates.orderBy('title').toArray();
    },
    async get(id: string): Promise<TemplateRecord | undefined> {
      return db.templates.get(id);
    },
    async count(): Promise<number> {
      return db.templates.count();
    },
    async putMany(records: TemplateRecord[]): Promise<void> {
      await db.templates.bulkPut(records);
    },
    /** Adds the given templates only when the library is empty, in one transaction. */
    async seedIfEmpty(records: TemplateRecord[]): Promise<boolean> {
      return db.transaction('rw', db.templates, async () => {
        if ((await db.templates.count()) > 0) return false;
        await db.templates.bulkAdd(records);
        return true;
      });
    },
  };
}

export type TemplatesRepo = ReturnType<typeof templatesRepo>;
