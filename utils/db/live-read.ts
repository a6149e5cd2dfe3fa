/**
 * A repository read that React re-runs whenever a table it read changes, in this page or in any
 * other Careline context (Dexie relays writes between extension pages and the worker). The read
 * goes through a repository: pages never hold the database or Dexie themselves, which lint enforces.
 */
import { useLiveQuery } from 'dexie-react-hooks';

/** The read's result, undefined until the first read finishes (and whenever the read gives undefined). */
export function useLiveRead<T>(read: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useLiveQuery(read, [...deps]);
}
