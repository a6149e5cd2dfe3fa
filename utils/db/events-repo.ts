/** Customer history: the only code that reads or writes `db.events`. */
import { handleKey } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import type { CustomerEventRecord } from './types';

export const HISTORY_PAGE = 50;

export function eventsRepo(db: CarelineDatabase = database()) {
  /** Events of one customer, newest first, before `before` (ISO; paging), at most `limit`. */
  function newest(handle: string, limit = HISTORY_PAGE, before = '\uffff', kinds?: CustomerEventRecord['kind'][]) {
    const key = handleKey(handle);
    let collection = db.events.where('[customerHandle+at]').between([key, ''], [key, before], true, false).reverse();
    if (kinds) collection = collection.filter((e) => kinds.includes(e.kind));
    return collection.limit(limit).toArray();
  }

  return {
    async add(event: Omit<CustomerEventRecord, 'id'>): Promise<number> {
      return db.events.add({ ...event, customerHandle: handleKey(event.customerHandle) }) as Promise<number>;
    },
    async bulkAdd(events: Omit<CustomerEventRecord, 'id'>[]): Promise<void> {
      await db.events.bulkAdd(events.map((e) => ({ ...e, customerHandle: handleKey(e.customerHandle) })));
    },
    newest,
    notes(handle: string, limit = HISTORY_PAGE) {
      return newest(handle, limit, '\uffff', ['note']);
    },
    /** Retention: delete every event older than `cutoff` (ISO). Returns how many went. */
    async deleteOlderThan(cutoff: string): Promise<number> {
      return db.events.where('at').below(cutoff).delete();
    },
    async count(): Promise<number> {
      return db.events.count();
    },
  };
}

export type EventsRepo = ReturnType<typeof eventsRepo>;
