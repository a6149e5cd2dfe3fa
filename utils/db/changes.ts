/**
 * "Something in these tables changed", from this page or any other Careline context (Dexie relays
 * writes between extension pages and the worker). For views that must follow writes but cannot
 * afford to re-read on every one: a count over 100,000 customers re-run on each handoff or note
 * held IndexedDB's read lock long enough to slow the outbox's writes several-fold.
 */
import Dexie from 'dexie';
import { DB_NAME } from './schema';

export function onTablesChanged(tables: string[], callback: () => void): () => void {
  const prefixes = tables.map((t) => `idb://${DB_NAME}/${t}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => prefixes.some((p) => key.startsWith(p)))) callback();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
