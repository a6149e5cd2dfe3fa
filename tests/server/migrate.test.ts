import { afterEach, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate';
import { openTestDatabase, type TestDatabase } from '../../server/test-database';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

const TEAM_TABLES = ['access_log', 'agents', 'customers', 'events', 'invites', 'teams', 'tokens', 'tombstones'];

it('001 on an empty database creates the tables with row-level security, and records itself', async () => {
  database = await openTestDatabase(undefined, { fresh: true });
  const { db } = database;
  expect(await migrate(db, { upTo: 1 })).toEqual([1]);
  const tables = await db.query<{ relname: string; relrowsecurity: boolean }>(
    `SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY($1) ORDER BY c.relname`,
    [TEAM_TABLES],
  );
  expect(tables).toEqual(TEAM_TABLES.map((relname) => ({ relname, relrowsecurity: true })));
  const recorded = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations');
  expect(recorded).toEqual([{ version: 1, name: '001-team-record.sql' }]);
});

it('migrating twice applies nothing the second time and changes nothing', async () => {
  database = await openTestDatabase(undefined, { fresh: true });
  const { db } = database;
  const all = listMigrations().map((m) => m.version);
  expect(await migrate(db)).toEqual(all);
  await db.query(`INSERT INTO teams (name) VALUES ('kept')`);
  expect(await migrate(db)).toEqual([]);
  expect(await db.query('SELECT name FROM teams')).toEqual([{ name: 'kept' }]);
  expect((await db.query('SELECT version FROM schema_migrations')).length).toBe(all.length);
});
