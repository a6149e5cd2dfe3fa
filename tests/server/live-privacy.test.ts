// Presence is ephemeral: never a row in any table, never a word in the server's log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { presenceSubject } from '../../utils/team/live-wire';
import { teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('presence leaves no trace', () => {
  it('is in no table and no log line, while agents view and reply', async () => {
    const { teamId, agents } = await teamWithAgents(server, 'T', ['Presencename One', 'Presencename Two']);
    const post = await presenceSubject(teamId, 'post', '1800000000000000077');
    const customer = await presenceSubject(teamId, 'customer', '4242');
    const [a, b] = await Promise.all(agents.map((x) => server.live(x.token)));
    a!.send({ type: 'presence', subjects: [post, customer], state: 'replying' });
    b!.send({ type: 'presence', subjects: [post], state: 'viewing' });
    await a!.next('presence', (m) => m.people.length > 0);
    await b!.next('presence', (m) => m.people.some((p) => p.state === 'replying'));

    // Every row of every table, as text, while both are present.
    const tables = await server.db.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename).filter((t) => /presence|live_(?!tickets)/.test(t))).toEqual([]);
    let everything = '';
    for (const { tablename } of tables) {
      const rows = await server.db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`);
      everything += rows.map((r) => r.row).join('\n');
    }
    expect(everything).toContain('Presencename One');
    for (const secret of [post, customer, 'replying', 'viewing']) expect(everything).not.toContain(secret);

    const log = server.logLines.join('\n');
    for (const secret of [post, customer, 'replying', 'viewing', 'Presencename', agents[0]!.agent.id, 'cll_']) {
      expect(log).not.toContain(secret);
    }
    expect(server.logLines.filter((l) => l.startsWith('GET /v1/live'))).toEqual([
      'GET /v1/live 101',
      'GET /v1/live 101',
    ]);
    await Promise.all([a!.close(), b!.close()]);
  });
});
