/**
 * `npx tsx bench/suggest-main.ts`: the suggestion bench on its own (no extension build needed).
 * `--json` prints the full JSON (misses included); `--write` replaces its section of docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUGGEST_HEADING, benchSuggest, suggestMarkdown } from './suggest';

const started = Date.now();
const { table, json } = await benchSuggest();
const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
for (const row of table)
  console.log(
    row
      .map((cell, col) => cell.padEnd(widths[col]!))
      .join('  ')
      .trimEnd(),
  );
if (process.argv.includes('--json')) console.log(JSON.stringify(json, null, 2));
if (process.argv.includes('--write')) {
  const file = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const at = doc.indexOf(`\n${SUGGEST_HEADING}`);
  // The section runs to the next "## " heading, or the end.
  const end = at === -1 ? -1 : doc.indexOf('\n## ', at + 1);
  const section = suggestMarkdown(table);
  const next =
    at === -1 ? `${doc.trimEnd()}\n${section}` : `${doc.slice(0, at)}${section}${end === -1 ? '' : doc.slice(end)}`;
  writeFileSync(file, next);
  console.log('wrote its section of docs/benchmarks.md');
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
