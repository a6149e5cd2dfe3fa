/**
 * `npx tsx bench/server-main.ts`: the team server bench on its own (`npm run bench` runs it too):
 * PGlite always, and PostgreSQL when `--database postgres://…` or CARELINE_TEST_DATABASE_URL names one.
 * Writes bench/results/server.json (server-quick.json with --quick); `--write` also replaces its section of docs/benchmarks.md;
 * `--quick` uses a tenth of the data (for working on the bench).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { replaceSection } from './customers-markdown';
import { runServerBench } from './server-run';
import { SERVER_HEADING } from './server-markdown';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'pglite-only': { type: 'boolean', default: false },
  },
});
const started = Date.now();
const log = (message: string) =>
  console.log(`[server bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const databaseUrl = values['pglite-only'] ? undefined : (values.database ?? process.env.CARELINE_TEST_DATABASE_URL);

try {
  const command = `npx tsx bench/server-main.ts${values.database ? ' --database postgres://…' : ''}${values.write ? ' --write' : ''}`;
  const result = await runServerBench({ quick: values.quick, databaseUrl, log, command });
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  // A quick run's figures must not replace the full run's that the docs cite.
  const out = values.quick ? 'bench/results/server-quick.json' : 'bench/results/server.json';
  writeFileSync(path.join(ROOT, out), `${JSON.stringify(result.json, null, 2)}\n`);
  console.log(result.rows.map((r) => r.join('  |  ')).join('\n'));
  if (values.write && !values.quick) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), SERVER_HEADING, result.markdown));
    console.log('wrote its section of docs/benchmarks.md');
  }
  log(`done; load average ${os.loadavg()[0]?.toFixed(2)}`);
} catch (error) {
  console.error('server bench failed:', error);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0);
