/**
 * 3 -> 4: the customer card reads two things instead of three. The agent's newest notes move onto
 * the customer record (`recentNotes`; the events keep every note), so the `[customerHandle+kind+at]`
 * index that only served the notes read is dropped. The handoff outbox table is new and empty.
 */
import type { Transaction } from 'dexie';
import { recentNotesCollector } from '../recent-notes';
import type { CustomerEventRecord, CustomerRecord } from '../types';

export async function migrateTo4(tx: Transaction): Promise<void> {
  // One pass over the events (the dropped index cannot be used here).
  const collector = recentNotesCollector();
  await tx.table('events').each((event: CustomerEventRecord) => collector.add(event));
  const notes = collector.result();
  if (notes.size === 0) return;
  await tx
    .table('customers')
    .where('handle')
    .anyOf([...notes.keys()])
    .modify((customer: CustomerRecord) => {
      customer.recentNotes = notes.get(customer.handle);
    });
}
