/**
 * `tsx bench/tabs-main.ts`: the tabs memory bench alone (the full `npm run bench` runs it too), with its
 * section of docs/benchmarks.md replaced in place. `--tabs N` and `--scenario S` (repeatable) narrow it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startXServer } from '../tests/fixtures/x-app/server';
import { TABS_HEADING, tabsMarkdown, tabsRows } from './tabs-markdown';
import { benchTabsMemory, type TabsScenario } from './tabs-memory';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { tabs: { type: 'string', default: '10' }, scenario: { type: 'string', multiple: true } },
});
const server = await startXServer({ port: 0 });
try {
  const result = await benchTabsMemory(server.port, {
    tabs: Number(values.tabs),
    scenarios: values.scenario as TabsScenario[] | undefined,
    log: (m) => console.log(m),
  });
  console.log(
    tabsRows(result)
      .map((r) => r.join('  '))
      .join('\n'),
  );
  for (const run of result.runs)
    console.log(
      run.careline ? 'with   ' : 'without',
      run.scenario.padEnd(10),
      run.points.map((p) => `${p.rssMB.toFixed(0)}/${p.panels}`).join(' '),
    );
  const docs = path.join(ROOT, 'docs/benchmarks.md');
  const old = readFileSync(docs, 'utf8');
  const start = old.indexOf(`\n${TABS_HEADING}`);
  const next = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
  const before = start < 0 ? old.replace(/\n*$/, '\n') : old.slice(0, start);
  const after = next < 0 ? '' : old.slice(next);
  writeFileSync(docs, `${before}${tabsMarkdown(result)}${after}`);
  console.log('wrote the tabs section of docs/benchmarks.md');
} finally {
  await server.close();
}
process.exit(0);
