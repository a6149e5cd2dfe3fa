/**
 * The team outbox: events made while joined, waiting to reach the team server. A row is written in
 * the same transaction as its event (`queueTeamEvent`, called by the repositories that write events),
 * so an event the agent sees is an event that will be pushed, whatever stops in between. Pushed
 * oldest first per customer, under the event's client-made id (a retry is stored once).
 */
import { isXKey } from './customer-keys';
import { database, type CarelineDatabase } from './database';
import type { CustomerEventRecord, CustomerRecord, TeamAuthor, TeamOutboxEvent, TeamOutboxRecord } from './types';

/** The wire's limits (utils/team/wire.ts CustomerRef, NewEvent): a ref the server would refuse is not made. */
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const DIGITS = /^\d{1,25}$/;

/** How the team server is told who the customer is: from the record the agent's card resolved. */
export function customerRef(handle: string, record: CustomerRecord | undefined): TeamOutboxEvent['customer'] {
  const ref: TeamOutboxEvent['customer'] = {};
  if (record?.userId && DIGITS.test(record.userId)) ref.xUserId = record.userId;
  const shown = record?.displayHandle || (isXKey(handle) ? handle : '');
  if (shown && X_HANDLE.test(shown)) ref.handle = shown;
  if (record?.customerId) ref.crmId = record.customerId.slice(0, 200);
  return ref;
}

const TOPIC = /^[a-z][a-z0-9-]{0,39}$/;

/** A reply's topic, place and template, within the wire's limits (what does not fit is left out). */
function replyDesk(event: CustomerEventRecord): Partial<TeamOutboxEvent> {
  const place = event.place?.trim();
  return {
    ...(event.topic && TOPIC.test(event.topic) ? { topic: event.topic } : {}),
    ...(place && place.length <= 40 ? { place } : {}),
    ...(event.templateId ? { templateId: event.templateId.slice(0, 200) } : {}),
    ...(event.templateTitle ? { templateTitle: event.templateTitle.slice(0, 200) } : {}),
  };
}

/** The wire event for a local one, or undefined for kinds a team does not share. */
export function wireEvent(event: CustomerEventRecord, record: CustomerRecord | undefined): TeamOutboxEvent | undefined {
  if (!event.clientId) return undefined;
  const customer = customerRef(event.customerHandle, record);
  if (!customer.xUserId && !customer.handle && !customer.crmId) return undefined;
  const base = { clientId: event.clientId, customer, at: event.at };
  const text = event.text?.slice(0, 10_000);
  const statusId = event.statusId && DIGITS.test(event.statusId) ? { statusId: event.statusId } : {};
  // The brand account the agent answered or handed off as, for the lead's view by account.
  const account = event.account && X_HANDLE.test(event.account) ? { account: event.account.toLowerCase() } : {};
  switch (event.kind) {
    case 'note':
      return { ...base, kind: event.kind, text, ...statusId };
    case 'reply-sent':
      return { ...base, kind: event.kind, text, ...statusId, ...account, ...replyDesk(event) };
    case 'tag-added':
    case 'tag-removed':
      return event.text ? { ...base, kind: event.kind, tag: event.text.slice(0, 100) } : undefined;
    case 'handoff':
    case 'handoff-sent':
      return { ...base, kind: 'handoff', text, ...statusId, handoffId: event.handoffId?.slice(0, 200), ...account };
    default:
      return undefined;
  }
}

/**
 * Inside the caller's transaction (which must include customers and teamOutbox): queue `event`, already
 * stored, when it was made while joined (`by` set) and is a kind the team shares.
 */
export async function queueTeamEvent(
  db: CarelineDatabase,
  event: CustomerEventRecord,
  createdAt = new Date().toISOString(),
): Promise<void> {
  if (!event.by) return;
  const record = await db.customers.get(event.customerHandle);
  const wire = wireEvent(event, record);
  if (!wire) return;
  await db.teamOutbox.put({
    clientId: wire.clientId,
    customerHandle: event.customerHandle,
    createdAt,
    ...(event.id !== undefined ? { eventId: event.id } : {}),
    event: wire,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
  });
}

/** Oldest first; same instant: in the order the events were written, then by id, so every reader agrees. */
function outboxOrder(a: TeamOutboxRecord, b: TeamOutboxRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.eventId !== b.eventId) return (a.eventId ?? 0) - (b.eventId ?? 0);
  return a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
}

export interface PushedResult {
  clientId: string;
  seq: string;
  customerId: string;
}

export function teamOutboxRepo(db: CarelineDatabase = database()) {
  return {
    /**
     * What may be pushed now, oldest first, at most `limit`: each customer's queued rows up to the first
     * one not due yet (a later event never overtakes an earlier one of the same customer).
     */
    async due(now: number, limit = 500): Promise<TeamOutboxRecord[]> {
      const queued = (await db.teamOutbox.where('status').equals('queued').toArray()).sort(outboxOrder);
      const blocked = new Set<string>();
      const due: TeamOutboxRecord[] = [];
      for (const row of queued) {
        if (blocked.has(row.customerHandle)) continue;
        if (row.nextAttemptAt > now) {
          blocked.add(row.customerHandle);
          continue;
        }
        due.push(row);
        if (due.length >= limit) break;
      }
      return due;
    },
    /** Epoch ms of the soonest queued row, or undefined when nothing waits. */
    async nextAttemptAt(): Promise<number | undefined> {
      let soonest: number | undefined;
      await db.teamOutbox
        .where('status')
        .equals('queued')
        .each((row) => {
          if (soonest === undefined || row.nextAttemptAt < soonest) soonest = row.nextAttemptAt;
        });
      return soonest;
    },
    async pendingCount(): Promise<number> {
      return db.teamOutbox.where('status').equals('queued').count();
    },
    async all(): Promise<TeamOutboxRecord[]> {
      return (await db.teamOutbox.toArray()).sort(outboxOrder);
    },
    /**
     * The server holds them: each row goes, its event gets the team's order, and a customer the server
     * created for it learns its team id, in one transaction.
     */
    async settle(results: readonly PushedResult[]): Promise<void> {
      await db.transaction('rw', db.teamOutbox, db.events, db.customers, async () => {
        for (const r of results) {
          const row = await db.teamOutbox.get(r.clientId);
          if (!row) continue;
          await db.teamOutbox.delete(r.clientId);
          await db.events.where('clientId').equals(r.clientId).modify({ teamSeq: r.seq });
          const customer = await db.customers.get(row.customerHandle);
          if (customer && !customer.teamId) await db.customers.update(customer.handle, { teamId: r.customerId });
        }
      });
    },
    /** Not pushed this time: each row waits `delayMs(attempts)` and says why. */
    async retry(clientIds: readonly string[], now: number, delayMs: (attempts: number) => number, error: string) {
      await db.transaction('rw', db.teamOutbox, async () => {
        for (const row of await db.teamOutbox.bulkGet([...clientIds])) {
          if (!row) continue;
          const attempts = row.attempts + 1;
          await db.teamOutbox.update(row.clientId, {
            attempts,
            nextAttemptAt: now + delayMs(attempts),
            lastError: error,
          });
        }
      });
    },
    /** The server answers again after being out of reach: everything queued is due now, not at its backoff time. */
    async dueNow(now: number): Promise<number> {
      return db.teamOutbox
        .where('status')
        .equals('queued')
        .filter((r) => r.nextAttemptAt > now)
        .modify({ nextAttemptAt: now });
    },
    /** The server refused this event for good (it would refuse every retry): it stays local, marked. */
    async fail(clientId: string, error: string): Promise<void> {
      await db.teamOutbox.update(clientId, { status: 'failed', lastError: error });
    },
    /** One customer's rows still to push, oldest first (their tags are applied over the team's). */
    async forCustomer(handle: string): Promise<TeamOutboxRecord[]> {
      return db.teamOutbox
        .where('[customerHandle+createdAt]')
        .between([handle, ''], [handle, '\uffff'])
        .filter((r) => r.status === 'queued')
        .toArray();
    },
    /**
     * Joining a team, once: this agent's own local history (shared kinds, not yet on the server) is
     * marked as theirs in the team and queued, oldest first. Each event keeps its client-made id, so an
     * upload cut off and started again stores each event once. Returns how many were queued.
     */
    async queueHistory(author: TeamAuthor): Promise<number> {
      return db.transaction('rw', db.events, db.customers, db.teamOutbox, async () => {
        const mine = await db.events
          .orderBy('at')
          .filter((e) => e.clientId !== undefined && e.teamSeq === undefined && !e.by)
          .toArray();
        const queued = new Set(await db.teamOutbox.toCollection().primaryKeys());
        // A webhook handoff is logged queued, then delivered: the team gets it once, as queued.
        const queuedHandoffs = new Set(mine.filter((e) => e.kind === 'handoff').map((e) => e.handoffId));
        let count = 0;
        for (const event of mine) {
          if (queued.has(event.clientId ?? '') || event.id === undefined) continue;
          if (event.kind === 'handoff-sent' && event.handoffId && queuedHandoffs.has(event.handoffId)) continue;
          // Queued at the time it happened: the history goes out in its own order, before anything new.
          await queueTeamEvent(db, { ...event, by: author }, event.at);
          if (!(await db.teamOutbox.get(event.clientId ?? ''))) continue;
          await db.events.update(event.id, { by: author });
          count++;
        }
        return count;
      });
    },
    async clear(): Promise<void> {
      await db.teamOutbox.clear();
    },
  };
}

export type TeamOutboxRepo = ReturnType<typeof teamOutboxRepo>;
