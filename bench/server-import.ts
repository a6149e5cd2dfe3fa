/**
 * `npx tsx bench/server-import.ts [--rows 100000] [--database postgres://…]`: the lead's CRM import on
 * the team server, as the route runs it (importCustomers: decode, check every row, COPY into staging,
 * merge into the team's record, log). Timed: the first import into an empty team, the same file again
 * (every row an update), and the file check alone (no database) to show where the time goes.
 * PGlite in memory unless --database is given. Prints one line per run and a JSON summary.
 */
import { parseArgs } from 'node:util';
import { openDb } from '../server/db/db';
import { migrate } from '../server/db/migrate';
import { importCustomers } from '../server/store/import';
import { prepareImport } from '../server/store/import-rows';
import type { AuthSession } from '../server/http/env';
import { customerCsv, generateCustomerRows } from './customer-rows';
import { round } from './stats';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, database: { type: 'string' } },
});
const rows = Number(values.rows);
const db = await openDb({ databaseUrl: values.database });
await migrate(db);

const [team] = await db.query<{ id: string }>(`INSERT INTO teams (name) VALUES ('Import bench') RETURNING id`);
const [lead] = await db.query<{ id: string }>(
  `INSERT INTO agents (team_id, name, role) VALUES ($1, 'Bench lead', 'lead') RETURNING id`,
  [team?.id],
);
const session: AuthSession = {
  teamId: team?.id ?? '',
  teamName: 'Import bench',
  agentId: lead?.id ?? '',
  agentName: 'Bench lead',
  role: 'lead',
};
const file = new Uint8Array(customerCsv(generateCustomerRows(rows)));

/**
 * Wall time, and this process's CPU time: with PGlite the database runs in this process too, so the
 * CPU time is what the import costs whatever else the (shared) machine is doing.
 */
async function timed(label: string, run: () => Promise<number> | number) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const written = await run();
  const ms = round(performance.now() - started, 0);
  const used = process.cpuUsage(cpu);
  const cpuMs = round((used.user + used.system) / 1000, 0);
  console.log(`${label.padEnd(28)} ${String(written).padStart(7)} rows  ${String(ms).padStart(6)} ms  cpu ${cpuMs} ms`);
  return { rows: written, ms, cpuMs };
}

async function imported() {
  const result = await importCustomers(db, session, file);
  if (result.problems.length) throw new Error(`bench file refused: ${result.problems.slice(0, 3).join(' / ')}`);
  return result.imported;
}

console.log(`engine ${db.engine}, ${rows} rows, ${round(file.length / 1024 / 1024, 1)} MB`);
const check = await timed('file check only (no db)', () => prepareImport(file, 'en').rows.length);
const fresh = await timed('import into an empty team', imported);
const reimport = await timed('same file again (updates)', imported);
console.log(JSON.stringify({ engine: db.engine, rows, bytes: file.length, check, fresh, reimport }));

await db.query('DELETE FROM teams WHERE id = $1', [session.teamId]);
await db.close();
