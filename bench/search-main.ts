/**
 * `npx tsx bench/search-main.ts`: the template search bench on its own (no extension build needed).
 * `--json` also prints the full JSON (hits, top results, per-kind figures).
 */
import { benchSearch } from './search';

const started = Date.now();
const { table, json } = await benchSearch();
const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
for (const row of table)
  console.log(
    row
      .map((cell, col) => cell.padEnd(widths[col]!))
      .join('  ')
      .trimEnd(),
  );
if (process.argv.includes('--json')) console.log(JSON.stringify(json, null, 2));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
