/**
 * Linking X accounts to customer records. A CRM export has no X handles: its customers are keyed
 * `crm:<customer id>` until an agent, once the customer has verified in DM, links the X account in
 * the panel. Linking moves the record to the handle's key and brings along everything Careline
 * logged under either key (history, handoffs, notes, tags), in one transaction. X's numeric user id
 * is kept on the record, so when the customer renames their handle the card recognises them and
 * the agent moves the record (and its history) to the new handle with one click. Only the agent's
 * click moves anything: the id comes from x.com's page, which may be forged.
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
  constructor(
    readonly reason: 'gone' | 'linked-elsewhere' | 'not-linked',
    readonly other?: string,
  ) {
    super(reason);
  }
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const USER_ID = /^\d{1,25}$/;

/**
 * `source` under the X account's key, with what Careline already had for that account (`target`):
 * the CRM's fields win, tags, attributes, notes and handoffs of both are kept.
 */
export function mergeIntoAccount(
  source: CustomerRecord,
  target: CustomerRecord | undefined,
  x: XAccount,
  at: string,
): CustomerRecord {
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
    await db.events
      .where('[customerHandle+at]')
      .between([from, ''], [from, '\uffff'])
      .modify((e) => {
        e.customerHandle = to;
      });
    await db.handoffs
      .where('[customerHandle+createdAt]')
      .between([from, ''], [from, '\uffff'])
      .modify((h) => {
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
          handle: crmKey(record.customerId),
          displayHandle: '',
          name: record.name,
          customerId: record.customerId,
          phone: record.phone,
          email: record.email,
          plan: record.plan,
          note: record.note,
          tags: record.tags.filter((t) => crmTags.includes(t)),
          ...(record.crmTags ? { crmTags } : {}),
          attributes: record.attributes,
          createdAt,
          updatedAt: stamp.at,
        });
        const account: CustomerRecord = withSearchFields({
          handle: key,
          displayHandle,
          ...(userId ? { userId } : {}),
          tags: record.tags.filter((t) => !crmTags.includes(t)),
          attributes: {},
          ...(recentNotes ? { recentNotes } : {}),
          ...(handoffs ? { handoffs } : {}),
          createdAt,
          updatedAt: stamp.at,
        });
        await db.customers.bulkPut([crm, account]);
        await db.events.add({ ...stamp, customerHandle: key, kind: 'unlinked', text: record.customerId });
      });
    },

    /**
     * Remembers the numeric user id the page shows for a known handle that has none yet. Nothing
     * else: the id is read from x.com's page, which may lie, so it never moves anything by itself.
     */
    async rememberUserId(x: Required<XAccount>): Promise<void> {
      const key = handleKey(x.handle);
      const userId = x.userId.trim();
      if (!USER_ID.test(userId)) return;
      await db.transaction('rw', db.customers, async () => {
        const current = await db.customers.get(key);
        if (!current || current.userId) return;
        if (await db.customers.where('userId').equals(userId).count()) return;
        await db.customers.put({ ...current, userId });
      });
    },

    /** The record kept under another handle for this X user id: the customer renamed themselves on X. */
    async renamedFrom(x: Required<XAccount>): Promise<CustomerRecord | undefined> {
      const key = handleKey(x.handle);
      if (!USER_ID.test(x.userId.trim())) return undefined;
      const owner = await db.customers.where('userId').equals(x.userId.trim()).first();
      return owner && owner.handle !== key && isXKey(owner.handle) ? owner : undefined;
    },

    /**
     * The agent confirmed the rename: the record and its history move to the new handle (merged with
     * whatever Careline logged there already), and History says so.
     */
    async followRename(x: Required<XAccount>, stamp: EventStamp): Promise<CustomerRecord> {
      const key = handleKey(x.handle);
      const userId = x.userId.trim();
      return db.transaction('rw', tables, async () => {
        const owner = USER_ID.test(userId) ? await db.customers.where('userId').equals(userId).first() : undefined;
        if (!owner || owner.handle === key || !isXKey(owner.handle)) throw new LinkError('gone');
        const old = owner.displayHandle || owner.handle;
        const record = await moveTo(owner, { handle: x.handle, userId }, stamp.at);
        await db.events.add({
          ...stamp,
          customerHandle: key,
          kind: 'renamed',
          text: `@${old} → @${x.handle.replace(/^@/, '')}`,
        });
        return record;
      });
    },
  };
}

export type CustomerLinks = ReturnType<typeof customerLinks>;
