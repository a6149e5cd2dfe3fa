/**
 * `npx tsx bench/presence-browser-main.ts`: a colleague starts replying, until the other agent's panel
 * shows it, in two real browsers on one team server, plain and with 100 ms added each way
 * (bench/presence-browser.ts), with the built extension (`npm run build && npm run build:fixture`
 * first). Prints a table and writes bench/results/presence-browser.json; `--runs N` (default 30; a
 * shorter run writes nothing); `--delay MS` (default 100).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startXServer, type XServer } from '../tests/fixtures/x-app/server';
import { benchPresenceBrowser, presenceBrowserMarkdown } from './presence-browser';

const COMMAND = 'npx tsx bench/presence-browser-main.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, delay: { type: 'string', default: '100' } },
});
const runs = Math.max(1, Math.floor(Number(values.runs)) || 30);
const delay = Math.max(0, Math.floor(Number(values.delay)) || 100);
let xServer: XServer | undefined;
try {
  xServer = await startXServer({ port: 0 });
  const figures = await benchPresenceBrowser(xServer.port, runs, delay);
  console.log(presenceBrowserMarkdown(figures, COMMAND));
  if (runs === 30) {
    const dir = path.resolve(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'presence-browser.json'),
      `${JSON.stringify({ command: COMMAND, ...figures }, null, 2)}\n`,
    );
    console.log('wrote bench/results/presence-browser.json');
  }
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await xServer?.close().catch(() => undefined);
}
process.exit(process.exitCode ?? 0);
