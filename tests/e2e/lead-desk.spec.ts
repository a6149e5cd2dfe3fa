/**
 * The lead's desk in real Chromium: the team's work is seeded through the API (server/testing-desk.ts)
 * with known numbers, and the lead's options page must show exactly those: replies per agent per
 * day, first-reply median and p90, topics per day and week, the spike alert, open handoffs,
 * templates, the account filter and both CSV exports. An incident is opened and resolved from the
 * view. An agent who is not a lead does not get the desk.
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { kst, seedAgents, seedHandoffs, seedReplies, type SeedReply } from '../../server/testing-desk';
import { IncidentList } from '../../utils/team/desk-wire';
import { launchAgent, joinAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

test.describe.configure({ mode: 'serial' });

let team: TeamForTests & { leadAgentId: string };
let lead: TeamAgent;
const pageErrors: string[] = [];

const DAY_MS = 86_400_000;
/** The Korean day `n` days before today (the desk counts days in Korean time). */
const daysAgo = (n: number) => new Date(Date.now() + 9 * 3_600_000 - n * DAY_MS).toISOString().slice(0, 10);
/** The desk's default range: the last 7 Korean days, today included (oldest first). */
const RANGE = [6, 5, 4, 3, 2, 1, 0].map(daysAgo);
const label = (day: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
const long = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
/** The Monday of a day's week: the report names weeks so. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The seed. Outage: one post a day from 8 days ago to 2 days ago (서연), then 9 on the day before
 * today (서연 5, 민준 4, all naming 강남역): usual level 1, so it jumped. Billing: 2 posts 3 days
 * ago (민준), 1 two days ago (서연), each from the template 요금 청구 확인. 서연 answers as @skt, 민준
 * as @skt_help. The 17 posts answered in the range waited 1…17 minutes: median 9, p90 16.
 */
function seedPlan(seoyeon: SeedReply['agent'], minjun: SeedReply['agent']): SeedReply[] {
  const plan: SeedReply[] = [];
  let minute = 0;
  let waited = 0;
  const add = (agent: SeedReply['agent'], day: string, topic: string, extra: Partial<SeedReply> = {}) => {
    const inRange = RANGE.includes(day);
    minute += 1;
    plan.push({
      agent,
      at: new Date(kst(day, '10:00').getTime() + minute * 60_000),
      waitedMinutes: inRange ? ++waited : 100,
      topic,
      account: agent === seoyeon ? 'skt' : 'skt_help',
      ...extra,
    });
  };
  for (let n = 8; n >= 2; n -= 1) add(seoyeon, daysAgo(n), 'outage');
  const billing = { templateId: 'sample-billing-ko', templateTitle: '요금 청구 확인' };
  add(minjun, daysAgo(3), 'billing', billing);
  add(minjun, daysAgo(3), 'billing', billing);
  add(seoyeon, daysAgo(2), 'billing', billing);
  for (let i = 0; i < 9; i += 1) add(i < 5 ? seoyeon : minjun, daysAgo(1), 'outage', { place: '강남역' });
  return plan;
}

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  const [seoyeon, minjun] = await seedAgents(team.server, team.teamId, ['서연', '민준']);
  await seedReplies(team.server, seedPlan(seoyeon!, minjun!));
  await seedHandoffs(team.server, [{ agent: seoyeon!, at: kst(daysAgo(2), '15:00'), handle: 'handoff_kim' }]);
  const launched = await launchAgent(team, '수진', xServer.port, pageErrors);
  await launched.join('lead');
  lead = launched;
});

test.afterAll(async () => {
  await lead?.close();
  await team?.server.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors').toEqual([]);
});

const desk = (page: Page) => page.getByRole('region', { name: 'Lead’s desk', exact: true });
/** The data cells of the row a table names `name` (its row header). */
const cells = (table: Locator, name: string) =>
  table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name, exact: true }) })
    .getByRole('cell');

test('the desk shows the seeded figures: replies per agent, first reply, topics, spike, handoffs, templates', async () => {
  const page = lead.options;
  await page.reload();
  const view = desk(page);
  await expect(view.locator('.desk-shown')).toHaveText(/^.+ to .+$/);

  const replies = view.getByRole('table', { name: 'Replies per agent per day' });
  await expect(replies.getByRole('columnheader')).toHaveText(['Agent', ...RANGE.map((d) => label(d)), 'Total']);
  await expect(cells(replies, '서연')).toHaveText(['1', '1', '1', '1', '2', '5', '0', '11']);
  await expect(cells(replies, '민준')).toHaveText(['0', '0', '0', '2', '0', '4', '0', '6']);
  await expect(view.getByRole('img', { name: /^Replies per agent per day\./ })).toBeVisible();

  const firstReply = view.locator('.desk-figures');
  await expect(firstReply.getByRole('definition')).toHaveText(['9 minutes', '16 minutes']);
  await expect(view.getByText('From a post to the team’s first reply, over 17 answered posts.')).toBeVisible();

  await expect(view.getByRole('alert')).toHaveText(`Outage jumped: 9 posts on ${label(daysAgo(1))} (usually 1)`);
  await expect(view.getByText('Most of them name 강남역.')).toBeVisible();

  const topics = view.getByRole('table', { name: 'Posts per topic per day' });
  await expect(cells(topics, 'Outage')).toHaveText(['1', '1', '1', '1', '1', '9', '0', '14']);
  await expect(cells(topics, 'Billing')).toHaveText(['0', '0', '0', '2', '1', '0', '0', '3']);
  const outage = [1, 1, 1, 1, 1, 9, 0];
  const billing = [0, 0, 0, 2, 1, 0, 0];
  const weeks = [...new Set(RANGE.filter((_, i) => outage[i]! + billing[i]! > 0).map(weekOf))].sort();
  const perWeek = (counts: number[]) =>
    weeks.map((w) => String(RANGE.reduce((sum, d, i) => sum + (weekOf(d) === w ? counts[i]! : 0), 0)));
  const weekly = view.getByRole('table', { name: 'Posts per topic per week' });
  await expect(weekly.getByRole('columnheader')).toHaveText(['Topic', ...weeks.map((w) => label(w))]);
  await expect(cells(weekly, 'Outage')).toHaveText(perWeek(outage));
  await expect(cells(weekly, 'Billing')).toHaveText(perWeek(billing));

  const handoffs = view.getByRole('table', { name: 'Open handoffs' });
  await expect(cells(handoffs, '@handoff_kim')).toHaveText(['서연', /.+/, 'No word yet', '']);

  await expect(cells(view.getByRole('table', { name: 'Templates used most' }), '요금 청구 확인')).toHaveText(['3']);
  const never = view.getByRole('list', { name: 'Templates never used' });
  await expect(never.getByText('문의 감사 인사', { exact: true })).toBeVisible();
  await expect(never.getByText('요금 청구 확인')).toHaveCount(0);

  const accounts = view.getByRole('table', { name: 'Replies per account' });
  await expect(cells(accounts, '@skt')).toHaveText(['11']);
  await expect(cells(accounts, '@skt_help')).toHaveText(['6']);

  // The Team section with the desk in it passes axe's WCAG 2.1 A/AA rules and best practices, as
  // options-team.spec.ts asks of the lead's section (serious and critical ones fail the test).
  const { violations } = await new AxeBuilder({ page })
    .include('section[aria-labelledby="team-h"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a range the server would refuse is not asked for: the desk says so and keeps what it shows', async () => {
  const view = desk(lead.options);
  await view.getByLabel('From', { exact: true }).fill(daysAgo(0));
  await view.getByLabel('To', { exact: true }).fill(daysAgo(3));
  await view.getByRole('button', { name: 'Show desk' }).click();
  await expect(view.getByRole('alert').filter({ hasText: 'first and a last day' })).toHaveText(
    `Enter a first and a last day, the first not after the last, at most 92 days apart. The desk still shows ${long(RANGE[0]!)} to ${long(RANGE[6]!)}.`,
  );
  await expect(cells(view.getByRole('table', { name: 'Replies per agent per day' }), '서연')).toHaveText([
    '1',
    '1',
    '1',
    '1',
    '2',
    '5',
    '0',
    '11',
  ]);
  await view.getByLabel('From', { exact: true }).fill(RANGE[0]!);
  await view.getByLabel('To', { exact: true }).fill(RANGE[6]!);
});

test('filtering by account narrows the figures to that account', async () => {
  const view = desk(lead.options);
  await view.getByRole('combobox', { name: 'Account' }).selectOption('skt_help');
  await view.getByRole('button', { name: 'Show desk' }).click();
  await expect(view.getByText(/ · @skt_help$/)).toBeVisible();
  const replies = view.getByRole('table', { name: 'Replies per agent per day' });
  await expect(cells(replies, '민준')).toHaveText(['0', '0', '0', '2', '0', '4', '0', '6']);
  // Every agent of the team keeps a row; 서연 answered as @skt only.
  await expect(cells(replies, '서연')).toHaveText(['0', '0', '0', '0', '0', '0', '0', '0']);
  const topics = view.getByRole('table', { name: 'Posts per topic per day' });
  await expect(cells(topics, 'Outage')).toHaveText(['0', '0', '0', '0', '0', '4', '0', '4']);
  // 4 posts on the day are not 3 times the usual level and under SPIKE_MIN: no alert for this account.
  await expect(view.getByRole('alert')).toHaveCount(0);
  await view.getByRole('combobox', { name: 'Account' }).selectOption('');
  await view.getByRole('button', { name: 'Show desk' }).click();
  await expect(view.getByText(/ · @skt_help$/)).toHaveCount(0);
});

test('Export CSV saves the report and Export Outage posts the server’s CSV, neither through a URL with the token', async () => {
  const page = lead.options;
  const view = desk(page);
  await expect(view.getByRole('alert')).toBeVisible();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(report.url()).toMatch(/^blob:chrome-extension:\/\//);
  const reportCsv = await readFile((await report.path())!, 'utf8');
  expect(reportCsv).toContain(`서연,${['1', '1', '1', '1', '2', '5', '0', '11'].join(',')}`);
  expect(reportCsv).toContain('Median,9');
  expect(reportCsv).not.toContain(team.leadToken);

  const [topic] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Export Outage posts' }).click(),
  ]);
  expect(topic.url()).toMatch(/^blob:chrome-extension:\/\//);
  expect(topic.suggestedFilename()).toBe(`careline-topic-outage-${RANGE[0]}-${RANGE[6]}.csv`);
  const lines = (await readFile((await topic.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(lines[0]).toContain('status_id');
  // The 14 outage posts answered in the range, one a line under the header.
  expect(lines).toHaveLength(15);
  await expect(view.getByRole('status')).toHaveText(`Saved ${topic.suggestedFilename()}`);
});

test('the lead opens an incident from the desk, sees its attached posts and resolves it', async () => {
  const page = lead.options;
  // The incidents keep their own outcome line, beside the form that produced it.
  const view = desk(page).getByRole('group', { name: 'Incidents', exact: true });
  await view.getByRole('textbox', { name: 'Incident title' }).fill('강남 LTE 장애');
  await view.getByRole('textbox', { name: 'Holding reply' }).fill('강남역 일대 LTE 장애를 확인하고 복구 중입니다.');
  await view.getByRole('button', { name: 'Open incident' }).click();
  await expect(view.getByRole('status')).toHaveText('Opened 강남 LTE 장애: agents now see its holding reply first.');

  const listed = IncidentList.parse(await (await team.server.api('/incidents', { token: team.leadToken })).json());
  const incident = listed.incidents.find((i) => i.title === '강남 LTE 장애');
  expect(incident?.status).toBe('open');
  const posts = ['1001', '1002', '1003'].map((n, i) => ({ statusId: `18${n}000000000000`, handle: `gangnam_${i}` }));
  const attached = await team.server.api(`/incidents/${incident!.id}/posts`, {
    token: team.leadToken,
    body: { posts },
  });
  expect(attached.status).toBe(200);

  // Showing the desk again reads the incidents anew: the posts agents attached are counted.
  await desk(page).getByRole('button', { name: 'Show desk' }).click();
  const item = desk(page).getByRole('listitem', { name: '강남 LTE 장애' });
  await expect(item).toContainText('3 posts attached, 0 answered with the fixed reply');
  await expect(item).toContainText('Open since');
  await item.getByRole('textbox', { name: 'Fixed reply' }).fill('강남역 일대 LTE가 복구되었습니다.');
  await item.getByRole('button', { name: 'Resolve' }).click();
  await expect(item.getByRole('status')).toHaveText(
    'Resolved 강남 LTE 장애: agents are walked through its posts with the fixed reply.',
  );
  await expect(item).toContainText('Resolved');
  await expect(item.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  const after = IncidentList.parse(await (await team.server.api('/incidents', { token: team.leadToken })).json());
  expect(after.incidents.find((i) => i.id === incident!.id)).toMatchObject({
    status: 'resolved',
    fixedReply: '강남역 일대 LTE가 복구되었습니다.',
    posts: 3,
  });
});

test('in Korean the spike alert and the desk read in Korean', async () => {
  const page = lead.options;
  await page
    .getByRole('region', { name: 'You', exact: true })
    .getByRole('combobox', { name: 'Language' })
    .selectOption({ label: '한국어' });
  const view = page.getByRole('region', { name: '팀장 데스크', exact: true });
  await expect(view.getByRole('alert')).toHaveText(`장애 급증: ${label(daysAgo(1), 'ko')} 9건 (평소 1건)`);
  await expect(cells(view.getByRole('table', { name: '상담원별 일일 답변' }), '서연')).toHaveText([
    '1',
    '1',
    '1',
    '1',
    '2',
    '5',
    '0',
    '11',
  ]);
  await expect(view.getByRole('button', { name: '장애 게시물 내보내기' })).toBeVisible();
  expect(await view.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
});

test('an agent who is not a lead does not see the lead’s desk', async ({ xServer }) => {
  const agent = await joinAgent(team, '지호', xServer.port, pageErrors);
  try {
    await expect(agent.options.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible();
    await expect(desk(agent.options)).toHaveCount(0);
    await expect(agent.options.getByRole('button', { name: 'Open incident' })).toHaveCount(0);
  } finally {
    await agent.close();
  }
});
