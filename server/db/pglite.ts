/** PGlite behind `Db`: one embedded Postgres, so queries run one at a time (PGlite queues them). */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { ident, type Db, type Queryable, type Row } from './db';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      const result = await target.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** `loadDataDir`: start from a dump (PGlite's dumpDataDir) instead of an empty cluster (tests start faster). */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Db> {
  const pg = new PGlite(dataDir, loadDataDir ? { loadDataDir } : {});
  await pg.waitReady;
  const copy = async (target: PGlite | Transaction, table: string, columns: readonly string[], csv: string) => {
    const sql = `COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
    await target.query(sql, [], { blob: new Blob([csv]) });
  };
  const transactions = new WeakMap<Queryable, Transaction>();
  return {
    engine: 'pglite',
    ...wrap(pg),
    transaction: (fn) =>
      pg.transaction(async (tx) => {
        const q = wrap(tx);
        transactions.set(q, tx);
        return fn(q);
      }),
    copyCsv: async (table, columns, csv, tx) => {
      const inner = tx ? transactions.get(tx) : undefined;
      await copy(inner ?? pg, table, columns, csv);
    },
    async listen(channel, onPayload) {
      ident(channel);
      const stop = await pg.listen(channel, onPayload);
      return () => stop();
    },
    async notify(channel, payload) {
      await pg.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    close: () => pg.close(),
  };
}
