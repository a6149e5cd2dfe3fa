/**
 * Three agents of one team (three Chromium profiles, one team server) on the same customer's post:
 * each panel says who else is viewing it and who is replying, live, and clears it; a claim made in
 * one panel is seen in the others; a revoked agent drops out of everyone's presence.
 */
import type { Frame, Page } from '@playwright/test';
import { composerState, expect, test } from './fixtures';
import type { TestServer } from '../../server/testing';
import { joinAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

const MINJI = '/minji_kim/status/1991000000000000101';
/** Live lines arrive over the network and a second browser: more than the default 5 s on a busy machine. */
const LIVE = { timeout: 20_000 };

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let team: TeamForTests;
let seoyeon: TeamAgent;
let jimin: TeamAgent;
let hana: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(180_000);
  team = await startTeam();
  server = team.server;
  seoyeon = await joinAgent(team, '서연', xServer.port, pageErrors);
  jimin = await joinAgent(team, '지민', xServer.port, pageErrors);
  hana = await joinAgent(team, '하늘', xServer.port, pageErrors);
});

test.afterAll(async () => {
  for (const agent of [seoyeon, jimin, hana]) await agent?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

const status = (panel: Frame, name: string) => panel.getByRole('status', { name, exact: true });

async function typeInBox(page: Page, text: string): Promise<void> {
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.insertText(text);
  await expect.poll(() => composerState(page)).toBe(text);
}

test('each panel shows who else is viewing the post and who is replying, and clears it', async () => {
  const a = await seoyeon.openCard(MINJI);
  const b = await jimin.openCard(MINJI);
  const c = await hana.openCard(MINJI);
  await expect(status(a.panel, '지민 is viewing')).toBeVisible(LIVE);
  await expect(status(a.panel, '하늘 is viewing')).toBeVisible(LIVE);
  await expect(status(b.panel, '서연 is viewing')).toBeVisible(LIVE);
  await expect(status(c.panel, '지민 is viewing')).toBeVisible(LIVE);
  // Never this agent itself.
  await expect(status(a.panel, '서연 is viewing')).toHaveCount(0);

  await typeInBox(b.page, '안녕하세요, 확인해 보겠습니다');
  await expect(status(a.panel, '지민 is replying')).toBeVisible(LIVE);
  await expect(status(c.panel, '지민 is replying')).toBeVisible(LIVE);
  await expect(status(a.panel, '지민 is viewing')).toHaveCount(0);

  // The box emptied: back to viewing. The page closed: gone.
  await b.page.getByTestId('tweetTextarea_0').click();
  await b.page.keyboard.press('Control+A');
  await b.page.keyboard.press('Delete');
  await expect.poll(() => composerState(b.page)).toBe('');
  await expect(status(a.panel, '지민 is viewing')).toBeVisible(LIVE);
  await expect(status(c.panel, '지민 is replying')).toHaveCount(0, LIVE);
  await b.page.close();
  await expect(status(a.panel, '지민 is viewing')).toHaveCount(0, LIVE);
  await expect(status(c.panel, '지민 is viewing')).toHaveCount(0, LIVE);
  await expect(status(c.panel, '서연 is viewing')).toBeVisible();
  await a.page.close();
  await c.page.close();
});

test('a claim taken in one panel is seen in the others, and released', async () => {
  const a = await seoyeon.openCard(MINJI);
  const b = await jimin.openCard(MINJI);
  const c = await hana.openCard(MINJI);
  await expect(status(a.panel, '지민 is viewing')).toBeVisible(LIVE);
  await a.panel.getByRole('button', { name: 'Take this one', exact: true }).click();
  await expect(a.panel.getByRole('status', { name: /^Yours until \d{1,2}:\d{2}/ })).toBeVisible(LIVE);
  await expect(a.panel.getByRole('button', { name: 'Take this one' })).toHaveCount(0);
  for (const other of [b, c]) {
    await expect(other.panel.getByRole('status', { name: /^Claimed by 서연 until \d{1,2}:\d{2}/ })).toBeVisible(LIVE);
    await expect(other.panel.getByRole('button', { name: 'Take this one' })).toHaveCount(0);
  }
  // A panel opened after the claim learns it too.
  const late = await hana.openCard(MINJI);
  await expect(late.panel.getByRole('status', { name: /^Claimed by 서연 until / })).toBeVisible(LIVE);
  await late.page.close();

  await a.panel.getByRole('button', { name: 'Release', exact: true }).click();
  for (const other of [b, c]) {
    await expect(other.panel.getByRole('status', { name: /^Claimed by / })).toHaveCount(0, LIVE);
    await expect(other.panel.getByRole('button', { name: 'Take this one' })).toBeVisible();
  }
  await expect(a.panel.getByRole('button', { name: 'Take this one' })).toBeVisible();
  for (const { page } of [a, b, c]) await page.close();
});

test("a revoked agent drops out of everyone's presence", async () => {
  const a = await seoyeon.openCard(MINJI);
  const c = await hana.openCard(MINJI);
  await expect(status(a.panel, '하늘 is viewing')).toBeVisible(LIVE);
  await expect(status(c.panel, '서연 is viewing')).toBeVisible(LIVE);
  await expect(c.panel.getByRole('button', { name: 'Take this one' })).toBeVisible();
  const revoked = await server.api('/agents/revoke', { token: team.leadToken, body: { agentId: hana.agentId } });
  expect(revoked.status).toBe(200);
  await expect(status(a.panel, '하늘 is viewing')).toHaveCount(0, LIVE);
  // The revoked panel no longer shows the team's presence or claims either.
  await expect(status(c.panel, '서연 is viewing')).toHaveCount(0, LIVE);
  await expect(c.panel.getByRole('button', { name: 'Take this one' })).toHaveCount(0);
  await expect(a.panel.getByRole('button', { name: 'Take this one' })).toBeVisible();
  await a.page.close();
  await c.page.close();
});
