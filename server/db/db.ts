/**
 * The team server's one door to PostgreSQL. Two engines speak the same SQL behind it: PGlite
 * (Postgres compiled to WASM, in a data folder: nothing to install) and a real PostgreSQL server
 * through `pg`. Everything above this file sees only `Db`.
 */
export type Row = Record<string, unknown>;

/** Something SQL can run on: the pool, or one transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * `COPY table (columns) FROM STDIN (FORMAT csv)` with `csv` as the input, inside `tx` when given.
   * The fastest way into PostgreSQL; the caller builds the CSV (no header).
   */
  copyCsv(table: string, columns: readonly string[], csv: string, tx?: Queryable): Promise<void>;
  /**
   * LISTEN on `channel` (a plain identifier): `onPayload` gets every NOTIFY on it, from this process
   * and every other one on the same database. Resolves once listening; the result stops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** NOTIFY `channel` with `payload` (PostgreSQL refuses 8000 bytes or more). */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… to use a PostgreSQL server; otherwise PGlite in `dataDir` (or in memory when absent). */
  databaseUrl?: string;
  dataDir?: string;
}

export async function openDb(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.dataDir);
}

/** A quoted SQL identifier, for the few names (tables, columns) that cannot be parameters. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}
