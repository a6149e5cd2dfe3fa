import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { Db } from '../../server/db/db';
import { importCustomers } from '../../server/store/import';
import { addEvent, createTeam, customersOf, openTestDb, utf8 } from './data-helpers';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

const accessRows = (teamId: string) =>
  db.query<{ action: string; customer_id: string | null; detail: string | null }>(
    `SELECT action, customer_id::text, detail FROM access_log WHERE team_id = $1 ORDER BY id`,
    [teamId],
  );

describe('importing the CRM file into the team record', () => {
  it('maps Korean headers, the x_user_id column and custom columns, and logs one import', async () => {
    const lead = await createTeam(db);
    const csv =
      '핸들,이름,고객번호,전화번호,요금제,태그,x_user_id,등급\n' +
      "@Kim_Minsu,김민수,C-1,'+821012345678,5G 프리미어,vip;long-term,1234567890,gold\n" +
      '@lee,이영희,C-2,,LTE,,,\n';
    const result = await importCustomers(db, lead, utf8(csv));
    expect(result).toEqual({ imported: 2, created: 2, updated: 0, problems: [] });
    const rows = await customersOf(db, lead.teamId);
    expect(rows.map((r) => [r.handle, r.display_handle, r.crm_id, r.x_user_id, r.name, r.phone, r.plan])).toEqual([
      ['kim_minsu', 'Kim_Minsu', 'C-1', '1234567890', '김민수', '+821012345678', '5G 프리미어'],
      ['lee', 'lee', 'C-2', null, '이영희', null, 'LTE'],
    ]);
    expect(rows[0]?.crm_tags).toEqual(['vip', 'long-term']);
    expect(rows[0]?.attributes).toEqual({ 등급: 'gold' });
    expect(await accessRows(lead.teamId)).toEqual([{ action: 'import', customer_id: null, detail: '2' }]);
  });

  it('reads a CP949 file as Excel in Korea saves it', async () => {
    const lead = await createTeam(db);
    const bytes = iconv.encode('handle,name,plan\n@park,박지훈 똠,5G\n', 'cp949');
    expect((await importCustomers(db, lead, new Uint8Array(bytes))).imported).toBe(1);
    expect((await customersOf(db, lead.teamId))[0]?.name).toBe('박지훈 똠');
  });

  it('writes nothing when any row has a problem, and lists the rows', async () => {
    const lead = await createTeam(db);
    const csv = 'handle,name,email\n@good,A,a@example.com\nnot a handle,B,\n@other,C,not-an-email\n';
    const result = await importCustomers(db, lead, utf8(csv));
    expect(result.imported).toBe(0);
    expect(result.problems).toEqual([
      'Nothing imported: 2 rows have problems.',
      'Row 3: invalid handle "not a handle" (1-15 letters, digits or _, with or without @)',
      'Row 4: invalid email "not-an-email"',
    ]);
    expect(await customersOf(db, lead.teamId)).toEqual([]);
    expect(await accessRows(lead.teamId)).toEqual([]);
  });

  it('says the problems in Korean when the lead reads Korean', async () => {
    const lead = await createTeam(db);
    const result = await importCustomers(db, lead, utf8('핸들,이름\n잘못된 핸들,가\n'), { locale: 'ko' });
    expect(result.problems).toEqual([
      '가져온 고객이 없습니다. 문제가 있는 행이 1개 있습니다.',
      '2행: 핸들 "잘못된 핸들"이(가) 올바르지 않습니다(영문, 숫자, _로 된 1~15자이며 앞의 @는 있어도 되고 없어도 됩니다)',
    ]);
  });

  it('refuses a file with no handle or customer ID column, and one that is not text', async () => {
    const lead = await createTeam(db);
    expect((await importCustomers(db, lead, utf8('name,plan\nA,5G\n'))).problems).toEqual([
      'The header row needs a column named "handle" or "핸들", or "customer_id" or "고객번호" for a CRM export without X handles. It has: name, plan',
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x68, 0x00]);
    expect((await importCustomers(db, lead, utf16)).problems[0]).toMatch(/neither UTF-8 nor CP949/);
  });

  it('updates CRM fields on a re-import, keeps what an empty cell does not say, and keeps events', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,name,plan,tags,등급\n@kim,김민수,LTE,vip,gold\n'));
    const [kim] = await customersOf(db, lead.teamId);
    await addEvent(db, lead, kim!.id, new Date());
    const next = 'handle,customer_id,name,plan,지역\n@KIM,C-9,,5G,서울\n@park,C-10,박지훈,LTE,부산\n';
    const again = await importCustomers(db, lead, utf8(next));
    expect(again).toMatchObject({ imported: 2, created: 1, updated: 1 });
    const [after, park] = await customersOf(db, lead.teamId);
    expect(park).toMatchObject({ handle: 'park', crm_id: 'C-10', name: '박지훈', attributes: { 지역: '부산' } });
    expect(after).toMatchObject({ id: kim!.id, crm_id: 'C-9', name: '김민수', plan: '5G', crm_tags: ['vip'] });
    expect(after?.attributes).toEqual({ 등급: 'gold', 지역: '서울' });
    const events = await db.query('SELECT 1 FROM events WHERE customer_id = $1', [kim!.id]);
    expect(events).toHaveLength(1);
    const unchanged = await importCustomers(db, lead, utf8(next));
    expect(unchanged).toMatchObject({ imported: 2, created: 0, updated: 0 });
  });

  it('refuses a row whose keys belong to two customers already on the server', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,customer_id\n@kim,C-1\n@lee,C-2\n'));
    const result = await importCustomers(db, lead, utf8('handle,customer_id,plan\n@new,C-3,5G\n@kim,C-2,5G\n'));
    expect(result.problems).toEqual([
      'Nothing imported: 1 row has problems.',
      'Row 3: its handle, customer ID and X user ID belong to different customers on the team server (change one of them in a separate import first)',
    ]);
    const rows = await customersOf(db, lead.teamId);
    expect(rows.map((r) => [r.handle, r.crm_id, r.plan])).toEqual([
      ['kim', 'C-1', null],
      ['lee', 'C-2', null],
    ]);
  });

  it('refuses two rows that name one customer, or share a customer ID under different handles', async () => {
    const lead = await createTeam(db);
    await importCustomers(db, lead, utf8('handle,customer_id\n@kim,C-1\n'));
    const twoNames = await importCustomers(db, lead, utf8('handle,customer_id\n@kim,\n@kim2,C-1\n'));
    expect(twoNames.problems[1]).toBe('Row 3: row 2 is the same customer on the team server');
    const sharedId = await importCustomers(db, lead, utf8('handle,customer_id\n@a,C-7\n@b,C-7\n'));
    expect(sharedId.problems[1]).toBe('Row 3: customer ID C-7 is also in row 2, with another handle');
    expect(await customersOf(db, lead.teamId)).toHaveLength(1);
  });

  it("matches only the importing team's customers", async () => {
    const teamA = await createTeam(db, 'A');
    const teamB = await createTeam(db, 'B');
    await importCustomers(db, teamB, utf8('handle,name\n@kim,B의 김\n'));
    await importCustomers(db, teamA, utf8('handle,name\n@kim,A의 김\n'));
    expect((await customersOf(db, teamA.teamId)).map((r) => r.name)).toEqual(['A의 김']);
    expect((await customersOf(db, teamB.teamId)).map((r) => r.name)).toEqual(['B의 김']);
  });
});
