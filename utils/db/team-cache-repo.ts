/**
 * The team's customers on this machine: only those this agent looked up, each kept until the team's
 * cache time runs out (`cachedUntil`), then swept. Pulled events join the history under their
 * client-made id (a copy already here is skipped), tombstones delete the local copy, and leaving the
 * team turns the cached customers into ordinary local ones.
 */
import { seqAfter, tagEventApplies, teamRecord, toLocalEvent, withTag } from '../team/apply';
import type { LookupResponse, TeamCustomer, TeamEvent } from '../team/wire';
import { crmKey, handleKey } from './customer-keys';
import { withSearchFields } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import { newestFirst } from './recent-notes';
import { RECENT_NOTES, type CustomerEventRecord, type CustomerRecord } from './types';

const isTagEvent = (e: Pick<CustomerEventRecord, 'kind'>) => e.kind === 'tag-added' || e.kind === 'tag-removed';

export function teamCacheRepo(db: CarelineDatabase = database()) {
  const range = (key: string): [[string, string], [string, string]] => [
    [key, ''],
    [key, '\uffff'],
  ];

  /** The local record holding the team's customer, wherever it lives now. */
  async function findLocal(team: TeamCustomer, asked?: string): Promise<CustomerRecord | undefined> {
    const byTeam = await db.customers.where('teamId').equals(team.id).first();
    if (byTeam) return byTeam;
    if (team.xUserId) {
      const byUser = await db.customers.where('userId').equals(team.xUserId).first();
      if (byUser) return byUser;
    }
    for (const handle of [team.handle, asked]) {
      const found = handle ? await db.customers.get(handleKey(handle)) : undefined;
      if (found) return found;
    }
    return team.crmId ? db.customers.where('customerId').equals(team.crmId).first() : undefined;
  }

  /**
   * Adds the server's events not already here to `record`'s history (and its notes copy); with
   * `tags`, tag events change the record's tags as server order decides. Returns how many were new.
   */
  async function addPulled(record: CustomerRecord, events: readonly TeamEvent[], tags: boolean): Promise<number> {
    const ordered = [...events].sort((a, b) => (seqAfter(a.seq, b.seq) ? 1 : seqAfter(b.seq, a.seq) ? -1 : 0));
    const known = new Map<string, CustomerEventRecord>();
    const ids = ordered.map((e) => e.clientId);
    for (const e of await db.events.where('clientId').anyOf(ids).toArray()) if (e.clientId) known.set(e.clientId, e);
    const localTags = tags
      ? await db.events
          .where('[customerHandle+at]')
          .between(...range(record.handle))
          .filter(isTagEvent)
          .toArray()
      : [];
    let added = 0;
    for (const pulled of ordered) {
      const mine = known.get(pulled.clientId);
      if (mine) {
        if (mine.teamSeq === undefined && mine.id !== undefined)
          await db.events.update(mine.id, { teamSeq: pulled.seq });
        continue;
      }
      const event: CustomerEventRecord = toLocalEvent(pulled, record.handle);
      event.id = (await db.events.add(event)) as number;
      known.set(pulled.clientId, event);
      added++;
      if (event.kind === 'note')
        record.recentNotes = [event, ...(record.recentNotes ?? [])].sort(newestFirst).slice(0, RECENT_NOTES);
      if (tags && pulled.tag && isTagEvent(pulled) && tagEventApplies(pulled, localTags)) {
        record.tags = withTag(record.tags, pulled.tag, pulled.kind === 'tag-added');
        localTags.push(event);
      }
    }
    return added;
  }

  /** Deletes local copies (record, history, handoffs, unsent team events) by key, inside a transaction. */
  async function deleteLocal(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await db.events
        .where('[customerHandle+at]')
        .between(...range(key))
        .delete();
      await db.handoffs
        .where('[customerHandle+createdAt]')
        .between(...range(key))
        .delete();
      await db.teamOutbox
        .where('[customerHandle+createdAt]')
        .between(...range(key))
        .delete();
      await db.customers.delete(key);
    }
  }

  const tables = () => [db.customers, db.events, db.handoffs, db.teamOutbox];

  return {
    /**
     * A lookup's answer on this machine: the customer's record (created, or the existing one updated
     * with the team's fields), the events not here yet, tags as the server's order leaves them with
     * this agent's unsent tag changes on top. A customer the agent already had before is never swept.
     * Returns the local key.
     */
    async cacheLookup(
      answer: LookupResponse & { customer: TeamCustomer },
      asked: { handle?: string },
      cachedUntil: number,
      now = new Date(),
    ): Promise<string> {
      return db.transaction('rw', tables(), async () => {
        const team = answer.customer;
        const existing = await findLocal(team, asked.handle);
        const handle = team.handle ?? asked.handle;
        const key = existing?.handle ?? (handle ? handleKey(handle) : crmKey(team.crmId ?? team.id));
        let tags = [...answer.tags];
        for (const row of await db.teamOutbox
          .where('[customerHandle+createdAt]')
          .between(...range(key))
          .toArray())
          if (row.status === 'queued' && row.event.tag)
            tags = withTag(tags, row.event.tag, row.event.kind === 'tag-added');
        const record = teamRecord(team, tags, existing, key, now.toISOString());
        if (!existing || existing.cachedUntil !== undefined) record.cachedUntil = cachedUntil;
        await addPulled(record, answer.events, false);
        await db.customers.put(withSearchFields(record));
        return key;
      });
    },

    /**
     * A pull's answer: events of customers kept here join their history (tags follow server order),
     * erased customers are deleted here too. Returns whether anything on this machine changed.
     */
    async applyPulled(events: readonly TeamEvent[], erased: readonly string[]): Promise<boolean> {
      return db.transaction('rw', tables(), async () => {
        let changed = false;
        if (erased.length) {
          const gone = await db.customers
            .where('teamId')
            .anyOf([...erased])
            .primaryKeys();
          await deleteLocal(gone);
          changed ||= gone.length > 0;
        }
        const byCustomer = new Map<string, TeamEvent[]>();
        for (const e of events) byCustomer.set(e.customerId, [...(byCustomer.get(e.customerId) ?? []), e]);
        for (const [teamId, list] of byCustomer) {
          const record = await db.customers.where('teamId').equals(teamId).first();
          if (!record) continue;
          if ((await addPulled(record, list, true)) > 0) {
            record.updatedAt = new Date().toISOString();
            await db.customers.put(record);
            changed = true;
          }
        }
        return changed;
      });
    },

    /** The team ids of the customers kept here (what a pull asks about). */
    async teamIds(): Promise<string[]> {
      return (await db.customers.where('teamId').above('').uniqueKeys()).map(String);
    },

    /** Deletes the cached copies whose time ran out, except those with events still to push. */
    async sweep(now: number): Promise<number> {
      return db.transaction('rw', tables(), async () => {
        const expired = await db.customers.where('cachedUntil').below(now).primaryKeys();
        const waiting = await db.teamOutbox.where('status').equals('queued').toArray();
        const keep = new Set(waiting.map((r) => r.customerHandle));
        const gone = expired.filter((k) => !keep.has(k));
        await deleteLocal(gone);
        return gone.length;
      });
    },

    /** Leaving the team: every cached customer becomes an ordinary local one; nothing is deleted but the unsent queue. */
    async keepLocal(): Promise<number> {
      return db.transaction('rw', db.customers, db.teamOutbox, async () => {
        await db.teamOutbox.clear();
        return db.customers
          .where('teamId')
          .above('')
          .modify((c: CustomerRecord) => {
            delete c.teamId;
            delete c.cachedUntil;
          });
      });
    },
  };
}

export type TeamCacheRepo = ReturnType<typeof teamCacheRepo>;
