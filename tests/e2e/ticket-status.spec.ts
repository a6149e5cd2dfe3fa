/**
 * The call center's way back, in real Chromium: an agent of a team hands 김민지's post off to the
 * reference receiver; the call center (the receiver) sends the ticket's status to the team server,
 * signed with the team's ticket secret; the agent sees it on the customer's card, in History and as
 * the post's queue mark. An update signed with another secret is refused and shows nowhere.
 */
import { startReceiver, type Receiver } from '../../examples/handoff-receiver/server';
import { sendTicketStatus } from '../../examples/handoff-receiver/ticket-status';
import type { TestServer } from '../../server/testing';
import { TicketSecretCreated } from '../../utils/team/desk-wire';
import { expect, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';
import { shownMarks } from './queue-marks-read';
import { joinAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

/** 김민지's post in the imitation's queue (tests/fixtures/x-app/src/data.ts), on the search below. */
const MINJI_3 = '1994000000000000001';
const MINJI_POST = `/minji_kim/status/${MINJI_3}`;
const SEARCH = '/search?q=%EC%9C%A0%EC%8B%AC%20%EB%A8%B9%ED%86%B5&src=typed_query&f=live';
const REASON = '단말기 고장 · Device fault';

let server: TestServer;
let team: TeamForTests;
let agent: TeamAgent;
let receiver: Receiver;
let ticketSecret: string;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  server = team.server;
  // The lead creates the team's ticket secret and gives it to the call center with the team id.
  const created = TicketSecretCreated.parse(
    await (await server.api('/tickets/secret', { token: team.leadToken, method: 'POST', body: {} })).json(),
  );
  ticketSecret = created.secret;
  receiver = await startReceiver({
    port: 0,
    secret: 'handoff-s3cret',
    teamServer: { url: server.url, teamId: created.teamId, secret: ticketSecret },
  });
  agent = await joinAgent(team, '서연', xServer.port, pageErrors);
});

test.afterAll(async () => {
  await agent?.close();
  await receiver?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

test("the call center's ticket status shows on the card, in History and on the queue", async () => {
  const extensionId = new URL(agent.options.url()).host;
  await configureWebhook(agent.context, extensionId, { url: receiver.webhookUrl, secret: 'handoff-s3cret' });

  const { panel, card } = await agent.openCard(MINJI_POST);
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption(REASON);
  await dialog.getByRole('textbox', { name: 'Note' }).fill('유심 교체 필요');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();
  await expect(card.getByRole('status')).toContainText('Ticket CL-000001');
  const [handed] = receiver.cases();
  expect(handed?.payload.customer.handle).toBe('minji_kim');

  // Signed with another secret: refused, and nothing reaches the agent.
  const forged = sendTicketStatus(
    { url: server.url, teamId: team.teamId, secret: 'not-the-ticket-secret' },
    { handoffId: handed?.idempotencyKey ?? '', ticketId: 'CL-000001', status: 'closed', note: 'forged' },
  );
  await expect(forged).rejects.toThrow(/401.*signature/);

  // The handoff reaches the team server with the agent's next push; until then the server knows no
  // such handoff (404) and the call center tries again, as a real one would.
  await expect(async () => {
    expect(await receiver.sendStatus('CL-000001', 'solved', 'SIM replaced at the store')).toMatchObject({
      duplicate: false,
    });
  }).toPass({ timeout: 20_000 });

  const history = card.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(history.first()).toContainText('Ticket CL-000001: Solved', { timeout: 20_000 });
  await expect(history.first()).toContainText('SIM replaced at the store');
  await expect(card.getByText('Call center: Ticket CL-000001: Solved')).toBeVisible();
  await expect(card).not.toContainText('forged');
  // Once, though the card refreshed on every live change since.
  await expect(history.filter({ hasText: 'Ticket CL-000001: Solved' })).toHaveCount(1);
  await expect(history.filter({ hasText: /Ticket CL-000001: / })).toHaveCount(1);

  // On X's search results, the post's queue mark says so (a state only: no names, no note).
  const search = await agent.openCard(SEARCH);
  await expect
    .poll(async () => (await shownMarks(search.page))[MINJI_3]?.text, { timeout: 30_000 })
    .toBe('Handed off · Solved');
});
