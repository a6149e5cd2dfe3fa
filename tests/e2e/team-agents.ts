/**
 * Agents of one team for the team e2e tests: each its own persistent Chromium profile with Careline
 * and its own network to the team server (team-network.ts), joined the way an agent joins: the
 * options page's Team section, the server's address and a one-time invite code.
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchCareline } from '../../scripts/chromium';
import { startTestServer, type TestServer } from '../../server/testing';
import { expect, panelOf, welcomePage } from './fixtures';
import { teamNetwork, type TeamNetwork } from './team-network';
import type { Role } from '../../utils/team/wire';

export interface TeamAgent {
  name: string;
  /** The agent's id on the team server (for the lead's Revoke), once joined. */
  agentId: string;
  /** The options page, where the agent joined. */
  options: Page;
  context: BrowserContext;
  network: TeamNetwork;
  /** An x.com page of the imitation, and the customer card in its panel. */
  openCard(path: string): Promise<{ page: Page; panel: Frame; card: ReturnType<Frame['getByRole']> }>;
  /** Rows of a table of Careline's IndexedDB, read from an extension page. */
  rows<T>(table: string): Promise<T[]>;
  close(): Promise<void>;
}

export interface TeamForTests {
  server: TestServer;
  teamId: string;
  teamName: string;
  leadToken: string;
}

/** An agent with Careline and a network to the team's server, not in the team yet (solo). */
export async function launchAgent(
  team: TeamForTests,
  name: string,
  xPort: number,
  pageErrors: string[],
): Promise<TeamAgent & { join(role?: Role): Promise<void> }> {
  const network = await teamNetwork(team.server.url);
  const launched = await launchCareline({ port: xPort, headless: true });
  const context = launched.context;
  await (await welcomePage(context)).close();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const agent: TeamAgent & { join(role?: Role): Promise<void> } = {
    name,
    agentId: '',
    options,
    async join(role: Role = 'agent') {
      const code = await team.server.invite(team.teamId, name, role);
      await options.reload();
      await options.getByRole('textbox', { name: 'Team server URL' }).fill(network.url);
      await options.getByRole('textbox', { name: 'Invite code' }).fill(code);
      await options.getByRole('button', { name: 'Join team' }).click();
      await expect(options.getByRole('status').filter({ hasText: 'Connected to' })).toHaveText(
        `Connected to ${team.teamName} as ${name}`,
      );
      const agents = (await (await team.server.api('/agents', { token: team.leadToken })).json()) as Array<{
        id: string;
        name: string;
      }>;
      agent.agentId = agents.find((a) => a.name === name)?.id ?? '';
    },
    context,
    network,
    async openCard(path) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${name} ${page.url()}: ${error.message}`));
      await page.goto(`https://x.com${path}`);
      const panel = await panelOf(page);
      return { page, panel, card: panel.getByRole('region', { name: 'Customer' }) };
    },
    rows: <T>(table: string) =>
      options.evaluate(async (store) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('careline');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return all;
      }, table) as Promise<T[]>,
    async close() {
      await context.close();
      await network.close();
    },
  };
  return agent;
}

/** An agent joined through the options page's Team section. */
export async function joinAgent(
  team: TeamForTests,
  name: string,
  xPort: number,
  pageErrors: string[],
): Promise<TeamAgent> {
  const agent = await launchAgent(team, name, xPort, pageErrors);
  await agent.join();
  return agent;
}

const TEAM_NAME = 'SKT 고객센터';

/** A fresh team server with one team, its lead joined (the lead's token drives the API in tests). */
export async function startTeam(): Promise<TeamForTests & { leadAgentId: string }> {
  const server = await startTestServer();
  const created = await server.createTeam(TEAM_NAME, '팀장');
  const joined = await server.join(created.leadCode);
  return { server, teamId: created.teamId, teamName: TEAM_NAME, leadToken: joined.token, leadAgentId: joined.agent.id };
}

/** A note as the lead pushes it (`POST /events`): it puts the customer into the team's record. */
export function leadNote(handle: string, text: string) {
  return { clientId: crypto.randomUUID(), customer: { handle }, kind: 'note', at: new Date().toISOString(), text };
}
