/**
 * `npx tsx bench/presence-main.ts [--quick] [--write]`: the presence bench on its own (`npm run bench`
 * runs it too). `--write` replaces its section of docs/benchmarks.md (not with --quick).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { replaceSection } from './customers-markdown';
import { benchPresence } from './presence-bench';
import { PRESENCE_HEADING, presenceMarkdown, presenceRows } from './presence-markdown';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, write: { type: 'boolean', default: false } },
});
const started = Date.now();
const log = (m: string) => console.log(`[presence bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${m}`);

try {
  const figures = await benchPresence({ quick: values.quick, log });
  console.log(
    presenceRows(figures)
      .map((r) => r.join('  |  '))
      .join('\n'),
  );
  if (values.write && !values.quick) {
    const machine = `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, shared (load average ${os.loadavg()[0]?.toFixed(2)} at the end), Node ${process.version}`;
    const section = presenceMarkdown(figures, {
      date: new Date().toISOString().slice(0, 10),
      command: 'npx tsx bench/presence-main.ts --write',
      machine,
    });
    const file = path.join(ROOT, 'docs/benchmarks.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), PRESENCE_HEADING, section));
    console.log('wrote its section of docs/benchmarks.md');
  }
} catch (error) {
  console.error('presence bench failed:', error);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0);
