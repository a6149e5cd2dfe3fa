/**
 * Agents of one team for the team e2e tests: each its own persistent Chromium profile with Careline,
 * its own network to the team server (team-network.ts), joined with an invite code. The session is
 * written into the extension's secrets database from its options page, as the options page's Join
 * stores it (the server's answer to /join, the server URL, state connected, cursor 0).
 */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchCareline } from '../../scripts/chromium';
import type { TestServer } from '../../server/testing';
import type { JoinResponse } from '../../utils/team/wire';
import { panelOf, welcomePage } from './fixtures';
import { teamNetwork, type TeamNetwork } from './team-network';

export interface TeamAgent {
  name: string;
  joined: JoinResponse;
  context: BrowserContext;
  extensionId: string;
  network: TeamNetwork;
  /** An x.com page of the imitation, and the customer card in its panel. */
  openCard(path: string): Promise<{ page: Page; panel: Frame; card: ReturnType<Frame['getByRole']> }>;
  /** Rows of a table of Careline's IndexedDB, read from an extension page. */
  rows<T>(table: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function joinAgent(
  server: TestServer,
  teamId: string,
  name: string,
  xPort: number,
  pageErrors: string[],
): Promise<TeamAgent> {
  const network = await teamNetwork(server.url);
  const joined = await server.join(await server.invite(teamId, name));
  const launched = await launchCareline({ port: xPort, headless: true });
  const context = launched.context;
  const extensionId = launched.extensionId ?? '';
  await (await welcomePage(context)).close();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async ({ session }) => {
      // The background opens the secrets database when it starts (version 2, x10 in IndexedDB).
      for (let i = 0; i < 200; i++) {
        const dbs = await indexedDB.databases();
        if (dbs.some((d) => d.name === 'careline-secrets' && (d.version ?? 0) >= 20)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('careline-secrets');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('team', 'readwrite');
        tx.objectStore('team').put(session);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      session: {
        id: 'team',
        serverUrl: network.url,
        token: joined.token,
        team: joined.team,
        agent: joined.agent,
        settings: joined.settings,
        state: 'connected',
        joinedAt: new Date().toISOString(),
        cursor: '0',
      },
    },
  );
  return {
    name,
    joined,
    context,
    extensionId,
    network,
    async openCard(path) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${name} ${page.url()}: ${error.message}`));
      await page.goto(`https://x.com${path}`);
      const panel = await panelOf(page);
      return { page, panel, card: panel.getByRole('region', { name: 'Customer' }) };
    },
    rows: <T>(table: string) =>
      options.evaluate(async (name) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('careline');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
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
}
