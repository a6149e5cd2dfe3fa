/** The template library: the only code that reads or writes `db.templates`. */
import { database, type CarelineDatabase } from './database';
import type { TemplateRecord } from './types';

/** What an agent edits; the rest of a record is Careline's bookkeeping. */
export type TemplateInput = Pick<TemplateRecord, 'title' | 'body'> &
  Partial<Pick<TemplateRecord, 'shortcut' | 'folder' | 'tags' | 'lang' | 'variants' | 'sensitive'>>;

export class LockedTemplateError extends Error {
  constructor(title: string) {
    super(`"${title}" belongs to a team pack and is read-only: duplicate it to make your own version.`);
    this.name = 'LockedTemplateError';
  }
}

const now = () => new Date().toISOString();
const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function newTemplateId(): string {
  return `t-${crypto.randomUUID()}`;
}

export function templatesRepo(db: CarelineDatabase = database()) {
  async function mustGet(id: string): Promise<TemplateRecord> {
    const record = await db.templates.get(id);
    if (!record) throw new Error(`Template ${id} no longer exists`);
    return record;
  }

  return {
    /** All templates, ordered by title for a stable list (sorted here: no title index to maintain). */
    async list(): Promise<TemplateRecord[]> {
      const all = await db.templates.toArray();
      return all.sort((a, b) => byTitle.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
    },
    async get(id: string): Promise<TemplateRecord | undefined> {
      return db.templates.get(id);
    },
    async count(): Promise<number> {
      return db.templates.count();
    },
    async listByPack(packId: string): Promise<TemplateRecord[]> {
      return db.templates.where('packId').equals(packId).toArray();
    },
    async putMany(records: TemplateRecord[]): Promise<void> {
      await db.templates.bulkPut(records);
    },
    /** A new personal template. */
    async create(input: TemplateInput): Promise<TemplateRecord> {
      const at = now();
      const record: TemplateRecord = {
        ...input,
        id: newTemplateId(),
        locked: false,
        usageCount: 0,
        createdAt: at,
        updatedAt: at,
      };
      await db.templates.add(record);
      return record;
    },
    /** Edit a personal template; team items are locked. */
    async update(id: string, patch: Partial<TemplateInput>): Promise<TemplateRecord> {
      return db.transaction('rw', db.templates, async () => {
        const record = await mustGet(id);
        if (record.locked) throw new LockedTemplateError(record.title);
        const next = { ...record, ...patch, updatedAt: now() };
        await db.templates.put(next);
        return next;
      });
    },
    /** A personal, editable copy (how agents change a team item). */
    async duplicate(id: string): Promise<TemplateRecord> {
      const source = await mustGet(id);
      const { packId: _p, packItemId: _i, packVersion: _v, lastUsedAt: _l, ...rest } = source;
      const at = now();
      const copy: TemplateRecord = {
        ...rest,
        id: newTemplateId(),
        title: `${source.title} (copy)`,
        shortcut: undefined,
        locked: false,
        usageCount: 0,
        createdAt: at,
        updatedAt: at,
      };
      await db.templates.add(copy);
      return copy;
    },
    /** Deletes personal templates; returns them so the UI can undo. Locked items are refused, all or nothing. */
    async remove(ids: string[]): Promise<TemplateRecord[]> {
      return db.transaction('rw', db.templates, async () => {
        const records = (await db.templates.bulkGet(ids)).filter((r): r is TemplateRecord => r !== undefined);
        const locked = records.find((r) => r.locked);
        if (locked) throw new LockedTemplateError(locked.title);
        await db.templates.bulkDelete(records.map((r) => r.id));
        return records;
      });
    },
    /** Undo of remove(). */
    async restore(records: TemplateRecord[]): Promise<void> {
      await db.templates.bulkPut(records);
    },
    /** Counts an insert, for ranking and the usage statistics. */
    async recordUse(id: string, at: string = now()): Promise<void> {
      await db.templates
        .where('id')
        .equals(id)
        .modify((t) => {
          t.usageCount = (t.usageCount ?? 0) + 1;
          t.lastUsedAt = at;
        });
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
