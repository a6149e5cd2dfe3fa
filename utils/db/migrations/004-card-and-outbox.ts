/**
 * 3 -> 4: the customer card reads two things instead of three. The agent's newest notes move onto
 * the customer record (`recentNotes`; the events keep every note), so the `[customerHandle+kind+at]`
 * index that only served the notes read is dropped. The handoff outbox table is new and empty.
 *
 * Self-contained: a database still at version 3 must upgrade the same way whatever the live code
 * (recent-notes.ts) becomes, so the rule is copied here as it was released.
 */
import type { Transaction } from 'dexie';
import type { CustomerEventRecord, CustomerRecord } from '../types';

/** How many notes version 4 keeps on the record. */
const RECENT_NOTES_V4 = 20;

/** Newest first; same instant: the later-logged (higher id) first. */
function newestFirst(a: CustomerEventRecord, b: CustomerEventRecord): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0);
}

export async function migrateTo4(tx: Transaction): Promise<void> {
  // One pass over the events (the dropped index cannot be used here).
  const notes = new Map<string, CustomerEventRecord[]>();
  await tx.table('events').each((event: CustomerEventRecord) => {
    if (event.kind !== 'note') return;
    const list = notes.get(event.customerHandle);
    if (list) list.push(event);
    else notes.set(event.customerHandle, [event]);
  });
  if (notes.size === 0) return;
  await tx
    .table('customers')
    .where('handle')
    .anyOf([...notes.keys()])
    .modify((customer: CustomerRecord) => {
      customer.recentNotes = notes.get(customer.handle)?.sort(newestFirst).slice(0, RECENT_NOTES_V4);
    });
}
