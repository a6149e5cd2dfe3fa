/**
 * X's lists as the team's queue, two agents on one team server: 서연 answers a post from X's reply
 * box (Careline logs it for the team) and the lead claims another; 지민 sees, on a search-results
 * page and on notifications, which posts are answered, claimed or waiting and for how long, the
 * ones past the team's 60-minute target highlighted, and hides the answered ones with the panel's
 * switch.
 */
import { expect, test } from './fixtures';
import type { TestServer } from '../../server/testing';
import { joinAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';
import { shownMarks } from './queue-marks-read';

/** The imitation's queue posts (tests/fixtures/x-app/src/data.ts), by minutes before page load. */
const MINJI_3 = '1994000000000000001';
const SARAH_12 = '1994000000000000002';
const JIHOON_25 = '1994000000000000003';
const TOM_48 = '1994000000000000004';
const SEOYEON_95 = '1994000000000000005';
const PRIYA_140 = '1994000000000000006';
const DOHYUN_7 = '1994000000000000007';
const SEARCH = '/search?q=%EC%9C%A0%EC%8B%AC%20%EB%A8%B9%ED%86%B5&src=typed_query&f=live';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let team: TeamForTests;
let seoyeon: TeamAgent;
let jimin: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  server = team.server;
  seoyeon = await joinAgent(team, '서연', xServer.port, pageErrors);
  jimin = await joinAgent(team, '지민', xServer.port, pageErrors);
  // 김민지 is not in the team's record yet: 서연's reply, from a post she opened with the panel, is
  // shared all the same, so her colleagues see the post answered.
  // The lead takes 박지훈's post: a claim the others see.
  const claim = await server.api('/claims', { token: team.leadToken, body: { postId: JIHOON_25 } });
  expect(claim.status).toBe(200);
});

test.afterAll(async () => {
  await seoyeon?.close();
  await jimin?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

test('a reply sent with Careline, a claim and the waiting posts are marked on search results and notifications', async () => {
  test.setTimeout(90_000);
  // 서연 answers 김민지's post from X's reply box, with a template from the panel.
  const a = await seoyeon.openCard(`/minji_kim/status/${MINJI_3}`);
  await a.panel.getByRole('option', { name: 'Ask for a DM' }).click();
  await a.panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await a.page.getByTestId('tweetButtonInline').click();
  await expect(a.card.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText('Reply sent');

  const b = await jimin.openCard(SEARCH);
  // No names, no handles: what happened and how long it has waited.
  await expect.poll(async () => (await shownMarks(b.page))[MINJI_3]?.state, { timeout: 30_000 }).toBe('answered');
  const onSearch = await shownMarks(b.page);
  expect(onSearch[MINJI_3]?.text).toMatch(/^Answered in \d+ min$/);
  expect(onSearch[JIHOON_25]).toEqual({ text: 'Claimed', state: 'claimed', past: false });
  expect(onSearch[DOHYUN_7]).toEqual({
    text: expect.stringMatching(/^Waiting [78] min$/),
    state: 'waiting',
    past: false,
  });
  expect(onSearch[SEOYEON_95]).toEqual({ text: 'Waiting 1 hr', state: 'waiting', past: true });
  expect(Object.keys(onSearch).sort()).toEqual([MINJI_3, JIHOON_25, SEOYEON_95, DOHYUN_7].sort());
  for (const mark of Object.values(onSearch)) expect(mark.text).not.toMatch(/서연|팀장|acme|@/);
  await expect(b.panel.getByRole('status').filter({ hasText: 'waiting' })).toHaveText(
    '2 waiting · 1 past the 60-minute target · 1 claimed · 1 answered',
  );

  // The same marks on notifications → Mentions, reached through X's own navigation.
  await b.page.goto('https://x.com/notifications/mentions');
  await expect.poll(async () => (await shownMarks(b.page))[MINJI_3]?.state, { timeout: 20_000 }).toBe('answered');
  const onMentions = await shownMarks(b.page);
  expect(onMentions[SARAH_12]).toMatchObject({ state: 'waiting', past: false });
  expect(onMentions[TOM_48]).toMatchObject({ state: 'waiting', past: false });
  expect(onMentions[SEOYEON_95]).toMatchObject({ state: 'waiting', past: true });
  expect(onMentions[PRIYA_140]).toEqual({ text: 'Waiting 2 hr', state: 'waiting', past: true });
  const panel =
    b.panel
      .page()
      .frames()
      .find((f) => f.url().includes('/panel.html')) ?? b.panel;
  await expect(panel.getByRole('status').filter({ hasText: 'waiting' })).toHaveText(
    '4 waiting · 2 past the 60-minute target · 1 answered',
  );
});

test('"Hide answered" collapses the answered posts and keeps them in X\'s list; off brings them back', async () => {
  const b = await jimin.openCard(SEARCH);
  await expect.poll(async () => (await shownMarks(b.page))[MINJI_3]?.state, { timeout: 30_000 }).toBe('answered');
  // By markup, not role: a collapsed card leaves the accessibility tree but stays in X's list.
  const answered = b.page.locator('article[data-testid="tweet"]', { hasText: '어제부터 통화가 안 돼요' });
  const waiting = b.page.getByRole('article').filter({ hasText: '재부팅 먼저' });
  await expect(answered).toBeVisible();
  const hide = b.panel.getByRole('switch', { name: 'Hide answered' });
  await expect(hide).not.toBeChecked();
  await hide.check();
  await expect(answered).toBeHidden();
  await expect(waiting).toBeVisible();
  // Collapsed, not removed: X's list keeps every card.
  await expect(b.page.locator('article[data-testid="tweet"]')).toHaveCount(4);
  // The switch holds for every x.com tab, and after a reload.
  await b.page.reload();
  const again = b.page.locator('article[data-testid="tweet"]', { hasText: '어제부터 통화가 안 돼요' });
  await expect(again).toHaveCount(1);
  await expect(again).toBeHidden();
  const panel = b.page.frames().find((f) => f.url().includes('/panel.html'));
  if (!panel) throw new Error('no panel after reload');
  await panel.getByRole('switch', { name: 'Hide answered' }).uncheck();
  await expect(again).toBeVisible();
});
