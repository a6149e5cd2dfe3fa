/**
 * Two agents of one team (two Chromium profiles, one team server): what one writes on a customer's
 * card reaches the other's; an agent cut off pushes once when back; a lead's erase reaches both; a
 * revoked agent is told and keeps everything on their machine.
 */
import { expect, test } from './fixtures';
import type { TestServer } from '../../server/testing';
import { LookupResponse } from '../../utils/team/wire';
import { joinAgent, launchAgent, leadNote, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const JIHOON = '/jihoon_park/status/1991000000000000103';
/** "서연 · 10:42 AM": who, then when (today: the time alone). */
const byline = (name: string) => new RegExp(`${name} · \\d{1,2}:\\d{2}`);

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let team: TeamForTests & { leadAgentId: string };
let lead: { token: string; agentId: string };
let seoyeon: TeamAgent;
let jimin: TeamAgent;
const pageErrors: string[] = [];

/** The team's record of a customer, as the lead's lookup sees it. */
async function onServer(handle: string): Promise<LookupResponse> {
  const answer = await server.api('/customers/lookup', { token: lead.token, body: { customer: { handle } } });
  return LookupResponse.parse(await answer.json());
}

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  server = team.server;
  lead = { token: team.leadToken, agentId: team.leadAgentId };
  // The lead's notes make the customers part of the team's record before the agents open their cards.
  const seeded = await server.api('/events', {
    token: lead.token,
    body: { events: [leadNote('minji_kim', '요금제 변경 문의 이력'), leadNote('sarah_j_miller', 'Roaming question')] },
  });
  expect(seeded.status).toBe(200);
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

test("a note or a tag by one agent appears on the other's card, every entry saying who and when", async () => {
  const a = await seoyeon.openCard(MINJI);
  const b = await jimin.openCard(MINJI);
  const notesOf = (card: typeof a.card) => card.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  // Both looked the customer up: the lead's note is on both cards, with who wrote it.
  await expect(notesOf(b.card).first()).toContainText('요금제 변경 문의 이력');
  await expect(notesOf(b.card).first()).toContainText(byline('팀장'));
  await expect(notesOf(a.card).first()).toContainText(byline('팀장'));

  await a.card.getByRole('textbox', { name: 'Note' }).fill('오전에 통화, 유심 재발송 안내');
  await a.card.getByRole('button', { name: 'Add note' }).click();
  // The agent's own entry says who too, once joined.
  await expect(notesOf(a.card).first()).toContainText(byline('서연'));
  await expect(notesOf(b.card).first()).toContainText('오전에 통화, 유심 재발송 안내', { timeout: 20_000 });
  await expect(notesOf(b.card).first()).toContainText(byline('서연'));
  await expect(notesOf(b.card)).toHaveCount(2);

  await a.card.getByRole('textbox', { name: 'New tag' }).fill('개통지연');
  await a.card.getByRole('button', { name: 'Add tag' }).click();
  const tagsOfB = b.card.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(tagsOfB).toHaveText(['개통지연×'], { timeout: 20_000 });
  await expect(b.card.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText(
    /Tag added · 서연 · /,
  );
  // And back: the colleague removes it, the first agent's card follows.
  await b.card.getByRole('button', { name: 'Remove tag 개통지연' }).click();
  await expect(a.card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(0, { timeout: 20_000 });
  expect((await onServer('minji_kim')).tags).toEqual([]);
  await a.page.close();
  await b.page.close();
});

test('an agent offline for a while pushes on reconnect, once, even when an answer is lost on the way', async () => {
  const a = await seoyeon.openCard(MINJI);
  const b = await jimin.openCard(MINJI);
  const text = '지하철이라 오프라인: 내일 재연락';
  seoyeon.network.setOffline(true);
  await a.card.getByRole('textbox', { name: 'Note' }).fill(text);
  await a.card.getByRole('button', { name: 'Add note' }).click();
  // On the agent's card at once; queued, tried and waiting while offline; not on the server.
  await expect(a.card.getByRole('list', { name: 'Notes' }).getByRole('listitem').first()).toContainText(text);
  await expect
    .poll(async () => (await seoyeon.rows<{ attempts: number }>('teamOutbox')).map((r) => r.attempts > 0), {
      timeout: 20_000,
    })
    .toEqual([true]);
  expect((await onServer('minji_kim')).events.map((e) => e.text)).not.toContain(text);

  // Back online, and the first answer to the push is lost after the server stored it: the retry
  // carries the same client id, so the server keeps one.
  seoyeon.network.loseNextAnswer('/v1/events');
  seoyeon.network.setOffline(false);
  const notesOfB = b.card.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  await expect(notesOfB.filter({ hasText: text })).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(async () => (await seoyeon.rows('teamOutbox')).length, { timeout: 30_000 }).toBe(0);
  expect(seoyeon.network.requests.filter((p) => p === '/v1/events').length).toBeGreaterThanOrEqual(2);
  expect((await onServer('minji_kim')).events.filter((e) => e.text === text)).toHaveLength(1);
  await expect(notesOfB.filter({ hasText: text })).toHaveCount(1);
  await a.page.close();
  await b.page.close();
});

test("an agent's history from before joining reaches the team, once, when they upload it", async ({ xServer }) => {
  const text = '입사 전 메모: 해지 방어 성공';
  const newcomer = await launchAgent(team, '하늘', xServer.port, pageErrors);
  try {
    const solo = await newcomer.openCard(JIHOON);
    await solo.card.getByRole('textbox', { name: 'Note' }).fill(text);
    await solo.card.getByRole('button', { name: 'Add note' }).click();
    const soloNote = solo.card.getByRole('list', { name: 'Notes' }).getByRole('listitem').first();
    await expect(soloNote).toContainText(text);
    // Solo, the entry reads as it always has: no team name on it.
    await expect(soloNote).not.toContainText('하늘 · ');
    await solo.page.close();

    await newcomer.join();
    const offer = newcomer.options.getByRole('group', { name: 'Upload your local history' });
    await offer.getByRole('button', { name: 'Upload my history' }).click();
    await expect(newcomer.options.getByRole('status').filter({ hasText: 'Uploaded' })).toHaveText(
      'Uploaded 1 history entry to SKT 고객센터',
    );
    await expect(offer).toHaveCount(0);
    await expect
      .poll(async () => (await onServer('jihoon_park')).events.filter((e) => e.text === text).length, {
        timeout: 20_000,
      })
      .toBe(1);
    const a = await seoyeon.openCard(JIHOON);
    const note = a.card.getByRole('list', { name: 'Notes' }).getByRole('listitem').first();
    await expect(note).toContainText(text);
    await expect(note).toContainText(byline('하늘'));
    await a.page.close();
  } finally {
    await newcomer.close();
  }
});

test("a lead's erase removes the customer from the server and from every agent's machine", async () => {
  const agents = [seoyeon, jimin];
  const cards = await Promise.all(agents.map((agent) => agent.openCard(MINJI)));
  for (const { card } of cards)
    await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(3);
  const erased = await server.api('/customers/erase', {
    token: lead.token,
    body: { customer: { handle: 'minji_kim' } },
  });
  expect(erased.status).toBe(200);
  for (const { card } of cards) {
    await expect(card.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(0, { timeout: 30_000 });
    await expect(card.getByText('New customer')).toBeVisible();
  }
  for (const agent of agents) {
    const customers = await agent.rows<{ handle: string }>('customers');
    expect(customers.map((c) => c.handle)).not.toContain('minji_kim');
    const events = await agent.rows<{ customerHandle: string }>('events');
    expect(events.filter((e) => e.customerHandle === 'minji_kim')).toEqual([]);
  }
  expect((await onServer('minji_kim')).customer).toBeNull();
  for (const { page } of cards) await page.close();
});

test('a revoked agent is told on the card, sync stops, and nothing on their machine is lost', async () => {
  const b = await jimin.openCard(SARAH);
  const notesOfB = b.card.getByRole('list', { name: 'Notes' }).getByRole('listitem');
  await expect(notesOfB).toHaveCount(1);
  await expect(b.card.getByRole('alert')).toHaveCount(0);
  const revoked = await server.api('/agents/revoke', { token: lead.token, body: { agentId: jimin.agentId } });
  expect(revoked.status).toBe(200);
  await expect(b.card.getByRole('alert')).toContainText('Team sync stopped', { timeout: 40_000 });
  await expect(notesOfB).toHaveCount(1);
  // Still a working local card: a note is kept here, and stays here.
  await b.card.getByRole('textbox', { name: 'Note' }).fill('권한 해제 후 메모');
  await b.card.getByRole('button', { name: 'Add note' }).click();
  await expect(notesOfB).toHaveCount(2);
  expect((await onServer('sarah_j_miller')).events.map((e) => e.text)).not.toContain('권한 해제 후 메모');
  await b.page.close();
});
