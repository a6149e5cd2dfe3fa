/**
 * `npx tsx bench/desk-main.ts`: the lead's desk bench: a flood incident walked by 20
 * agents and the lead's 92-day report. PGlite always, and PostgreSQL when `--database postgres://…`
 * or CARELINE_TEST_DATABASE_URL names one. Writes bench/results/desk.json (desk-quick.json with
 * --quick); `--write` also replaces its section of docs/benchmarks.md; `--quick` uses a tenth of the data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { replaceSection } from './customers-markdown';
import { benchDesk, DESK_FULL, DESK_QUICK, type DeskFigures } from './desk-bench';
import { DESK_HEADING, deskMarkdown, deskRows } from './desk-markdown';

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
const log = (message: string) => console.log(`[desk bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const databaseUrl = values['pglite-only'] ? undefined : (values.database ?? process.env.CARELINE_TEST_DATABASE_URL);
// A cluster from the environment is .ci/with-postgres's throwaway one: the command says so.
const fromEnv = !values.database && databaseUrl !== undefined;

try {
  const command = `${fromEnv ? '.ci/with-postgres ' : ''}npx tsx bench/desk-main.ts${values.database ? ' --database postgres://…' : ''}${values.write ? ' --write' : ''}`;
  const sizes = values.quick ? DESK_QUICK : DESK_FULL;
  const loadStart = os.loadavg();
  const engines: DeskFigures[] = [await benchDesk('PGlite', sizes, log)];
  if (databaseUrl) engines.push(await benchDesk('PostgreSQL', sizes, log, databaseUrl));
  const loadEnd = os.loadavg();
  const date = new Date().toISOString();
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' / ');
  const machine =
    `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, shared ` +
    `(load average 1/5/15 min ${load(loadStart)} at the start, ${load(loadEnd)} at the end), Node ${process.version}`;
  const json = { date, command, quick: values.quick, machine, sizes, engines };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  // A quick run's figures must not replace the full run's that the docs cite.
  const out = values.quick ? 'bench/results/desk-quick.json' : 'bench/results/desk.json';
  writeFileSync(path.join(ROOT, out), `${JSON.stringify(json, null, 2)}\n`);
  console.log(
    deskRows(engines, sizes)
      .map((r) => r.join('  |  '))
      .join('\n'),
  );
  for (const e of engines)
    if (e.walk.handedTwice !== 0 || e.walk.fixedByServer !== sizes.posts || e.walk.handedOut !== sizes.posts)
      throw new Error(`${e.engine}: the walk handed a post twice or left some unfixed: ${JSON.stringify(e.walk)}`);
    else if (e.report.replies !== sizes.replies || e.report.days !== 92)
      throw new Error(`${e.engine}: the report counted ${e.report.replies} replies over ${e.report.days} days`);
  if (values.write && !values.quick) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    const markdown = deskMarkdown(engines, sizes, { date: date.slice(0, 10), command, machine });
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), DESK_HEADING, markdown));
    console.log('wrote its section of docs/benchmarks.md');
  }
  log(`done; load average ${os.loadavg()[0]?.toFixed(2)}`);
} catch (error) {
  console.error('desk bench failed:', error);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0);
