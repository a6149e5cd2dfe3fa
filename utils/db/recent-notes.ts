/**
 * The copies of each customer's newest notes kept on the customer record (schema v4), derived from
 * the events, which stay the truth: a backup restore rebuilds them (migration 004 has its own copy).
 */
import { RECENT_NOTES, type CustomerEventRecord } from './types';

/** Newest first; same instant: the later-logged (higher id) first. */
export function newestFirst(a: CustomerEventRecord, b: CustomerEventRecord): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0);
}

/** Collects notes as events stream past; `result()` gives each customer's newest RECENT_NOTES. */
export function recentNotesCollector() {
  const notes = new Map<string, CustomerEventRecord[]>();
  return {
    add(event: CustomerEventRecord): void {
      if (event.kind !== 'note') return;
      const list = notes.get(event.customerHandle);
      if (list) list.push(event);
      else notes.set(event.customerHandle, [event]);
    },
    result(): Map<string, CustomerEventRecord[]> {
      return new Map([...notes].map(([handle, list]) => [handle, list.sort(newestFirst).slice(0, RECENT_NOTES)]));
    },
  };
}
