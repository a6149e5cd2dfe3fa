/**
 * The README's screenshots of the lead's desk: `npx tsx scripts/screenshots-desk.ts` (after
 * `npm run build && npm run build:fixture`). A test team server seeded through its API
 * (server/testing-desk.ts) with a week of four agents' replies, an outage that jumped yesterday, a
 * handoff and an open incident; the built Careline joins it as a lead through options → Team, as
 * scripts/screenshots.ts does. Writes docs/screenshots/lead-desk-en.png and lead-incident-en.png at
 * 1440×900 (`--out DIR` to write elsewhere). Each shot waits for what it shows.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchCareline } from './chromium';
import { joinDemoTeam } from './demo-setup';
import { startXServer } from '../tests/fixtures/x-app/server';
import { startTestServer } from '../server/testing';
import { kst, seedAgents, seedHandoffs, seedIncident, seedReplies, type SeedReply } from '../server/testing-desk';

const VIEWPORT = { width: 1440, height: 900 };
const DAY_MS = 86_400_000;
const { values } = parseArgs({
  options: { out: { type: 'string', default: path.resolve(import.meta.dirname, '../docs/screenshots') } },
});
const outDir = path.resolve(values.out);
mkdirSync(outDir, { recursive: true });

/** The Korean day `n` days before today: the desk counts days in Korean time. */
const daysAgo = (n: number) => new Date(Date.now() + 9 * 3_600_000 - n * DAY_MS).toISOString().slice(0, 10);

/** Posts per day for each topic, from 14 days ago to yesterday (the desk shows the last 7). */
const TOPICS: Record<string, number[]> = {
  outage: [1, 0, 1, 1, 0, 1, 1, 2, 1, 0, 1, 2, 1, 11],
  billing: [3, 2, 4, 3, 2, 3, 4, 3, 2, 4, 3, 2, 3, 3],
  delivery: [1, 2, 1, 0, 2, 1, 1, 2, 1, 2, 0, 1, 2, 1],
  activation: [0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 2, 1, 0, 1],
};
const TEMPLATES: Record<string, { templateId: string; templateTitle: string }> = {
  billing: { templateId: 'sample-billing-ko', templateTitle: '요금 청구 확인' },
  delivery: { templateId: 'sample-delivery-ko', templateTitle: '배송 지연 안내' },
  outage: { templateId: 'sample-outage-en', templateTitle: 'Network outage update' },
};

function plan(agents: Array<SeedReply['agent']>): SeedReply[] {
  const replies: SeedReply[] = [];
  let n = 0;
  for (const [topic, counts] of Object.entries(TOPICS)) {
    counts.forEach((count, i) => {
      for (let k = 0; k < count; k += 1) {
        n += 1;
        const agent = agents[n % agents.length]!;
        replies.push({
          agent,
          at: new Date(kst(daysAgo(14 - i), '09:30').getTime() + n * 7 * 60_000),
          // Waits that look like a real week: mostly minutes, now and then most of an hour.
          waitedMinutes: 3 + ((n * 37) % 29) + (n % 9 === 0 ? 35 : 0),
          topic,
          account: n % 3 === 0 ? 'skt_help' : 'skt',
          ...(topic === 'outage' && i === 13 ? { place: '강남역' } : {}),
          ...(n % 4 !== 0 ? (TEMPLATES[topic] ?? {}) : {}),
        });
      }
    });
  }
  return replies;
}

const server = await startXServer({ port: 0 });
const team = await startTestServer();
const { context, extensionId } = await launchCareline({ port: server.port, headless: true, viewport: VIEWPORT });
try {
  const created = await team.createTeam('한빛 CS팀', '서연');
  const agents = await seedAgents(team, created.teamId, ['지민', '민준', '하늘', '도윤']);
  await seedReplies(team, plan(agents));
  await seedHandoffs(team, [
    { agent: agents[0]!, at: kst(daysAgo(2), '15:10'), handle: 'minji_kim' },
    { agent: agents[2]!, at: kst(daysAgo(1), '11:40'), handle: 'junho_park' },
  ]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId ?? ''}/options.html`);
  await joinDemoTeam(options, team.url, created.leadCode);
  // A second lead opens the incident through the API, as the desk's own button does.
  const leadToken = (await team.join(await team.invite(created.teamId, '팀장', 'lead'))).token;
  await seedIncident(team, leadToken, {
    title: '강남역 LTE 장애',
    holdingReply: '강남역 일대 LTE 장애를 확인하고 복구 중입니다. 불편을 드려 죄송합니다.',
    topic: 'outage',
    place: '강남역',
    posts: 11,
  });
  await options.reload();
  const desk = options.getByRole('region', { name: 'Lead’s desk', exact: true });
  await desk.getByRole('alert').waitFor();
  await desk.getByRole('table', { name: 'Replies per agent per day' }).waitFor();
  await shoot(options, desk.getByRole('heading', { name: 'Lead’s desk' }), 'lead-desk-en.png');
  const incidents = desk.getByRole('group', { name: 'Incidents', exact: true });
  await incidents.getByRole('listitem', { name: '강남역 LTE 장애' }).waitFor();
  await shoot(options, incidents, 'lead-incident-en.png');
} finally {
  await context.close();
  await team.close();
  await server.close();
}
process.exit(0);

/** The viewport with `top` at its top edge, once fonts and the charts' layout have settled. */
async function shoot(page: Page, top: ReturnType<Page['getByRole']>, name: string): Promise<void> {
  await top.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(300);
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
