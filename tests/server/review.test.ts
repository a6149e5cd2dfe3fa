import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import type { AuthSession } from '../../server/http/env';
import { accessReview, median, monthRange } from '../../server/store/review';
import { addAgent, createTeam, openTestDb } from './data-helpers';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

/** `count` access log rows for `who`, at `at` (ISO, with its offset), on customers 1..count unless `customer`. */
async function log(who: AuthSession, action: string, at: string, count = 1, customer?: number) {
  await db.query(
    `INSERT INTO access_log (team_id, agent_id, action, customer_id, at)
     SELECT $1, $2, $3, COALESCE($5::bigint, g), $4::timestamptz FROM generate_series(1, $6::integer) g`,
    [who.teamId, who.agentId, action, at, customer ?? null, count],
  );
}

describe('the monthly access review', () => {
  it('counts per agent in Korean months and flags volume, exports, off-hours and daily bursts', async () => {
    const lead = await createTeam(db, 'Review team', '팀장');
    const seoyeon = await addAgent(db, lead, '서연');
    const jimin = await addAgent(db, lead, '지민');
    const dohyun = await addAgent(db, lead, '도현');
    // 1 December 00:30 KST is still November in UTC: it belongs to December here.
    await log(seoyeon, 'lookup', '2026-12-01T08:30:00+09:00', 40);
    await log(seoyeon, 'lookup', '2026-11-30T15:30:00Z', 1, 7);
    await log(jimin, 'lookup', '2026-12-02T10:00:00+09:00', 10);
    await log(dohyun, 'lookup', '2026-12-03T10:00:00+09:00', 500);
    await log(dohyun, 'lookup', '2026-12-04T22:00:00+09:00', 2, 1);
    await log(lead, 'export', '2026-12-05T10:00:00+09:00');
    await log(lead, 'erase', '2026-12-05T11:00:00+09:00', 1, 9);
    // Outside December (KST): 1 January 00:00 KST, and 30 November 23:59 KST.
    await log(jimin, 'lookup', '2026-12-31T15:00:00Z', 1000);
    await log(jimin, 'lookup', '2026-11-30T14:59:00Z', 1000);

    const review = await accessReview(db, lead.teamId, '2026-12');
    expect(review.month).toBe('2026-12');
    expect(review.medianLookups).toBe(41);
    expect(review.rows).toEqual([
      {
        agentId: dohyun.agentId,
        agentName: '도현',
        lookups: 502,
        exports: 0,
        erases: 0,
        distinctCustomers: 500,
        flags: ['volume', 'off-hours', 'daily-burst'],
        offHoursLookups: 2,
        busiestDayLookups: 500,
      },
      {
        agentId: seoyeon.agentId,
        agentName: '서연',
        lookups: 41,
        exports: 0,
        erases: 0,
        // Customer 7 twice; 00:30 KST is the same day as 08:30.
        distinctCustomers: 40,
        flags: ['off-hours'],
        offHoursLookups: 1,
        busiestDayLookups: 41,
      },
      {
        agentId: jimin.agentId,
        agentName: '지민',
        lookups: 10,
        exports: 0,
        erases: 0,
        distinctCustomers: 10,
        flags: [],
        offHoursLookups: 0,
        busiestDayLookups: 10,
      },
      {
        agentId: lead.agentId,
        agentName: '팀장',
        lookups: 0,
        exports: 1,
        erases: 1,
        distinctCustomers: 2,
        flags: ['export'],
        offHoursLookups: 0,
        busiestDayLookups: 0,
      },
    ]);
  });

  it("sees only the lead's own team", async () => {
    const teamA = await createTeam(db, 'A');
    const teamB = await createTeam(db, 'B');
    await log(teamB, 'lookup', '2026-12-02T10:00:00+09:00', 3);
    expect((await accessReview(db, teamA.teamId, '2026-12')).rows).toEqual([]);
  });

  it('takes months and medians as a lead reads them', () => {
    expect(monthRange('2026-12').map((d) => d.toISOString())).toEqual([
      '2026-11-30T15:00:00.000Z',
      '2026-12-31T15:00:00.000Z',
    ]);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
