/**
 * Incidents in the panel. An incident the lead opens reaches open panels live; "Attach to <title>"
 * attaches the post on screen in one click ("Attached to <title>"), and the incident's holding reply
 * becomes the first suggestion there, preselected. Once the lead resolves it, "Send fixed replies
 * (<n> left)" walks the posts: the server hands each agent its own next post, the tab opens it, the
 * fixed reply is preselected, Insert puts it in X's composer and the agent presses X's own Reply.
 * Two agents walk 50 posts at once here, in the browser, and none is fixed twice (the server's own
 * race test is tests/server/desk-incidents.test.ts).
 */
import type { Frame, Page } from '@playwright/test';
import type { TestServer } from '../../server/testing';
import { seedIncident } from '../../server/testing-desk';
import { deskWalkPosts } from '../fixtures/x-app/src/desk-walk';
import { expect, test } from './fixtures';
import { expectInView } from './in-view';
import { joinAgent, startTeam, type TeamAgent } from './team-agents';

const GANGNAM = '/minji_kim/status/1995000000000000001';
const OUTAGE = {
  title: 'LTE outage in Gangnam',
  holding: 'We know about the LTE outage in Gangnam and are fixing it.',
};
const OUTAGE_2 = { title: 'Network outage in Seoul', holding: 'We know about the network outage and are on it.' };
const FIXED = 'The LTE outage in Gangnam is fixed. Thank you for waiting.';
/**
 * The imitation's desk posts the walk answers (tests/fixtures/x-app/src/data.ts): six written out,
 * then the generated ones (desk-walk.ts), 50 in all.
 */
const WALK_POSTS = [
  { statusId: '1995000000000000002', handle: 'jihoon_park' },
  { statusId: '1995000000000000003', handle: 'seoyeon_lee' },
  { statusId: '1995000000000000004', handle: 'dohyun_choi' },
  { statusId: '1995000000000000005', handle: 'sarah_j_miller' },
  { statusId: '1995000000000000006', handle: 'tom_okafor' },
  { statusId: '1995000000000000007', handle: 'priya_n' },
  ...deskWalkPosts.map(({ statusId, handle }) => ({ statusId, handle })),
];
const N = WALK_POSTS.length;

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let leadToken: string;
let seoyeon: TeamAgent;
let jimin: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  const team = await startTeam();
  server = team.server;
  leadToken = team.leadToken;
  seoyeon = await joinAgent(team, '서연', xServer.port, pageErrors);
  jimin = await joinAgent(team, '지민', xServer.port, pageErrors);
});

test.afterAll(async () => {
  await seoyeon?.close();
  await jimin?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

/** The option selected in the reply list (the one Insert inserts). */
const selectedOption = (panel: Frame) => panel.getByRole('option', { selected: true });

test('an incident opened while the panel is open arrives live; Attach makes its holding reply the first suggestion', async () => {
  const { page, panel } = await seoyeon.openCard(GANGNAM);
  const desk = panel.getByRole('region', { name: 'Incidents' });
  await expect(panel.getByRole('radiogroup', { name: 'Topic' })).toBeVisible();
  // No incident yet: no incidents region at all, nothing between the agent and the reply list.
  await expect(desk).toHaveCount(0);
  const holding = panel.getByRole('option', { name: `${OUTAGE.title}: holding reply` });
  await expect(holding).toHaveCount(0);

  // The lead opens it (an internet post: its topic is not the incident's, so nothing is suggested yet).
  await seedIncident(server, leadToken, { title: OUTAGE.title, holdingReply: OUTAGE.holding, topic: 'outage' });
  const attach = desk.getByRole('button', { name: `Attach to ${OUTAGE.title}` });
  await expect(attach).toBeVisible({ timeout: 15_000 });
  await expect(holding).toHaveCount(0);

  await attach.click();
  await expect(desk.getByRole('status').filter({ hasText: `Attached to ${OUTAGE.title}` })).toBeVisible();
  await expect(attach).toHaveCount(0);
  await expect(selectedOption(panel)).toHaveAccessibleName(`${OUTAGE.title}: holding reply`);
  const suggested = panel.getByRole('group', { name: 'Suggested' }).getByRole('option');
  await expect(suggested.first()).toHaveAccessibleName(`${OUTAGE.title}: holding reply`);
  // With the incident line above the reply list, search, the preview and Insert are still in view.
  for (const size of [
    { width: 1100, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    const at = `${size.width}x${size.height}`;
    await expectInView(panel.getByRole('searchbox', { name: 'Search templates' }), `template search at ${at}`);
    await expectInView(panel.locator('.preview-text'), `preview at ${at}`);
    await expectInView(panel.getByRole('button', { name: 'Insert', exact: true }), `Insert at ${at}`);
  }

  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(page.getByTestId('tweetTextarea_0')).toContainText(OUTAGE.holding);
  await page.close();

  // On the server, attached once, by this click.
  const listed = (await (await server.api('/incidents', { token: leadToken })).json()) as {
    incidents: Array<{ title: string; posts: number }>;
  };
  expect(listed.incidents.find((i) => i.title === OUTAGE.title)?.posts).toBe(1);
});

test('a colleague opening the panel later sees the incident, and the post already attached stays one', async () => {
  const { page, panel } = await jimin.openCard(GANGNAM);
  const desk = panel.getByRole('region', { name: 'Incidents' });
  await desk.getByRole('button', { name: `Attach to ${OUTAGE.title}` }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Already attached to an incident' })).toBeVisible();
  await page.close();
});

/**
 * One agent's walk until the server has no post left for them: per post, the panel's Insert and X's
 * Reply (the walk itself started by the caller's click), then "Next post". The posts this agent fixed.
 */
async function walk(page: Page, panel: Frame, total: number): Promise<string[]> {
  const desk = panel.getByRole('region', { name: 'Incidents' });
  const fixed: string[] = [];
  for (;;) {
    const step = desk.getByRole('status').filter({ hasText: /^Fixed reply \d+ of \d+$|^Every post of / });
    await expect(step).toBeVisible({ timeout: 20_000 });
    if ((await step.textContent())?.startsWith('Every post of')) return fixed;
    await expect(step).toHaveText(new RegExp(`^Fixed reply \\d+ of ${total}$`));
    // The tab is on the post the server handed this agent, and the fixed reply is preselected there.
    const post = /\/status\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    await expect(selectedOption(panel)).toHaveAccessibleName(`${OUTAGE_2.title}: fixed reply`);
    await expect(panel.getByRole('group', { name: 'Suggested' }).getByRole('option').first()).toHaveAccessibleName(
      `${OUTAGE_2.title}: fixed reply`,
    );
    // One line of walk above the list: Insert needs no scroll, at 1100x800 too (agent A's window).
    await expectInView(panel.getByRole('button', { name: 'Insert', exact: true }), `Insert on ${post}`);
    await panel.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect(page.getByTestId('tweetTextarea_0')).toContainText(FIXED);
    await page.getByTestId('tweetButtonInline').click();
    fixed.push(post);
    // Logged, told to the server: the next post, or the end.
    const next = desk.getByRole('button', { name: 'Next post' });
    const done = desk.getByRole('status').filter({ hasText: /^Every post of / });
    await expect(next.or(done)).toBeVisible({ timeout: 20_000 });
    if (await done.isVisible()) return fixed;
    await next.click();
  }
}

test('two agents walk a resolved incident of 50 posts: each post gets the fixed reply once, from one of them', async () => {
  expect(N).toBe(50);
  // 25 posts each: about 41 s at --workers=1 on the loaded 2-core machine, so three minutes is room.
  test.setTimeout(180_000);
  await seedIncident(server, leadToken, {
    title: OUTAGE_2.title,
    holdingReply: OUTAGE_2.holding,
    topic: 'outage',
    posts: WALK_POSTS,
    fixedReply: FIXED,
  });
  const a = await seoyeon.openCard(GANGNAM);
  const b = await jimin.openCard(GANGNAM);
  await a.page.setViewportSize({ width: 1100, height: 800 });
  const startA = a.panel.getByRole('button', { name: `Send fixed replies (${N} left)` });
  const startB = b.panel.getByRole('button', { name: `Send fixed replies (${N} left)` });
  await expect(startA).toBeVisible({ timeout: 15_000 });
  await expect(startB).toBeVisible({ timeout: 15_000 });
  await Promise.all([startA.click(), startB.click()]);
  const [byA, byB] = await Promise.all([walk(a.page, a.panel, N), walk(b.page, b.panel, N)]);

  const all = [...byA, ...byB];
  expect(new Set(all).size, `${byA.join()} / ${byB.join()}`).toBe(all.length);
  expect(all.sort()).toEqual(WALK_POSTS.map((p) => p.statusId).sort());
  expect(byA.length).toBeGreaterThan(0);
  expect(byB.length).toBeGreaterThan(0);

  // X saw one reply per post, and the server counts every post fixed.
  const sent = async (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { __xapp: { sent: Array<{ inReplyTo?: string; text: string }> } }).__xapp.sent.map(
        (s) => `${s.inReplyTo}:${s.text}`,
      ),
    );
  const replies = [...(await sent(a.page)), ...(await sent(b.page))];
  expect(replies.sort()).toEqual(WALK_POSTS.map((p) => `${p.statusId}:${FIXED}`).sort());
  const listed = (await (await server.api('/incidents', { token: leadToken })).json()) as {
    incidents: Array<{ title: string; posts: number; fixed: number }>;
  };
  expect(listed.incidents.find((i) => i.title === OUTAGE_2.title)).toMatchObject({ posts: N, fixed: N });
  // Nothing is owed any more: the start button is gone from both panels.
  await expect(a.panel.getByRole('button', { name: /^Send fixed replies/ })).toHaveCount(0);
  await expect(b.panel.getByRole('button', { name: /^Send fixed replies/ })).toHaveCount(0);
});

test('in Korean: Attach is "<title>에 연결", and a post the walk answered is already attached elsewhere', async () => {
  await seoyeon.options.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const first = WALK_POSTS[0]!;
  const { page, panel } = await seoyeon.openCard(`/${first.handle}/status/${first.statusId}`);
  const desk = panel.getByRole('region', { name: '장애 대응' });
  // The resolved incident owes nothing any more: only the open one is offered.
  await expect(desk.getByRole('button', { name: /^복구 답장 보내기/ })).toHaveCount(0);
  await desk.getByRole('button', { name: `${OUTAGE.title}에 연결` }).click();
  await expect(desk.getByRole('status').filter({ hasText: '이미 장애에 연결된 글입니다' })).toBeVisible();
  await expect(desk).toHaveCSS('word-break', 'keep-all');
  await page.close();
});
