/**
 * Numbered SQL migrations (server/db/migrations/NNN-name.sql), each applied once, in order, in its
 * own transaction, and recorded in `schema_migrations`. A released migration is never edited: the
 * next change is the next number. An advisory lock keeps two server processes from racing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK = 7_420_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(dir + f, 'utf8') }));
}

/** Applies the migrations `db` has not seen, up to `upTo` (all by default). Returns the versions applied. */
export async function migrate(db: Db, options: { upTo?: number; dir?: string } = {}): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const m of listMigrations(options.dir)) {
    if (options.upTo !== undefined && m.version > options.upTo) break;
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
