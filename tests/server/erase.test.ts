import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import { eraseCustomer } from '../../server/store/erase';
import { importCustomers } from '../../server/store/import';
import { pushEvents } from '../../server/store/events';
import { asTeam } from '../../server/db/team-scope';
import { addEvent, createTeam, customersOf, openTestDb, utf8 } from './data-helpers';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

describe('erasing a customer', () => {
  it('keeps an offline agent from bringing an erased customer back with an entry written before the erase', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,customer_id,x_user_id\n@kim,C-1,111\n'));
    const [kim] = await customersOf(db, lead.teamId);
    const before = new Date(Date.now() - 60_000).toISOString();
    expect((await eraseCustomer(db, lead, { handle: 'kim' })).erased).toBe(true);
    const push = (clientId: string, at: string, customer: { handle?: string; xUserId?: string }) =>
      asTeam(db, lead.teamId, (tx) =>
        pushEvents(tx, lead, [{ clientId, customer, kind: 'note', at, text: '오프라인 메모' }], new Date()),
      );

    for (const ref of [{ handle: 'KIM' }, { xUserId: '111' }]) {
      const [result] = await push(crypto.randomUUID(), before, ref);
      expect(result).toMatchObject({ erased: true, customerId: kim!.id, seq: '0' });
    }
    expect(await customersOf(db, lead.teamId)).toEqual([]);
    expect(await db.query('SELECT 1 FROM events WHERE team_id = $1', [lead.teamId])).toEqual([]);

    // Someone writing to the team after the erase under that handle is a new contact: a new record.
    const [later] = await push(crypto.randomUUID(), new Date(Date.now() + 1_000).toISOString(), { handle: 'kim' });
    expect(later).toMatchObject({ duplicate: false });
    expect(later!.erased).toBeUndefined();
    expect((await customersOf(db, lead.teamId)).map((c) => c.handle)).toEqual(['kim']);
  });

  it('deletes the customer and its events, leaves a tombstone after the events, and logs the erase', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,customer_id,x_user_id\n@kim,C-1,111\n@lee,C-2,222\n'));
    const [kim, lee] = await customersOf(db, lead.teamId);
    await addEvent(db, lead, kim!.id, new Date());
    await addEvent(db, lead, lee!.id, new Date());
    const [lastEvent] = await db.query<{ seq: string }>('SELECT max(seq)::text AS seq FROM events WHERE team_id = $1', [
      lead.teamId,
    ]);

    expect(await eraseCustomer(db, lead, { handle: 'KIM' })).toEqual({ erased: true, customerId: kim!.id });

    expect((await customersOf(db, lead.teamId)).map((c) => c.handle)).toEqual(['lee']);
    const events = await db.query<{ customer_id: string }>('SELECT customer_id::text FROM events WHERE team_id = $1', [
      lead.teamId,
    ]);
    expect(events).toEqual([{ customer_id: lee!.id }]);
    const tombstones = await db.query<{ customer_id: string; seq: string; erased_by: string }>(
      'SELECT customer_id::text, seq::text, erased_by::text FROM tombstones WHERE team_id = $1',
      [lead.teamId],
    );
    expect(tombstones).toHaveLength(1);
    expect(tombstones[0]).toMatchObject({ customer_id: kim!.id, erased_by: lead.agentId });
    expect(BigInt(tombstones[0]!.seq)).toBeGreaterThan(BigInt(lastEvent!.seq));
    const log = await db.query(
      'SELECT action, customer_id::text, agent_id::text FROM access_log WHERE team_id = $1 AND action = $2',
      [lead.teamId, 'erase'],
    );
    expect(log).toEqual([{ action: 'erase', customer_id: kim!.id, agent_id: lead.agentId }]);
  });

  it('finds the customer by X user id first, then handle, then CRM id', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,customer_id,x_user_id\n@kim,C-1,111\n@lee,C-2,222\n'));
    expect((await eraseCustomer(db, lead, { xUserId: '222', handle: 'kim' })).erased).toBe(true);
    expect((await eraseCustomer(db, lead, { crmId: 'C-1' })).erased).toBe(true);
    expect(await customersOf(db, lead.teamId)).toEqual([]);
  });

  it("answers erased: false for an unknown customer and never touches another team's", async () => {
    const teamA = await createTeam(db, 'A');
    const teamB = await createTeam(db, 'B');
    await importCustomers(db, teamB, utf8('handle\n@kim\n'));
    expect(await eraseCustomer(db, teamA, { handle: 'kim' })).toEqual({ erased: false });
    expect(await customersOf(db, teamB.teamId)).toHaveLength(1);
    const tombstones = await db.query('SELECT 1 FROM tombstones WHERE team_id IN ($1, $2)', [
      teamA.teamId,
      teamB.teamId,
    ]);
    expect(tombstones).toEqual([]);
    const log = await db.query('SELECT 1 FROM access_log WHERE team_id = $1', [teamA.teamId]);
    expect(log).toEqual([]);
  });
});
