/**
 * A fresh, empty database for one test: PGlite in memory, or, when the run is on PostgreSQL
 * (CARELINE_TEST_ENGINE=postgres with CARELINE_TEST_DATABASE_URL), a new database in that cluster,
 * dropped again at close. Tests never share a database, so none depends on another.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from './db/db';

export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.CARELINE_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  db: Db;
  /** The postgres:// URL of the database (PostgreSQL only), e.g. for a second server process. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export async function openTestDatabase(engine: TestEngine = testEngine()): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openDb({});
    return { db, close: () => db.close() };
  }
  const admin = process.env.CARELINE_TEST_DATABASE_URL;
  if (!admin) throw new Error('CARELINE_TEST_DATABASE_URL is not set: it names the PostgreSQL cluster to test on');
  const name = `careline_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = await openDb({ databaseUrl });
  return {
    db,
    databaseUrl,
    async close() {
      await db.close();
      await withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin(url: string, fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
