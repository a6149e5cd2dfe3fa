/**
 * A fresh, empty database for one test: PGlite in memory, or, when the run is on PostgreSQL
 * (CARELINE_TEST_ENGINE=postgres with CARELINE_TEST_DATABASE_URL), a new database in that cluster,
 * dropped again at close. Tests never share a database, so none depends on another.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDb, type Db } from './db/db';
import { openPglite } from './db/pglite';

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

/**
 * `fresh`: a cluster nobody used (migration tests). Otherwise, on PGlite, a database whose tables a
 * previous test emptied may be handed out again: starting PGlite costs seconds, emptying it does not.
 */
export async function openTestDatabase(
  engine: TestEngine = testEngine(),
  { fresh = false }: { fresh?: boolean } = {},
): Promise<TestDatabase> {
  if (engine === 'pglite') {
    if (fresh) {
      const db = await openPglite(undefined, await emptyCluster());
      return { db, close: () => db.close() };
    }
    const db = spare ?? (await openDb({}));
    spare = undefined;
    return { db, close: () => putBack(db) };
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

/**
 * A new PGlite runs initdb (seconds); loading a dump of an empty cluster takes a fraction of that.
 * The dump is made once per test process and holds nothing but what initdb makes.
 */
let emptyDump: Promise<Blob> | undefined;
function emptyCluster(): Promise<Blob> {
  emptyDump ??= (async () => {
    const pg = new PGlite();
    await pg.waitReady;
    const dump = await pg.dumpDataDir('none');
    await pg.close();
    return dump;
  })();
  return emptyDump;
}

let spare: Db | undefined;

/** Empties every table (all data, identities restarted) and keeps the database for the next test. */
async function putBack(db: Db): Promise<void> {
  const tables = await db.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
  );
  if (tables.length) {
    await db.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
  if (spare) await db.close();
  else spare = db;
}
