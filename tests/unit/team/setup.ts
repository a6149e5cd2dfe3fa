/** One agent's machine for the team tests: a Careline database, a secrets database with a session, a fake server. */
import { afterEach, vi } from 'vitest';
import { customersRepo } from '@/utils/db/customers-repo';
import { SecretsDatabase } from '@/utils/db/secrets-repo';
import { teamCacheRepo } from '@/utils/db/team-cache-repo';
import { teamOutboxRepo } from '@/utils/db/team-outbox-repo';
import { teamSessionRepo } from '@/utils/db/team-session-repo';
import { freshDbs } from '../fresh-db';
import { fakeTeamServer, SERVER_URL } from './fake-server';

export function teamMachines() {
  const freshDb = freshDbs('team');
  const secrets: SecretsDatabase[] = [];
  afterEach(async () => {
    vi.unstubAllGlobals();
    await Promise.all(secrets.splice(0).map((db) => db.delete()));
  });
  return async function machine(agentId = 'a-1', name = '서연', server = fakeTeamServer().install()) {
    const db = freshDb();
    const secretsDb = new SecretsDatabase(`team-secrets-${Math.random()}`);
    secrets.push(secretsDb);
    const agent = server.addAgent(agentId, name);
    const sessions = teamSessionRepo(secretsDb);
    await sessions.put({
      serverUrl: SERVER_URL,
      token: agent.token,
      team: { id: 'team-1', name: 'Care' },
      agent: { id: agent.id, name, role: 'agent' },
      settings: { cacheHours: 24, retentionDays: 1095, responseTargetMinutes: 60, claimMinutes: 15 },
      state: 'connected',
      joinedAt: new Date().toISOString(),
      cursor: '0',
    });
    return {
      db,
      server,
      agent,
      by: { agentId: agent.id, name },
      sessions,
      customers: customersRepo(db),
      outbox: teamOutboxRepo(db),
      cache: teamCacheRepo(db),
      repos: { cache: teamCacheRepo(db), sessions },
    };
  };
}
