/**
 * Reliability: 50 agents push 20,000 events over HTTP while the server process is killed (SIGKILL) and
 * started again twice on the same data, as a crash would. Afterwards every event is stored exactly
 * once, and every agent's pulled history of each customer is the server's, event for event (compared
 * by checksum), with the same tag state everywhere. Runs on the suite's engine: a PGlite data folder, or
 * a fresh database in the PostgreSQL cluster of CARELINE_TEST_DATABASE_URL (the server process is
 * killed, not PostgreSQL).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../server/db/db';
import { openDb } from '../../server/db/db';
import { openTestDatabase, testEngine, type TestDatabase } from '../../server/test-database';
import { freePort, ServerProcess, type Store } from './support/server-process';
import { checksum, makeEvents, SimAgent, tagState, type HistoryLine } from './support/sim-agent';
import { createTeamOnCli, inBatches, joinTeam } from './support/team-setup';

const AGENTS = 50;
const EVENTS = 20_000;
const HANDLES = Array.from({ length: 6 }, (_, i) => `rel_cust_${i}`);
const BATCH = 50;
/** Kill the server when this share of the events has been acknowledged. */
const KILL_AT = [1 / 3, 2 / 3];
/** How long a long-poll waits while agents push (short, so restarts are crossed by open polls). */
const WAIT_MS = 1_000;
const TIME_LIMIT_MS = 6 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface StoredRow extends HistoryLine {
  customer_id: string;
}

async function storedEvents(db: Queryable, teamId: string): Promise<StoredRow[]> {
  const rows = await db.query<Record<string, string | null>>(
    // Ordered by the bigint, not by the text it is selected as.
    `SELECT e.seq::text AS seq, e.client_id::text AS client_id, e.customer_id::text AS customer_id, e.kind, e.text, e.tag
         FROM events e WHERE e.team_id = $1 ORDER BY e.seq`,
    [teamId],
  );
  return rows.map((r) => ({
    seq: String(r.seq),
    clientId: String(r.client_id),
    customer_id: String(r.customer_id),
    kind: String(r.kind),
    text: r.text ?? null,
    tag: r.tag ?? null,
  }));
}

/** The server's data: a PGlite folder in `dir`, or a fresh PostgreSQL database of the suite's cluster. */
async function makeStore(dir: string): Promise<{ store: Store; database?: TestDatabase }> {
  if (testEngine() === 'pglite') return { store: { dataDir: path.join(dir, 'data') } };
  const database = await openTestDatabase('postgres');
  return { store: { databaseUrl: database.databaseUrl ?? '' }, database };
}

/** Reads the server's rows once it has stopped (a PGlite folder has one user at a time). */
async function readStored(store: Store, database: TestDatabase | undefined, teamId: string): Promise<StoredRow[]> {
  if (database) return storedEvents(database.db, teamId);
  const db = await openDb(store);
  try {
    return await storedEvents(db, teamId);
  } finally {
    await db.close();
  }
}

describe('team server reliability', () => {
  it(
    `${AGENTS} agents, ${EVENTS} events, two SIGKILL restarts: each event stored once, every history converges`,
    async () => {
      const started = Date.now();
      const deadline = started + TIME_LIMIT_MS;
      const phases: string[] = [];
      const phase = (name: string) => phases.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'careline-reliability-'));
      const { store, database } = await makeStore(dir);
      const server = new ServerProcess({ store, port: await freePort() });
      try {
        const leadCode = await createTeamOnCli(store, `신뢰성 ${Date.now()}`);
        await server.start();
        const team = await joinTeam(server.url, leadCode, AGENTS, HANDLES, deadline);
        const agents = team.agents.map((a) => new SimAgent(server.url, a.token, a.name, deadline));
        const ids = HANDLES.map((h) => team.customerIds.get(h) ?? '');

        // Every agent finds the customers it keeps by handle, as a card does.
        await inBatches(agents, 10, async (agent) => {
          for (const [i, handle] of HANDLES.entries()) expect((await agent.lookup(handle)).customer?.id).toBe(ids[i]);
        });

        phase('set up');
        const planned = agents.map((_, i) => makeEvents(i, EVENTS / AGENTS, HANDLES));
        let acked = 0;
        let pushing = AGENTS;
        const crashes: { ackedBefore: number; agentsPushing: number }[] = [];
        const crasher = (async () => {
          for (const share of KILL_AT) {
            while (acked < share * EVENTS) {
              if (pushing === 0) throw new Error('the agents finished before the server could be killed');
              await sleep(10);
            }
            crashes.push({ ackedBefore: acked, agentsPushing: pushing });
            await server.kill();
            await server.start();
          }
        })();
        crasher.catch(() => undefined);
        await Promise.all(
          agents.map((agent, i) =>
            Promise.all([
              agent.push(planned[i] ?? [], BATCH, (n) => (acked += n)).finally(() => (pushing -= 1)),
              agent.follow(ids, () => pushing > 0, WAIT_MS),
            ]),
          ),
        );
        await crasher;
        phase('pushed');
        await inBatches(agents, 10, (agent) => agent.catchUp(ids));
        phase('caught up');
        const serverTags = await inBatches(HANDLES, 3, async (h) => (await agents[0]!.lookup(h)).tags);
        await server.stop();

        // The crashes happened mid-run and were felt by the agents.
        expect(server.starts).toBe(1 + KILL_AT.length);
        expect(crashes.filter((c) => c.agentsPushing > 0).length).toBe(KILL_AT.length);
        const stats = agents.map((a) => a.stats);
        expect(stats.reduce((n, s) => n + s.networkErrors, 0)).toBeGreaterThan(0);

        // Stored exactly once: every clientId once, nothing else, with what was pushed.
        const stored = await readStored(store, database, team.teamId);
        const expected = [...team.seeds, ...planned.flat()];
        const byClient = new Map<string, StoredRow[]>();
        for (const row of stored) byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);
        const missing = expected.filter((e) => !byClient.has(e.clientId)).map((e) => e.clientId);
        const doubled = [...byClient].filter(([, rows]) => rows.length > 1).map(([id]) => id);
        expect({ missing, doubled, stored: stored.length }).toEqual({
          missing: [],
          doubled: [],
          stored: expected.length,
        });
        const altered = expected.filter((e) => {
          const row = byClient.get(e.clientId)?.[0];
          return row?.kind !== e.kind || row.text !== (e.text ?? null) || row.tag !== (e.tag ?? null);
        });
        expect(altered.map((e) => e.clientId)).toEqual([]);
        // Each acknowledgement named the seq the event is stored under (a retry after a crash included).
        const seqOf = new Map(stored.map((r) => [r.clientId, r.seq]));
        const wrongAcks = agents.flatMap((a) => [...a.acked].filter(([id, seq]) => seqOf.get(id) !== seq));
        expect(wrongAcks).toEqual([]);
        expect(agents.reduce((n, a) => n + a.acked.size, 0)).toBe(EVENTS);

        // Every agent's history of every customer is the server's, in the same order, with the same tags.
        const differences: string[] = [];
        for (const [i, id] of ids.entries()) {
          const lines: HistoryLine[] = stored.filter((r) => r.customer_id === id);
          const sum = checksum(lines);
          const tags = tagState(lines);
          if ([...(serverTags[i] ?? [])].sort().join() !== tags.join()) differences.push(`lookup tags of ${id}`);
          for (const agent of agents) {
            const mine = agent.lines(id);
            if (checksum(mine) !== sum) differences.push(`${agent.name} / ${id}: ${mine.length} of ${lines.length}`);
            if (tagState(mine).join() !== tags.join()) differences.push(`${agent.name} / ${id}: tags`);
          }
        }
        expect(differences).toEqual([]);
        expect(stored.filter((r) => ids.includes(r.customer_id)).length).toBe(expected.length);

        const total = (k: keyof (typeof stats)[number]) => stats.reduce((n, s) => n + s[k], 0);
        console.log(
          `reliability: ${expected.length} events stored once; ${crashes.length} crashes at ` +
            `${crashes.map((c) => c.ackedBefore).join(', ')} acknowledged; retries: ${total('networkErrors')} network, ` +
            `${total('serverErrors')} 5xx, ${total('rateLimited')} 429; ${agents.reduce((n, a) => n + a.duplicates, 0)} ` +
            `already stored; ${agents.reduce((n, a) => n + a.syncCalls, 0)} syncs; ${phases.join(', ')}`,
        );
      } finally {
        await server.stop();
        await database?.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    TIME_LIMIT_MS + 60_000,
  );
});
