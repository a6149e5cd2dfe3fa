/**
 * `npx tsx bench/customers-main.ts`: the customer benches on their own, with the built extension
 * (`npm run build && npm run build:fixture` first): the CSV import against bulkPut, then the card
 * lookup against its floor at 100k customers / 1M events in Careline's database and the SPA navigation
 * to a card painted on that data. `--import` or `--card` runs one of them; `--quick` uses a tenth of
 * the data (for working on the bench); `--write` replaces their sections of docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchCareline, type Launched } from '../scripts/chromium';
import { startXServer, type XServer } from '../tests/fixtures/x-app/server';
import { installShim } from './browser';
import { benchCardNavigation } from './card-navigation';
import { benchCustomerCard } from './customers-card';
import { benchCustomerImport } from './customers-import';
import { CARD_HEADING, IMPORT_HEADING, cardMarkdown, importMarkdown, replaceSection } from './customers-markdown';

const { values } = parseArgs({
  options: {
    import: { type: 'boolean', default: false },
    card: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const both = !values.import && !values.card;
const started = Date.now();
const loadStart = os.loadavg()[0] ?? 0;
const log = (message: string) => console.log(`[customers ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const sections: { heading: string; text: string }[] = [];
const machine = () =>
  `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, shared ` +
  `(load average ${loadStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end), Node ${process.version}`;
const command = `npx tsx bench/customers-main.ts${values.import ? ' --import' : values.card ? ' --card' : ''}`;

let server: XServer | undefined;
let launched: Launched | undefined;
try {
  server = await startXServer({ port: 0 });
  launched = await launchCareline({ port: server.port, headless: true });
  await installShim(launched.context);
  // A fresh profile is a first install: the welcome tab would share the bench's processes.
  const welcome = await launched.context
    .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 5_000 })
    .catch(() => launched?.context.pages().find((p) => p.url().endsWith('/welcome.html')));
  await welcome?.close();
  const id = launched.extensionId ?? '';
  const date = new Date().toISOString().slice(0, 10);
  if (both || values.import) {
    log('customer CSV import through the options page, against bulkPut');
    const csv = await benchCustomerImport(launched.context, id, values.quick ? 10_000 : 100_000);
    console.log(JSON.stringify(csv, null, 2));
    sections.push({ heading: IMPORT_HEADING, text: importMarkdown(csv, { date, command, machine: machine() }) });
  }
  if (both || values.card) {
    log('customer card: generating customers and events in Careline’s database, then lookups');
    const card = await benchCustomerCard(launched.context, id, {
      into: 'careline',
      deadlineMs: 400_000,
      ...(values.quick ? { customers: 10_000, events: 100_000, lookups: 50 } : {}),
    });
    try {
      log('SPA navigation to a known customer’s post until the card is painted');
      const nav = await benchCardNavigation(launched.context, id, values.quick ? 10 : 30);
      const { cleanup: _cleanup, ...figures } = card;
      console.log(JSON.stringify({ ...figures, navigation: nav }, null, 2));
      sections.push({ heading: CARD_HEADING, text: cardMarkdown(card, nav, { date, command, machine: machine() }) });
    } finally {
      await card.cleanup();
    }
  }
  for (const s of sections) console.log(s.text);
  if (values.write && !values.quick) {
    const file = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
    let doc = readFileSync(file, 'utf8');
    for (const s of sections) doc = replaceSection(doc, s.heading, s.text);
    writeFileSync(file, doc);
    console.log('wrote its sections of docs/benchmarks.md');
  }
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await launched?.context.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}
log('done');
process.exit(process.exitCode ?? 0);
