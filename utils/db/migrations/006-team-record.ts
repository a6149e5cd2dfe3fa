/**
 * 5 -> 6: every event a team shares (notes, tags, sent replies, handoffs) gets its client-made id, as
 * new ones do from version 6 on. Joining a team offers to upload this history once: with the ids
 * made here, an upload cut off halfway and started again stores each event once on the server.
 * Customers gain no fields (teamId and cachedUntil are set only by the team cache); the outbox is new
 * and empty.
 *
 * Self-contained: the kinds are listed as version 6 was released.
 */
import type { Transaction } from 'dexie';
import type { CustomerEventRecord } from '../types';

const SHARED_KINDS_V6: ReadonlySet<string> = new Set([
  'note',
  'tag-added',
  'tag-removed',
  'reply-sent',
  'handoff',
  'handoff-sent',
]);

export async function migrateTo6(tx: Transaction): Promise<void> {
  await tx
    .table('events')
    .toCollection()
    .modify((event: CustomerEventRecord) => {
      if (SHARED_KINDS_V6.has(event.kind) && !event.clientId) event.clientId = crypto.randomUUID();
    });
}
