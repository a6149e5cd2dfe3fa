/** A PostgreSQL server behind `Db`, through `pg` (a pool) and `pg-copy-streams` for COPY. */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createListener } from './pg-listener';
import { ident, type Db, type Queryable, type Row } from './db';

// bigint (int8) comes back as a string: ids and seqs are strings on the wire as well.
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A dead server surfaces on the next query; an idle client's error must not crash the process.
  pool.on('error', () => undefined);
  const clients = new WeakMap<Queryable, pg.PoolClient>();
  const listener = createListener(url);
  const run = async <T extends Row>(client: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []) =>
    (await client.query<T>(sql, params)).rows;
  const copy = async (client: pg.PoolClient, table: string, columns: readonly string[], csv: string) => {
    const sql = `COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
    await pipeline(Readable.from([csv]), client.query(copyFrom(sql)));
  };
  return {
    engine: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      const q: Queryable = {
        query: (sql, params) => run(client, sql, params),
        exec: async (sql) => {
          await client.query(sql);
        },
      };
      clients.set(q, client);
      try {
        await client.query('BEGIN');
        const result = await fn(q);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async copyCsv(table, columns, csv, tx) {
      const inner = tx ? clients.get(tx) : undefined;
      if (inner) return copy(inner, table, columns, csv);
      const client = await pool.connect();
      try {
        await copy(client, table, columns, csv);
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    async notify(channel, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
