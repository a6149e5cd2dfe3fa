/**
 * The handoff outbox: reads and writes `db.handoffs` (customersRepo.erase deletes a customer's rows).
 * Every state change of a handoff is one transaction with what depends on it (its history event, the
 * customer card's summary), so a crash between two writes cannot leave the card saying something the outbox does not.
 */
import type { DeliveryOutcome } from '../handoff/types';
import { handleKey, mergeCustomer } from './customers-repo';
import { database, type CarelineDatabase } from './database';
import { queueTeamEvent } from './team-outbox-repo';
import {
  RECENT_HANDOFFS,
  type CustomerEventRecord,
  type CustomerRecord,
  type HandoffRecord,
  type HandoffSummary,
} from './types';

const pendingStatuses = ['queued', 'sending'] as const;

function summary(h: HandoffRecord): HandoffSummary {
  const s: HandoffSummary = { id: h.id, reason: h.payload.reason, createdAt: h.createdAt, status: h.status };
  if (h.ticketId) s.ticketId = h.ticketId;
  if (h.lastError) s.lastError = h.lastError;
  return s;
}

/** What the card keeps: the newest RECENT_HANDOFFS summaries, newest first. */
function newest(list: HandoffSummary[]): HandoffSummary[] {
  return list
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(0, RECENT_HANDOFFS);
}

/** The card's list: this handoff's summary replaces its old one or goes first. */
function withSummary(customer: CustomerRecord, h: HandoffRecord): CustomerRecord {
  const others = (customer.handoffs ?? []).filter((s) => s.id !== h.id);
  return { ...customer, handoffs: newest([summary(h), ...others]) };
}

/**
 * The card summaries of every customer, from the outbox itself (a restore puts back the customers
 * of a backup, which has no outbox: their summaries are derived again from what the outbox holds).
 */
export function summariesByCustomer(handoffs: readonly HandoffRecord[]): Map<string, HandoffSummary[]> {
  const byCustomer = new Map<string, HandoffSummary[]>();
  // Stored handles are already keys (handleKey at create).
  for (const h of handoffs) byCustomer.set(h.customerHandle, [...(byCustomer.get(h.customerHandle) ?? []), summary(h)]);
  for (const [handle, list] of byCustomer) byCustomer.set(handle, newest(list));
  return byCustomer;
}

/** Oldest first; same instant: by id, so every reader agrees on one order. */
export function outboxOrder(a: HandoffRecord, b: HandoffRecord): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The history event of a handoff's end: delivered (with the ticket) or failed for good (with why). */
function outcomeEvent(h: HandoffRecord, outcome: DeliveryOutcome, now: number): Omit<CustomerEventRecord, 'id'> {
  const event: Omit<CustomerEventRecord, 'id'> = {
    customerHandle: h.customerHandle,
    kind: outcome.kind === 'sent' ? 'handoff-sent' : 'handoff-failed',
    at: new Date(now).toISOString(),
    handoffId: h.id,
    tweetUrl: h.payload.conversation.url,
    statusId: h.payload.conversation.statusId,
  };
  if (outcome.kind === 'sent' && outcome.ticketId) event.ticketId = outcome.ticketId;
  if (outcome.kind === 'failed') event.text = outcome.message;
  return event;
}

export function handoffsRepo(db: CarelineDatabase = database()) {
  /** Writes `h` and mirrors it onto the customer's card, inside the caller's transaction. */
  async function putWithSummary(h: HandoffRecord): Promise<void> {
    await db.handoffs.put(h);
    const customer = await db.customers.get(h.customerHandle);
    if (customer) await db.customers.put(withSummary(customer, h));
  }

  return {
    /**
     * Queue a handoff: the outbox row, its history event and the card's summary in ONE transaction,
     * before any network call. Creating the same id twice (a double click, a retried message) returns
     * the first one unchanged: one handoff is never queued under two ids, nor one id twice.
     */
    async create(
      handoff: Omit<HandoffRecord, 'eventId'>,
      event: Omit<CustomerEventRecord, 'id'>,
      seenName?: string,
    ): Promise<HandoffRecord> {
      const key = handleKey(handoff.customerHandle);
      return db.transaction('rw', [db.handoffs, db.events, db.customers, db.teamOutbox], async () => {
        const existing = await db.handoffs.get(handoff.id);
        if (existing) return existing;
        const logged: CustomerEventRecord = { ...event, customerHandle: key, handoffId: handoff.id };
        const eventId = (await db.events.add(logged)) as number;
        const record: HandoffRecord = { ...handoff, customerHandle: key, eventId };
        // A handoff belongs to a customer: someone Careline did not know gets a record, as with notes.
        if (!(await db.customers.get(key)))
          await db.customers.put(mergeCustomer({ handle: handoff.customerHandle, name: seenName }, undefined));
        await putWithSummary(record);
        // Made while joined to a team: its summary is queued for the team too.
        await queueTeamEvent(db, { ...logged, id: eventId });
        return record;
      });
    },

    async get(id: string): Promise<HandoffRecord | undefined> {
      return db.handoffs.get(id);
    },

    /** Queued or being sent, oldest first: what the background has to deliver. */
    async pending(): Promise<HandoffRecord[]> {
      const rows = await db.handoffs
        .where('status')
        .anyOf([...pendingStatuses])
        .toArray();
      return rows.sort(outboxOrder);
    },

    /** How many are queued or being sent: a count over the status index, no rows read (options shows it live). */
    async pendingCount(): Promise<number> {
      return db.handoffs
        .where('status')
        .anyOf([...pendingStatuses])
        .count();
    },

    /** Failed for good (shown in options with the reason), newest first. */
    async failed(): Promise<HandoffRecord[]> {
      const rows = await db.handoffs.where('status').equals('failed').toArray();
      return rows.sort(outboxOrder).reverse();
    },

    /** One customer's handoffs, newest first. */
    async forCustomer(handle: string, limit = 20): Promise<HandoffRecord[]> {
      const key = handleKey(handle);
      return db.handoffs
        .where('[customerHandle+createdAt]')
        .between([key, ''], [key, '\uffff'])
        .reverse()
        .limit(limit)
        .toArray();
    },

    /**
     * Take a handoff for one attempt: only if it is still pending and nobody holds it (a `sending`
     * whose lease has not run out belongs to an attempt in flight, perhaps in a worker that was
     * stopped: it becomes free again when the lease ends). Returns the claimed record, or undefined.
     */
    async claim(id: string, now: number, leaseMs: number): Promise<HandoffRecord | undefined> {
      // The outbox row only: the card keeps saying "queued" until the answer (settle) — one store
      // fewer in the transaction that every attempt waits for.
      return db.transaction('rw', db.handoffs, async () => {
        const h = await db.handoffs.get(id);
        if (!h || !(pendingStatuses as readonly string[]).includes(h.status) || h.nextAttemptAt > now) return undefined;
        const claimed: HandoffRecord = {
          ...h,
          status: 'sending',
          attempts: h.attempts + 1,
          nextAttemptAt: now + leaseMs,
        };
        await db.handoffs.put(claimed);
        return claimed;
      });
    },

    /**
     * The outcome of an attempt: sent (with the ticket, which also goes onto the history event),
     * queued again for `retryAt`, or failed for good with the reason. Ignored unless the handoff is
     * still `sending` (a late answer after a restart must not undo a newer state) and, when `attempt`
     * (the claimed record's `attempts`) is given, still held by that attempt: the answer of an attempt
     * whose lease ran out must not settle the attempt that took it over.
     */
    async settle(
      id: string,
      outcome: DeliveryOutcome,
      now: number,
      retryAt?: number,
      attempt?: number,
    ): Promise<HandoffRecord | undefined> {
      return db.transaction('rw', db.handoffs, db.events, db.customers, async () => {
        const h = await db.handoffs.get(id);
        if (!h || h.status !== 'sending' || (attempt !== undefined && h.attempts !== attempt)) return h;
        const next: HandoffRecord = { ...h, lastHttpStatus: outcome.httpStatus };
        if (outcome.kind === 'sent') {
          Object.assign(next, {
            status: 'sent',
            sentAt: new Date(now).toISOString(),
            nextAttemptAt: now,
            lastError: undefined,
          });
          if (outcome.ticketId) next.ticketId = outcome.ticketId;
          if (outcome.message) next.lastError = outcome.message;
        } else if (outcome.kind === 'retry') {
          Object.assign(next, { status: 'queued', nextAttemptAt: retryAt ?? now, lastError: outcome.message });
        } else {
          Object.assign(next, { status: 'failed', nextAttemptAt: now, lastError: outcome.message });
        }
        // History logs what happened, when it happened: a retry is still "queued", nothing to add.
        if (outcome.kind !== 'retry') await db.events.add(outcomeEvent(next, outcome, now));
        await putWithSummary(next);
        return next;
      });
    },

    /**
     * Saved delivery settings: every queued handoff is due now (not at its backoff time), and with
     * `failedToo` (the webhook itself changed) the webhook handoffs that failed for good are queued
     * again under their ids. Returns how many are now due.
     */
    async requeueWaiting(now: number, failedToo: boolean): Promise<number> {
      return db.transaction('rw', db.handoffs, db.customers, async () => {
        const statuses = failedToo ? ['queued', 'failed'] : ['queued'];
        const rows = await db.handoffs.where('status').anyOf(statuses).toArray();
        let due = 0;
        for (const h of rows) {
          if (h.method !== 'webhook') continue;
          due++;
          if (h.status === 'queued' && h.nextAttemptAt <= now) continue;
          await putWithSummary({ ...h, status: 'queued', nextAttemptAt: now });
        }
        return due;
      });
    },

    /** The agent's Retry on a failed handoff: queued again now, same id (the receiver can tell it is the same case). */
    async retry(id: string, now: number): Promise<HandoffRecord | undefined> {
      return db.transaction('rw', db.handoffs, db.customers, async () => {
        const h = await db.handoffs.get(id);
        if (!h || h.status !== 'failed') return h;
        const next: HandoffRecord = { ...h, status: 'queued', nextAttemptAt: now };
        await putWithSummary(next);
        return next;
      });
    },
  };
}

export type HandoffsRepo = ReturnType<typeof handoffsRepo>;
