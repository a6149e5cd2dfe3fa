/**
 * Customer history: reads `db.events`, adds plain events and applies retention. Events that change
 * the customer record too are written by its owner in one transaction (customersRepo.addNote /
 * changeTag, handoffsRepo.create).
 */
import { handleKey } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import { queueTeamEvent } from './team-outbox-repo';
import type { CustomerEventRecord } from './types';

export const HISTORY_PAGE = 50;

export function eventsRepo(db: CarelineDatabase = database()) {
  /** Events of one customer, newest first, before `before` (ISO; paging), at most `limit`. */
  function newest(handle: string, limit = HISTORY_PAGE, before = '\uffff') {
    const key = handleKey(handle);
    return db.events
      .where('[customerHandle+at]')
      .between([key, ''], [key, before], true, false)
      .reverse()
      .limit(limit)
      .toArray();
  }

  return {
    /** One event; made while joined to a team (`by`), queued for the team in the same transaction. */
    async add(event: Omit<CustomerEventRecord, 'id'>): Promise<number> {
      const stored: CustomerEventRecord = { ...event, customerHandle: handleKey(event.customerHandle) };
      if (!event.by) return db.events.add(stored) as Promise<number>;
      return db.transaction('rw', db.events, db.customers, db.teamOutbox, async () => {
        stored.id = (await db.events.add(stored)) as number;
        await queueTeamEvent(db, stored);
        return stored.id;
      });
    },
    async bulkAdd(events: Omit<CustomerEventRecord, 'id'>[]): Promise<void> {
      await db.events.bulkAdd(events.map((e) => ({ ...e, customerHandle: handleKey(e.customerHandle) })));
    },
    newest,
    /**
     * Retention: delete every event older than `cutoff` (ISO), and the copies of old notes kept on
     * customer records, in one transaction. Returns how many events went.
     */
    async deleteOlderThan(cutoff: string): Promise<number> {
      return db.transaction('rw', db.events, db.customers, async () => {
        const gone = await db.events.where('at').below(cutoff).delete();
        await db.customers
          .filter((c) => c.recentNotes?.some((n) => n.at < cutoff) ?? false)
          .modify((c) => {
            c.recentNotes = c.recentNotes?.filter((n) => n.at >= cutoff);
          });
        return gone;
      });
    },
    /**
     * The newest sent replies that name their template and the post they answered (what the
     * suggester learns from), among the newest `scan` events: a bounded read, however long the log.
     */
    async recentAnswers(limit = 1000, scan = 4000): Promise<Array<{ postText: string; templateId: string }>> {
      const recent = await db.events.orderBy('at').reverse().limit(scan).toArray();
      const answers: Array<{ postText: string; templateId: string }> = [];
      for (const e of recent) {
        if (e.kind === 'reply-sent' && e.templateId && e.postText)
          answers.push({ postText: e.postText, templateId: e.templateId });
        if (answers.length >= limit) break;
      }
      return answers;
    },
    /**
     * Replies logged for the post `statusId` at or after `since` (ISO): the agent's own and the
     * colleagues' pulled from the team. A read of the time index from `since`, so it stays short.
     */
    async repliesToPostSince(statusId: string, since: string): Promise<CustomerEventRecord[]> {
      return db.events
        .where('at')
        .aboveOrEqual(since)
        .filter((e) => e.kind === 'reply-sent' && e.statusId === statusId)
        .toArray();
    },
    async count(): Promise<number> {
      return db.events.count();
    },
  };
}

export type EventsRepo = ReturnType<typeof eventsRepo>;
