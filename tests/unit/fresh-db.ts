/**
 * A Careline database of its own for each test, deleted after the test: call once at the top of a
 * spec file, then `freshDb()` in a test. fake-indexeddb keeps every database for the whole run.
 */
import { afterEach } from 'vitest';
import { CarelineDatabase, database } from '@/utils/db/database';

export function freshDbs(prefix = 'test'): (name?: string) => CarelineDatabase {
  const dbs: CarelineDatabase[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
  return (name = `${prefix}-${Math.random()}`) => {
    const db = new CarelineDatabase(name);
    dbs.push(db);
    return db;
  };
}

/** Empties the shared database (one per extension context), for code under test that uses it. */
export async function clearSharedDatabase(): Promise<void> {
  const db = database();
  await Promise.all(db.tables.map((table) => table.clear()));
}
