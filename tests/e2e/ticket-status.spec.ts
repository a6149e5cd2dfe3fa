/**
 * The call center's way back, in real Chromium: a team lead creates the team's ticket secret in
 * options → Team and gives it to the call center (the reference receiver); the lead hands 김민지's
 * post off; the receiver sends the ticket's status to the team server, signed with that secret; the
 * card, History and the post's queue mark show it. An update signed with another secret is refused
 * and shows nowhere; after a rotation the old secret is refused too.
 */
import { startReceiver, type Receiver } from '../../examples/handoff-receiver/server';
import { sendTicketStatus } from '../../examples/handoff-receiver/ticket-status';
import type { TestServer } from '../../server/testing';
import { expect, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';
import { shownMarks } from './queue-marks-read';
import { launchAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

/** 김민지's post in the imitation's queue (tests/fixtures/x-app/src/data.ts), on the search below. */
const MINJI_3 = '1994000000000000001';
const MINJI_POST = `/minji_kim/status/${MINJI_3}`;
const SEARCH = '/search?q=%EC%9C%A0%EC%8B%AC%20%EB%A8%B9%ED%86%B5&src=typed_query&f=live';
const REASON = '단말기 고장 · Device fault';

let server: TestServer;
let team: TeamForTests;
let agent: TeamAgent;
let receiver: Receiver;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  server = team.server;
  const lead = await launchAgent(team, '서연', xServer.port, pageErrors);
  await lead.join('lead');
  agent = lead;
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
  // The lead creates the ticket secret and copies it, with the team id, for the call center.
  const options = agent.options;
  const block = options.getByRole('group', { name: 'Call center status updates' });
  await expect(block).toContainText('No ticket secret yet');
  // The address the agents use (here through their own network to the server).
  await expect(block).toContainText(`${agent.network.url}/v1/tickets/status`);
  await block.getByRole('button', { name: 'Create ticket secret' }).click();
  const secretBox = block.getByRole('textbox', { name: 'Ticket secret' });
  await expect(secretBox).toHaveValue(/^cts_/);
  const ticketSecret = await secretBox.inputValue();
  const teamId = await block.getByRole('textbox', { name: 'Team id' }).inputValue();
  expect(teamId).toBe(team.teamId);
  await expect(block).toContainText('A ticket secret is set');
  receiver = await startReceiver({
    port: 0,
    secret: 'handoff-s3cret',
    teamServer: { url: server.url, teamId, secret: ticketSecret },
  });

  const extensionId = new URL(options.url()).host;
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

  // Rotating asks first; then the old secret is refused and the new one shown once.
  await options.bringToFront();
  await block.getByRole('button', { name: 'Rotate ticket secret' }).click();
  const confirm = block.getByRole('group', { name: 'Confirm rotation' });
  await confirm.getByRole('button', { name: 'Rotate now' }).click();
  await expect(secretBox).not.toHaveValue(ticketSecret);
  await expect(secretBox).toHaveValue(/^cts_/);
  await expect(receiver.sendStatus('CL-000001', 'closed')).rejects.toThrow(/401/);
});
