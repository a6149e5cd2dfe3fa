/**
 * Linking X accounts to customer records. A CRM export has no X handles: its customers are keyed
 * `crm:<customer id>` until an agent, once the customer has verified in DM, links the X account in
 * the panel. Linking moves the record to the handle's key and brings along everything Careline
 * logged under either key (history, handoffs, notes, tags), in one transaction. X's numeric user id
 * is kept on the record, so when the customer renames their handle the record (and its history)
 * follows them to the new one.
 */
import { crmKey, handleKey, isXKey } from './customer-keys';
import { withSearchFields } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import { RECENT_HANDOFFS, RECENT_NOTES, type CustomerEventRecord, type CustomerRecord } from './types';

export interface XAccount {
  /** As X shows it, with or without @. */
  handle: string;
  /** X's numeric user id, when the page showed it. */
  userId?: string;
}

export type EventStamp = Pick<CustomerEventRecord, 'at' | 'agent'>;

/** Why a link was refused: said by the panel in the agent's language. */
export class LinkError extends Error {
  constructor(readonly reason: 'gone' | 'linked-elsewhere' | 'not-linked', readonly other?: string) {
    super(reason);
  }
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * `source` under the X account's key, with what Careline already had for that account (`target`):
 * the CRM's fields win, tags, attributes, notes and handoffs of both are kept.
 */
export function mergeIntoAccount(source: CustomerRecord, target: CustomerRecord | undefined, x: XAccount, at: string): CustomerRecord {
  const key = handleKey(x.handle);
  const notes = [...(source.recentNotes ?? []), ...(target?.recentNotes ?? [])]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, RECENT_NOTES)
    .map((n) => ({ ...n, customerHandle: key }));
  const handoffs = [...(source.handoffs ?? []), ...(target?.handoffs ?? [])]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .slice(0, RECENT_HANDOFFS);
  const userId = x.userId ?? source.userId ?? target?.userId;
  return withSearchFields({
    ...target,
    ...source,
    handle: key,
    displayHandle: x.handle.trim().replace(/^@/, ''),
    ...(userId ? { userId } : {}),
    name: source.name ?? target?.name,
    tags: union(source.tags, target?.tags ?? []),
    attributes: { ...target?.attributes, ...source.attributes },
    ...(notes.length ? { recentNotes: notes } : {}),
    ...(handoffs.length ? { handoffs } : {}),
    createdAt: target && target.createdAt < source.createdAt ? target.createdAt : source.createdAt,
    updatedAt: at,
  });
}

export function customerLinks(db: CarelineDatabase = database()) {
  /** Everything logged or queued under `from` now belongs to `to` (inside the caller's transaction). */
  async function rekey(from: string, to: string): Promise<void> {
    await db.events.where('[customerHandle+at]').between([from, ''], [from, '\uffff']).modify((e) => {
      e.customerHandle = to;
    });
    await db.handoffs.where('[customerHandle+createdAt]').between([from, ''], [from, '\uffff']).modify((h) => {
      h.customerHandle = to;
    });
  }

  async function moveTo(source: CustomerRecord, x: XAccount, at: string): Promise<CustomerRecord> {
    const key = handleKey(x.handle);
    const record = mergeIntoAccount(source, await db.customers.get(key), x, at);
    await rekey(source.handle, key);
    await db.customers.delete(source.handle);
    await db.customers.put(record);
    return record;
  }

  const tables = [db.customers, db.events, db.handoffs];

  return {
    /**
     * "Link to this customer": the record `recordKey` (a CRM customer) becomes the X account's. A
     * record already linked to another X account is refused: unlink it there first.
     */
    async link(recordKey: string, x: XAccount, stamp: EventStamp): Promise<CustomerRecord> {
      const key = handleKey(x.handle);
      return db.transaction('rw', tables, async () => {
        const source = await db.customers.get(recordKey);
        if (!source) throw new LinkError('gone');
        if (source.handle === key) return source;
        if (isXKey(source.handle)) throw new LinkError('linked-elsewhere', source.displayHandle || source.handle);
        const record = await moveTo(source, x, stamp.at);
        await db.events.add({ ...stamp, customerHandle: key, kind: 'linked', text: source.customerId ?? source.name });
        return record;
      });
    },

    /**
     * "Unlink": the CRM's part of the record goes back under its customer ID; the X account keeps
     * what agents did with it (its history, handoffs, notes and the tags agents added).
     */
    async unlink(handle: string, stamp: EventStamp): Promise<void> {
      const key = handleKey(handle);
      await db.transaction('rw', tables, async () => {
        const record = await db.customers.get(key);
        if (!record?.customerId) throw new LinkError('not-linked');
        const crmTags = record.crmTags ?? [];
        const { recentNotes, handoffs, userId, displayHandle, createdAt } = record;
        const crm: CustomerRecord = withSearchFields({
          handle: crmKey(record.customerId), displayHandle: '', name: record.name, customerId: record.customerId, phone: record.phone,
          email: record.email, plan: record.plan, note: record.note, tags: record.tags.filter((t) => crmTags.includes(t)),
          ...(record.crmTags ? { crmTags } : {}), attributes: record.attributes, createdAt, updatedAt: stamp.at,
        });
        const account: CustomerRecord = withSearchFields({
          handle: key, displayHandle, ...(userId ? { userId } : {}), tags: record.tags.filter((t) => !crmTags.includes(t)), attributes: {},
          ...(recentNotes ? { recentNotes } : {}), ...(handoffs ? { handoffs } : {}), createdAt, updatedAt: stamp.at,
        });
        await db.customers.bulkPut([crm, account]);
        await db.events.add({ ...stamp, customerHandle: key, kind: 'unlinked', text: record.customerId });
      });
    },

    /**
     * What the page shows of the X account now: remembers its numeric user id, and when that id
     * belongs to a record under another handle (the customer renamed themselves on X), moves the
     * record with its history to the new handle and logs the rename. A handle whose record has
     * another user id (X gave a freed handle to someone else) is left alone.
     */
    async follow(x: Required<XAccount>, at: string): Promise<void> {
      const key = handleKey(x.handle);
      const userId = x.userId.trim();
      if (!/^\d{1,25}$/.test(userId)) return;
      await db.transaction('rw', tables, async () => {
        const current = await db.customers.get(key);
        if (current?.userId && current.userId !== userId) return;
        const owner = await db.customers.where('userId').equals(userId).first();
        if (owner && owner.handle !== key && isXKey(owner.handle)) {
          const old = owner.displayHandle || owner.handle;
          await moveTo(owner, { handle: x.handle, userId }, at);
          await db.events.add({ at, customerHandle: key, kind: 'renamed', text: `@${old} → @${x.handle.replace(/^@/, '')}` });
        } else if (current && !current.userId) {
          await db.customers.put({ ...current, userId });
        }
      });
    },
  };
}

export type CustomerLinks = ReturnType<typeof customerLinks>;
