import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import { importCustomers } from '../../server/store/import';
import { LARGE_TEAM_CUSTOMERS, runRetention, startRetentionTimer } from '../../server/store/retention';
import { addEvent, createTeam, customersOf, openTestDb, utf8 } from './data-helpers';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2027-06-15T03:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

async function logAt(teamId: string, agentId: string, at: Date) {
  await db.query(`INSERT INTO access_log (team_id, agent_id, action, at) VALUES ($1, $2, 'lookup', $3)`, [
    teamId,
    agentId,
    at,
  ]);
}
const count = async (sql: string, teamId: string) =>
  Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, [teamId]))[0]?.n);

describe('retention', () => {
  it("removes events older than the team's retention days, and nothing else of the record", async () => {
    const lead = await createTeam(db);
    await db.query('UPDATE teams SET retention_days = 90 WHERE id = $1', [lead.teamId]);
    await importCustomers(db, lead, utf8('handle\n@kim\n'));
    const [kim] = await customersOf(db, lead.teamId);
    await addEvent(db, lead, kim!.id, ago(91), 'old');
    await addEvent(db, lead, kim!.id, ago(89), 'recent');
    const result = await runRetention(db, NOW, { teamId: lead.teamId });
    expect(result).toMatchObject({ teams: 1, events: 1 });
    const left = await db.query('SELECT text FROM events WHERE team_id = $1', [lead.teamId]);
    expect(left).toEqual([{ text: 'recent' }]);
    expect(await customersOf(db, lead.teamId)).toHaveLength(1);
  });

  it('deletes in batches until every old event is gone', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle\n@kim\n'));
    const [kim] = await customersOf(db, lead.teamId);
    for (let i = 0; i < 7; i++) await addEvent(db, lead, kim!.id, ago(4000 + i));
    expect((await runRetention(db, NOW, { teamId: lead.teamId, eventBatch: 3 })).events).toBe(7);
    expect(await count('events WHERE team_id = $1', lead.teamId)).toBe(0);
  });

  it('keeps the access log one year, two once the team holds 50,000 customers', async () => {
    expect(LARGE_TEAM_CUSTOMERS).toBe(50_000);
    const small = await createTeam(db, 'small');
    const large = await createTeam(db, 'large');
    await importCustomers(db, large, utf8('handle\n@a\n@b\n'));
    for (const team of [small, large]) {
      await logAt(team.teamId, team.agentId, ago(366));
      await logAt(team.teamId, team.agentId, ago(364));
      await logAt(team.teamId, team.agentId, ago(731));
    }
    for (const team of [small, large]) await runRetention(db, NOW, { teamId: team.teamId, largeTeamCustomers: 2 });
    expect(await count("access_log WHERE team_id = $1 AND action = 'lookup'", small.teamId)).toBe(1);
    expect(await count("access_log WHERE team_id = $1 AND action = 'lookup'", large.teamId)).toBe(2);
  });

  it('removes invites past their expiry', async () => {
    const lead = await createTeam(db);
    for (const [hash, expires] of [
      ['\\x01', ago(1)],
      ['\\x02', ago(-1)],
    ] as const) {
      await db.query(
        `INSERT INTO invites (code_hash, team_id, agent_id, expires_at) VALUES (decode($1 || $2, 'hex'), $3, $4, $5)`,
        [hash.slice(2), lead.teamId.replace(/-/g, ''), lead.teamId, lead.agentId, expires],
      );
    }
    expect((await runRetention(db, NOW, { teamId: lead.teamId })).invites).toBe(1);
    expect(await count('invites WHERE team_id = $1', lead.teamId)).toBe(1);
  });

  it('runs at start and on every tick of its timer, and stops', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle\n@kim\n'));
    const [kim] = await customersOf(db, lead.teamId);
    const lines: string[] = [];
    await addEvent(db, lead, kim!.id, new Date(Date.now() - 4000 * DAY));
    const stop = startRetentionTimer(db, { now: () => new Date(), log: (l) => lines.push(l) }, 50);
    await expect.poll(() => count('events WHERE team_id = $1', lead.teamId)).toBe(0);
    await addEvent(db, lead, kim!.id, new Date(Date.now() - 4000 * DAY));
    await expect.poll(() => count('events WHERE team_id = $1', lead.teamId)).toBe(0);
    await stop();
    await addEvent(db, lead, kim!.id, new Date(Date.now() - 4000 * DAY));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await count('events WHERE team_id = $1', lead.teamId)).toBe(1);
    expect(lines.some((l) => /^retention: removed \d+ events, \d+ access log entries, \d+ invites$/.test(l))).toBe(
      true,
    );
  });
});
