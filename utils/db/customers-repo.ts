/**
 * Customers: reads and writes `db.customers`. A note or a tag is written here with its history event
 * in one transaction, and erasing a customer erases its events and handoffs in the same one.
 */
import { database, type CarelineDatabase } from './database';
import { RECENT_NOTES, type CustomerEventRecord, type CustomerRecord } from './types';

/** X handles are case-insensitive and shown with or without @. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

export function phoneDigits(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits || undefined;
}

/** What an import or the agent provides; the rest is bookkeeping. */
export type CustomerInput = Omit<CustomerRecord, 'handle' | 'displayHandle' | 'phoneDigits' | 'createdAt' | 'updatedAt' | 'tags' | 'attributes'> & {
  handle: string;
  tags?: string[];
  attributes?: Record<string, string>;
};

const now = () => new Date().toISOString();

/** A new record, or `existing` updated with every field the input has (re-import updates, never duplicates). */
export function mergeCustomer(input: CustomerInput, existing: CustomerRecord | undefined, at: string = now()): CustomerRecord {
  const displayHandle = input.handle.trim().replace(/^@/, '');
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== '')) as Partial<CustomerInput>;
  return {
    ...existing,
    ...defined,
    handle: handleKey(input.handle),
    displayHandle: existing?.displayHandle ?? displayHandle,
    phoneDigits: phoneDigits(defined.phone ?? existing?.phone),
    tags: input.tags ?? existing?.tags ?? [],
    attributes: { ...existing?.attributes, ...input.attributes },
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
}

export function customersRepo(db: CarelineDatabase = database()) {
  return {
    async get(handle: string): Promise<CustomerRecord | undefined> {
      return db.customers.get(handleKey(handle));
    },
    async count(): Promise<number> {
      return db.customers.count();
    },
    /** Create or update one customer (the panel's "New customer", edits). */
    async upsert(input: CustomerInput): Promise<CustomerRecord> {
      return db.transaction('rw', db.customers, async () => {
        const record = mergeCustomer(input, await db.customers.get(handleKey(input.handle)));
        await db.customers.put(record);
        return record;
      });
    },
    /** One chunk of an import, in one transaction: existing customers are updated, never duplicated. */
    async upsertMany(inputs: CustomerInput[], at: string = now()): Promise<{ created: number; updated: number }> {
      return db.transaction('rw', db.customers, async () => {
        const keys = inputs.map((i) => handleKey(i.handle));
        // Which of these exist, by key only (one cursor over the primary key, no records read):
        // a first import then reads nothing back, and a re-import reads only what it merges.
        const known = new Set(await db.customers.where('handle').anyOf(keys).primaryKeys());
        const existing = known.size > 0 ? await db.customers.bulkGet(keys.filter((k) => known.has(k))) : [];
        const byKey = new Map(existing.filter((c): c is CustomerRecord => c !== undefined).map((c) => [c.handle, c]));
        const records = inputs.map((input, i) => mergeCustomer(input, byKey.get(keys[i] ?? ''), at));
        await db.customers.bulkPut(records);
        return { created: records.length - byKey.size, updated: byKey.size };
      });
    },
    /**
     * A note: its history event, and its copy among the record's recent notes (what the card shows),
     * in one transaction. A note on someone without a record creates the record.
     */
    async addNote(note: Omit<CustomerEventRecord, 'id' | 'kind'>, seenName?: string): Promise<void> {
      const key = handleKey(note.customerHandle);
      await db.transaction('rw', db.customers, db.events, async () => {
        const event: CustomerEventRecord = { ...note, customerHandle: key, kind: 'note' };
        event.id = (await db.events.add(event)) as number;
        const existing = await db.customers.get(key);
        const record = existing ?? mergeCustomer({ handle: note.customerHandle, name: seenName }, undefined);
        record.recentNotes = [event, ...(record.recentNotes ?? [])].slice(0, RECENT_NOTES);
        record.updatedAt = now();
        await db.customers.put(record);
      });
    },
    /**
     * Add or remove one tag and log it, reading the record inside the same transaction: two tabs
     * tagging the same customer at once both keep their tag (a read outside it could lose one).
     * A tag on someone without a record creates the record. Nothing happens if nothing changes.
     */
    async changeTag(handle: string, tag: string, add: boolean, event: Pick<CustomerEventRecord, 'at' | 'agent'>, seenName?: string): Promise<void> {
      const key = handleKey(handle);
      await db.transaction('rw', db.customers, db.events, async () => {
        const existing = await db.customers.get(key);
        const record = existing ?? mergeCustomer({ handle, name: seenName }, undefined);
        if (add === record.tags.includes(tag)) {
          if (!existing) await db.customers.put(record);
          return;
        }
        record.tags = add ? [...record.tags, tag] : record.tags.filter((t) => t !== tag);
        record.updatedAt = now();
        await db.customers.put(record);
        await db.events.add({ ...event, customerHandle: key, kind: add ? 'tag-added' : 'tag-removed', text: tag });
      });
    },
    /**
     * Find customers by handle prefix, name prefix, customer id or phone (digits), at most `limit`.
     * Each is one index range, so it stays fast at 100,000 customers.
     */
    async search(query: string, limit = 20): Promise<CustomerRecord[]> {
      const q = query.trim();
      if (!q) return [];
      const key = handleKey(q);
      const digits = phoneDigits(q);
      const found = await Promise.all([
        db.customers.where('handle').startsWith(key).limit(limit).toArray(),
        db.customers.where('name').startsWithIgnoreCase(q).limit(limit).toArray(),
        db.customers.where('customerId').equals(q).limit(limit).toArray(),
        digits && digits.length >= 3 ? db.customers.where('phoneDigits').startsWith(digits).limit(limit).toArray() : [],
      ]);
      const seen = new Map<string, CustomerRecord>();
      for (const c of found.flat()) if (!seen.has(c.handle)) seen.set(c.handle, c);
      return [...seen.values()].slice(0, limit);
    },
    /** Erase a customer and everything Careline logged or queued about them, in one transaction. */
    async erase(handle: string): Promise<number> {
      const key = handleKey(handle);
      return db.transaction('rw', db.customers, db.events, db.handoffs, async () => {
        const events = await db.events.where('[customerHandle+at]').between([key, ''], [key, '\uffff']).delete();
        await db.handoffs.where('[customerHandle+createdAt]').between([key, ''], [key, '\uffff']).delete();
        await db.customers.delete(key);
        return events;
      });
    },
  };
}

export type CustomersRepo = ReturnType<typeof customersRepo>;
