/**
 * Customers: reads and writes `db.customers`. A note or a tag is written here with its history event
 * in one transaction, and erasing a customer erases its events and handoffs in the same one.
 */
import { layoutReadings } from '@/utils/text/keyboard-layout';
import {
  crmKey,
  foldForSearch,
  handleKey,
  phoneDigits,
  phoneQueryTail,
  phoneTail,
  searchKeysOf,
} from './customer-keys';
import { database, type CarelineDatabase } from './database';
import { queueTeamEvent } from './team-outbox-repo';
import { RECENT_NOTES, type CustomerEventRecord, type CustomerRecord } from './types';

export { crmKey, handleKey, isXKey, phoneDigits } from './customer-keys';

/**
 * What an import or the agent provides; the rest is bookkeeping. A row without a handle is keyed by
 * its customer ID (a CRM export has no X handles; the agent links the X account later).
 */
export type CustomerInput = Omit<
  CustomerRecord,
  | 'handle'
  | 'displayHandle'
  | 'phoneDigits'
  | 'phoneTail'
  | 'searchKeys'
  | 'crmTags'
  | 'createdAt'
  | 'updatedAt'
  | 'tags'
  | 'attributes'
> & {
  handle?: string;
  tags?: string[];
  attributes?: Record<string, string>;
};

const now = () => new Date().toISOString();

/** Stored keys an import chunk reads in one go to learn which of its customers exist. */
const KEY_SCAN_LIMIT = 100_000;

/** The key an input is stored under when no record holds it yet. */
export function inputKey(input: CustomerInput): string {
  if (input.handle?.trim()) return handleKey(input.handle);
  if (input.customerId?.trim()) return crmKey(input.customerId);
  throw new Error('A customer needs a handle or a customer ID');
}

/** The record with its derived, indexed fields (phone digits, reversed phone, search keys) brought up to date. */
export function withSearchFields(record: CustomerRecord): CustomerRecord {
  const digits = phoneDigits(record.phone);
  const tail = phoneTail(record.phone);
  const { phoneDigits: _d, phoneTail: _t, ...rest } = record;
  return {
    ...rest,
    ...(digits ? { phoneDigits: digits } : {}),
    ...(tail ? { phoneTail: tail } : {}),
    searchKeys: searchKeysOf(record),
  };
}

/**
 * A new record, or `existing` updated with every CRM field the input has (re-import updates, never
 * duplicates). Tags: the input's are the CRM's; they replace the CRM's tags of the last import and
 * every tag an agent added stays. Notes, history, handoffs and the linked X account are the record's.
 */
export function mergeCustomer(
  input: CustomerInput,
  existing: CustomerRecord | undefined,
  at: string = now(),
): CustomerRecord {
  const key = existing?.handle ?? inputKey(input);
  const displayHandle = input.handle ? input.handle.trim().replace(/^@/, '') : '';
  const { handle: _h, tags: crmTags, ...fields } = input;
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<CustomerInput>;
  const agentTags = (existing?.tags ?? []).filter((t) => !(existing?.crmTags ?? []).includes(t));
  const tags = crmTags ? [...new Set([...crmTags, ...agentTags])] : (existing?.tags ?? []);
  return withSearchFields({
    ...existing,
    ...defined,
    handle: key,
    displayHandle: existing?.displayHandle || displayHandle,
    tags,
    ...(crmTags ? { crmTags } : existing?.crmTags ? { crmTags: existing.crmTags } : {}),
    attributes: { ...existing?.attributes, ...input.attributes },
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  });
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
        const record = mergeCustomer(input, await db.customers.get(inputKey(input)));
        await db.customers.put(record);
        return record;
      });
    },
    /**
     * One chunk of an import, in one transaction: existing customers are updated, never duplicated.
     * Rows with a handle are matched by handle, with one bulkGet (its gets are pipelined; a cursor
     * over the keys would wait for a round trip per key); rows without one by customer ID, wherever
     * that record lives now (still `crm:<id>`, or linked to an X account since the last import).
     * `fresh[i]`, when given, is `mergeCustomer(inputs[i], undefined, at)` computed before the
     * transaction, so a new customer costs no work inside it (the import prepares the next chunk
     * while this one commits).
     */
    async upsertMany(
      inputs: CustomerInput[],
      at: string = now(),
      fresh?: readonly CustomerRecord[],
    ): Promise<{ created: number; updated: number }> {
      return db.transaction('rw', db.customers, async () => {
        const keys = inputs.map((i) => (i.handle?.trim() ? handleKey(i.handle) : undefined));
        const withHandle = keys.filter((k): k is string => k !== undefined);
        const byKey = new Map<string, CustomerRecord>();
        if (withHandle.length) {
          // Which keys exist: one read of the stored keys between the chunk's first and last key when
          // there are few enough (a first import), else a get per key. Only existing records are read.
          const sorted = [...withHandle].sort();
          const stored = await db.customers
            .where(':id')
            .between(sorted[0] as string, sorted[sorted.length - 1] as string, true, true)
            .limit(KEY_SCAN_LIMIT)
            .primaryKeys();
          const present = stored.length < KEY_SCAN_LIMIT ? new Set(stored) : undefined;
          const found = present ? withHandle.filter((k) => present.has(k)) : withHandle;
          if (found.length) for (const c of await db.customers.bulkGet(found)) if (c) byKey.set(c.handle, c);
        }
        const ids = inputs.filter((i) => !i.handle?.trim()).map((i) => i.customerId?.trim() ?? '');
        const byId = new Map<string, CustomerRecord>();
        if (ids.length)
          for (const c of await db.customers.where('customerId').anyOf(ids).toArray())
            if (c.customerId) byId.set(c.customerId, c);
        let updated = 0;
        const records = inputs.map((input, i) => {
          const key = keys[i];
          const found = key !== undefined ? byKey.get(key) : byId.get(input.customerId?.trim() ?? '');
          if (!found) return fresh?.[i] ?? mergeCustomer(input, undefined, at);
          updated++;
          return mergeCustomer(input, found, at);
        });
        await db.customers.bulkPut(records);
        return { created: records.length - updated, updated };
      });
    },
    /**
     * A note: its history event, and its copy among the record's recent notes (what the card shows),
     * in one transaction. A note on someone without a record creates the record. Made while joined to a
     * team (`by`), it is queued for the team in the same transaction.
     */
    async addNote(note: Omit<CustomerEventRecord, 'id' | 'kind'>, seenName?: string): Promise<void> {
      const key = handleKey(note.customerHandle);
      await db.transaction('rw', db.customers, db.events, db.teamOutbox, async () => {
        const event: CustomerEventRecord = { ...note, customerHandle: key, kind: 'note' };
        event.id = (await db.events.add(event)) as number;
        const existing = await db.customers.get(key);
        const record = existing ?? mergeCustomer({ handle: note.customerHandle, name: seenName }, undefined);
        record.recentNotes = [event, ...(record.recentNotes ?? [])].slice(0, RECENT_NOTES);
        record.updatedAt = now();
        await db.customers.put(record);
        await queueTeamEvent(db, event);
      });
    },
    /**
     * Add or remove one tag and log it, reading the record inside the same transaction: two tabs
     * tagging the same customer at once both keep their tag (a read outside it could lose one).
     * A tag on someone without a record creates the record. Nothing happens if nothing changes.
     */
    async changeTag(
      handle: string,
      tag: string,
      add: boolean,
      event: Pick<CustomerEventRecord, 'at' | 'agent' | 'by'>,
      seenName?: string,
    ): Promise<void> {
      const key = handleKey(handle);
      await db.transaction('rw', db.customers, db.events, db.teamOutbox, async () => {
        const existing = await db.customers.get(key);
        const record = existing ?? mergeCustomer({ handle, name: seenName }, undefined);
        if (add === record.tags.includes(tag)) {
          if (!existing) await db.customers.put(record);
          return;
        }
        record.tags = add ? [...record.tags, tag] : record.tags.filter((t) => t !== tag);
        record.updatedAt = now();
        await db.customers.put(record);
        const logged: CustomerEventRecord = { ...event, customerHandle: key, kind: add ? 'tag-added' : 'tag-removed' };
        logged.text = tag;
        logged.id = (await db.events.add(logged)) as number;
        await queueTeamEvent(db, logged);
      });
    },
    /** The record X's numeric user id is linked to, if any. */
    async byUserId(userId: string): Promise<CustomerRecord | undefined> {
      return db.customers.where('userId').equals(userId).first();
    },
    /**
     * Find customers by any part of the name or handle, by 초성 (`ㅂㅈㅎ`), by customer ID (prefix,
     * any case) or by a phone's last digits (`7890`, `3456-7890`), also when typed in the wrong
     * keyboard layout (`rkatk` finds 감사). Every lookup is one index range, so it stays fast at
     * 100,000 customers. At most `limit`, the query as typed first.
     */
    async search(query: string, limit = 20): Promise<CustomerRecord[]> {
      const seen = new Map<string, CustomerRecord>();
      for (const variant of layoutReadings(query)) {
        const q = foldForSearch(variant);
        if (!q) continue;
        const tail = phoneQueryTail(q);
        const digits = phoneDigits(q);
        const found = await Promise.all([
          db.customers.where('handle').equals(handleKey(q)).toArray(),
          // 초성 keys share the index: `ㅂㅈㅎ` is a prefix like any other. A record matches by several suffixes.
          db.customers.where('searchKeys').startsWith(q).distinct().limit(limit).toArray(),
          db.customers.where('customerId').startsWithIgnoreCase(variant.trim()).limit(limit).toArray(),
          tail ? db.customers.where('phoneTail').startsWith(tail).limit(limit).toArray() : [],
          digits && digits.length >= 3
            ? db.customers.where('phoneDigits').startsWith(digits).limit(limit).toArray()
            : [],
        ]);
        for (const c of found.flat()) if (!seen.has(c.handle)) seen.set(c.handle, c);
        if (seen.size >= limit) break;
      }
      return [...seen.values()].slice(0, limit);
    },
    /** Erase a customer and everything Careline logged or queued about them, in one transaction. */
    async erase(handle: string): Promise<number> {
      const key = handleKey(handle);
      return db.transaction('rw', [db.customers, db.events, db.handoffs, db.teamOutbox], async () => {
        const events = await db.events.where('[customerHandle+at]').between([key, ''], [key, '\uffff']).delete();
        await db.handoffs.where('[customerHandle+createdAt]').between([key, ''], [key, '\uffff']).delete();
        await db.teamOutbox.where('[customerHandle+createdAt]').between([key, ''], [key, '\uffff']).delete();
        await db.customers.delete(key);
        return events;
      });
    },
  };
}

export type CustomersRepo = ReturnType<typeof customersRepo>;
