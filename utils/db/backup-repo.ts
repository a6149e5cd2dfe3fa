/**
 * Whole-database reads and writes for export, backup and restore: the only code that reads every
 * table at once or replaces them all. Everything else goes through the per-table repositories.
 */
import { withSearchFields } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import { summariesByCustomer } from './handoffs-repo';
import { recentNotesCollector } from './recent-notes';
import type { CustomerEventRecord, CustomerRecord, PackRecord, TemplateRecord } from './types';

/** Every row of every table: what a backup holds and what a restore writes. */
export interface DatabaseDump {
  customers: CustomerRecord[];
  events: CustomerEventRecord[];
  templates: TemplateRecord[];
  packs: PackRecord[];
}

export interface TableCounts {
  customers: number;
  events: number;
  templates: number;
  packs: number;
}

export function backupRepo(db: CarelineDatabase = database()) {
  const tables = () => [db.customers, db.events, db.templates, db.packs] as const;

  return {
    /** The schema version the rows follow (a backup records it; a restore refuses newer ones). */
    schemaVersion(): number {
      return db.verno;
    },
    async counts(): Promise<TableCounts> {
      return db.transaction('r', tables(), async () => ({
        customers: await db.customers.count(),
        events: await db.events.count(),
        templates: await db.templates.count(),
        packs: await db.packs.count(),
      }));
    },
    /**
     * The next `limit` customers after handle `after`, in key order. Keyed paging, not offset: each
     * page is one index range however deep into 100,000 customers it is.
     */
    async customersAfter(after: string | undefined, limit: number): Promise<CustomerRecord[]> {
      const range = after === undefined ? db.customers.orderBy('handle') : db.customers.where('handle').above(after);
      return range.limit(limit).toArray();
    },
    /** The next `limit` events after id `after`, in id (insertion) order. */
    async eventsAfter(after: number | undefined, limit: number): Promise<CustomerEventRecord[]> {
      const range = after === undefined ? db.events.orderBy('id') : db.events.where('id').above(after);
      return range.limit(limit).toArray();
    },
    async templates(): Promise<TemplateRecord[]> {
      return db.templates.toArray();
    },
    async packs(): Promise<PackRecord[]> {
      return db.packs.toArray();
    },
    /**
     * Replace every table with `data` in ONE read-write transaction: if any write fails (a duplicate
     * key, quota), IndexedDB rolls it all back and the old data stays exactly as it was. The card's
     * copies of recent notes are derived again from the events (a v3 backup has none). The handoff
     * outbox is not part of a backup and is left alone: a case still waiting to be delivered must not
     * be lost to a restore. The card's handoff summaries are derived again from that outbox, so a
     * restored customer keeps its tickets and its failed handoff's Retry.
     */
    async replaceAll(data: DatabaseDump): Promise<void> {
      const collector = recentNotesCollector();
      for (const event of data.events) collector.add(event);
      const notes = collector.result();
      await db.transaction('rw', [...tables(), db.handoffs], async () => {
        const handoffs = summariesByCustomer(await db.handoffs.toArray());
        const customers = data.customers.map(({ recentNotes: _old, handoffs: _backup, ...c }) => {
          const recent = notes.get(c.handle);
          const summaries = handoffs.get(c.handle);
          // Search fields are derived: computed here, whatever the file says (an older backup has none).
          return withSearchFields({
            ...c,
            ...(recent ? { recentNotes: recent } : {}),
            ...(summaries ? { handoffs: summaries } : {}),
          });
        });
        await Promise.all(tables().map((t) => t.clear()));
        await db.customers.bulkAdd(customers);
        await db.events.bulkAdd(data.events);
        await db.templates.bulkAdd(data.templates);
        await db.packs.bulkAdd(data.packs);
      });
    },
  };
}

export type BackupRepo = ReturnType<typeof backupRepo>;
