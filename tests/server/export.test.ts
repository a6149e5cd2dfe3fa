import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db';
import { exportCustomers } from '../../server/store/export';
import { importCustomers } from '../../server/store/import';
import { createTeam, customersOf, openTestDb, utf8 } from './data-helpers';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

describe("exporting the team's customers", () => {
  it('writes the import columns, x_user_id and attributes, formula-defused, and logs the export', async () => {
    const lead = await createTeam(db);
    const csv =
      'handle,name,customer_id,phone,plan,tags,note,x_user_id,등급\n' +
      '@Kim,김민수,C-1,+821012345678,=HYPERLINK("x"),vip;long-term,"줄1\n줄2",111,gold\n' +
      '@lee,이영희,C-2,,LTE,,,,\n';
    await importCustomers(db, lead, utf8(csv));
    const out = await exportCustomers(db, lead);
    expect(out.rows).toBe(2);
    expect(out.csv).toBe(
      '\uFEFF"handle","name","customer_id","phone","email","plan","tags","note","x_user_id","등급"\r\n' +
        '"Kim","김민수","C-1","\'+821012345678","","\'=HYPERLINK(""x"")","vip;long-term","줄1\n줄2","111","gold"\r\n' +
        '"lee","이영희","C-2","","","LTE","","","",""\r\n',
    );
    const log = await db.query(
      'SELECT action, customer_id, detail FROM access_log WHERE team_id = $1 AND action = $2',
      [lead.teamId, 'export'],
    );
    expect(log).toEqual([{ action: 'export', customer_id: null, detail: '2' }]);
  });

  it('reads back through the import unchanged', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,name,phone,plan,x_user_id,등급\n@kim,김,+8210,=1+1,111,gold\n'));
    const before = await customersOf(db, lead.teamId);
    const other = await createTeam(db);
    const again = await importCustomers(db, other, utf8((await exportCustomers(db, lead)).csv));
    expect(again.problems).toEqual([]);
    const after = await customersOf(db, other.teamId);
    expect(after.map(({ id: _id, ...c }) => c)).toEqual(before.map(({ id: _id, ...c }) => c));
  });

  it("holds only the exporting team's customers", async () => {
    const teamA = await createTeam(db, 'A');
    const teamB = await createTeam(db, 'B');
    await importCustomers(db, teamB, utf8('handle\n@secret\n'));
    const out = await exportCustomers(db, teamA);
    expect(out).toEqual({
      rows: 0,
      csv: '\uFEFF"handle","name","customer_id","phone","email","plan","tags","note","x_user_id"\r\n',
    });
  });
});
