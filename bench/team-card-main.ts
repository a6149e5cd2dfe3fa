/**
 * `npx tsx bench/team-card-main.ts`: a note pushed by one agent, until it is on a colleague's card, in
 * two real browsers joined to one team server (bench/team-card.ts), with the built extension
 * (`npm run build && npm run build:fixture` first). Prints a table and writes
 * bench/results/team-card.json; `--runs N` changes n (default 30; not written then unless 30);
 * `--write` replaces its section of docs/benchmarks.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startXServer, type XServer } from '../tests/fixtures/x-app/server';
import { replaceSection } from './customers-markdown';
import {
  TEAM_CARD_HEADING,
  benchTeamCard,
  teamCardMarkdown,
  teamCardMet,
  teamCardTable,
  writeTeamCardResults,
} from './team-card';

const COMMAND = 'npx tsx bench/team-card-main.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, write: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Math.floor(Number(values.runs)) || 30);
let xServer: XServer | undefined;
try {
  xServer = await startXServer({ port: 0 });
  const figures = await benchTeamCard(xServer.port, runs);
  const section = teamCardMarkdown(figures, COMMAND);
  console.log(teamCardTable(figures));
  console.log(
    `\np95 to the colleague's card ${figures.toColleagueCard.p95.toFixed(0)} ms ` +
      `(target ≤ ${figures.targetP95Ms} ms): ${teamCardMet(figures) ? 'met' : 'MISSED'}`,
  );
  console.log(section);
  // A shorter run is for working on the bench: it never replaces the figures the docs cite.
  if (runs === 30) {
    writeTeamCardResults(figures, COMMAND);
    console.log('wrote bench/results/team-card.json');
  }
  if (values.write && runs === 30) {
    const file = path.resolve(import.meta.dirname, '../docs/benchmarks.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), TEAM_CARD_HEADING, section));
    console.log('wrote its section of docs/benchmarks.md');
  }
} catch (error) {
  console.error('bench failed:', error);
  process.exitCode = 1;
} finally {
  await xServer?.close().catch(() => undefined);
}
process.exit(process.exitCode ?? 0);
