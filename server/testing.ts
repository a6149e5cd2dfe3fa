/**
 * A team server for tests (vitest and Playwright): a fresh migrated database (PGlite in memory, or a
 * new PostgreSQL database when the run is on PostgreSQL), a free port on 127.0.0.1, and helpers that
 * do what the lead's CLI does. Log lines are kept so tests can check what the server wrote.
 */
import type { AppOptions } from './app';
import { asTeam } from './db/team-scope';
import { startServer, type RunningServer } from './main';
import { createInvite } from './store/agents';
import { createTeam } from './store/teams';
import { openTestDatabase, type TestEngine } from './test-database';
import { openLiveClient, type LiveClientOptions, type LiveTestClient } from './testing-live';
import { startPeerServer, type PeerServer } from './testing-peer';
import { API_PREFIX, JoinResponse, type Role } from '../utils/team/wire';

export interface TestServer extends RunningServer {
  /** Every line the server logged, in order. */
  logLines: string[];
  /** A team with its lead's one-time invite code (as `npm run server -- create-team` prints it). */
  createTeam(name?: string, leadName?: string): Promise<{ teamId: string; leadCode: string; leadAgentId: string }>;
  /** A one-time invite code for a new agent (or lead) of the team. */
  invite(teamId: string, name: string, role?: Role): Promise<string>;
  /** Spends an invite code over HTTP, as the extension does. */
  join(code: string): Promise<JoinResponse>;
  /** A request to /v1`path` with a bearer token and a JSON body. */
  api(
    path: string,
    init?: { token?: string; body?: unknown; method?: string; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Response>;
  /** A live connection (/v1/live) as the agent with this token, past hello and welcome. */
  live(token: string | null, options?: LiveClientOptions): Promise<LiveTestClient>;
  /**
   * A second server on the same database (a second process on PostgreSQL): its url, and live
   * clients connected to it. Closed with this server.
   */
  startPeer(): Promise<
    PeerServer & { live(token: string | null, options?: LiveClientOptions): Promise<LiveTestClient> }
  >;
}

export interface TestServerOptions {
  engine?: TestEngine;
  now?: () => Date;
  app?: AppOptions;
  port?: number;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await openTestDatabase(options.engine);
  const logLines: string[] = [];
  let server: RunningServer;
  try {
    server = await startServer({
      db: database.db,
      port: options.port ?? 0,
      now: options.now,
      app: options.app,
      log: (line) => logLines.push(line),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  const peers: PeerServer[] = [];
  const api: TestServer['api'] = (path, init = {}) =>
    fetch(`${server.url}${API_PREFIX}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      signal: init.signal,
    });
  return {
    ...server,
    logLines,
    api,
    live: (token, liveOptions) => openLiveClient(server.url, token, liveOptions),
    async startPeer() {
      const peer = await startPeerServer(server.db, database.databaseUrl);
      peers.push(peer);
      return { ...peer, live: (token, liveOptions) => openLiveClient(peer.url, token, liveOptions) };
    },
    async createTeam(name = 'Care team', leadName = 'Lead') {
      const team = await createTeam(server.db, name, leadName, now());
      return { teamId: team.teamId, leadCode: team.leadCode, leadAgentId: team.leadAgentId };
    },
    async invite(teamId, name, role = 'agent') {
      const invite = await asTeam(server.db, teamId, (tx) => createInvite(tx, teamId, { name, role }, now()));
      return invite.code;
    },
    async join(code) {
      const response = await api('/join', { body: { inviteCode: code } });
      if (response.status !== 200) throw new Error(`join answered ${response.status}: ${await response.text()}`);
      return JoinResponse.parse(await response.json());
    },
    async close() {
      for (const peer of peers.splice(0)) await peer.close();
      await server.close();
      await database.close();
    },
  };
}
