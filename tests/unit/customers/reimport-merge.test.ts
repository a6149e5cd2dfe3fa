/**
 * A re-import of the team's CRM file updates the CRM's columns and keeps what agents added on the
 * records: tags, notes, history, handoffs and the linked X account.
 */
import 'fake-indexeddb/auto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createImportSession, type ImportReply } from '@/utils/customers/csv/session';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('reimport');

function session() {
  const db = freshDb();
  const replies: ImportReply[] = [];
  const handle = createImportSession((r) => replies.push(r), customersRepo(db));
  const importText = async (text: string, name = 'crm.csv') => {
    await handle({ type: 'analyze', file: new File([text], name) });
    await handle({ type: 'import', validOnly: false });
    return replies.at(-1);
  };
  return { db, replies, handle, importText, repo: customersRepo(db), events: eventsRepo(db) };
}

const agentAt = { at: '2026-12-01T09:00:00.000Z', agent: '상담원 A' };

describe('re-importing customers keeps what agents added', () => {
  it('keeps a tag an agent added when the same file is imported again (the CRM tags follow the file)', async () => {
    const { importText, repo, events } = session();
    const csv = '핸들,이름,요금제,태그\nminji_kim,김민지,LTE,VIP\n';
    expect(await importText(csv)).toMatchObject({ type: 'done' });
    await repo.changeTag('minji_kim', '개통지연', true, agentAt);
    expect((await repo.get('minji_kim'))?.tags).toEqual(['VIP', '개통지연']);

    expect(await importText(csv.replace('LTE', '5G'))).toMatchObject({ type: 'done', result: { updated: 1 } });
    const after = await repo.get('minji_kim');
    expect(after?.plan).toBe('5G');
    expect(after?.tags).toEqual(['VIP', '개통지연']);
    expect((await events.newest('minji_kim', 10)).map((e) => e.kind)).toEqual(['tag-added']);
  });

  it("a CRM tag the file no longer has goes; the agent's tags, notes and handoffs stay", async () => {
    const { importText, repo } = session();
    await importText('handle,tags,note\nminji_kim,VIP;Gold,CRM memo\n');
    await repo.changeTag('minji_kim', 'callback', true, agentAt);
    await repo.addNote({ customerHandle: 'minji_kim', ...agentAt, text: '저녁에 연락 희망' });
    await importText('handle,tags,note\nminji_kim,VIP,New CRM memo\n');
    const after = await repo.get('minji_kim');
    expect(after?.tags).toEqual(['VIP', 'callback']);
    expect(after?.note).toBe('New CRM memo');
    expect(after?.recentNotes?.map((n) => n.text)).toEqual(['저녁에 연락 희망']);
  });

  it('a file without a tags column leaves every tag alone', async () => {
    const { importText, repo } = session();
    await importText('handle,tags\nminji_kim,VIP\n');
    await repo.changeTag('minji_kim', 'callback', true, agentAt);
    await importText('handle,plan\nminji_kim,5G\n');
    expect((await repo.get('minji_kim'))?.tags).toEqual(['VIP', 'callback']);
  });
});

describe('a CRM export without X handles', () => {
  const crm = '고객번호,이름,전화번호,요금제\nT-5001,박지훈,010-3456-7890,5G\nT-5002,김민지,010-2345-6789,LTE\n';

  it('imports keyed by customer ID, and a re-import updates the same records', async () => {
    const { replies, importText, repo } = session();
    expect(await importText(crm)).toMatchObject({ type: 'done', result: { written: 2, created: 2 } });
    expect(replies.find((r) => r.type === 'preview')).toMatchObject({ preview: { key: 'customerId', toWrite: 2 } });
    expect(await repo.get('crm:t-5001')).toMatchObject({ customerId: 'T-5001', name: '박지훈', displayHandle: '' });
    await repo.changeTag('crm:t-5001', '요금 문의', true, agentAt);
    expect(await importText(crm.replace('5G', '5G 프리미엄'))).toMatchObject({
      type: 'done',
      result: { created: 0, updated: 2 },
    });
    expect(await repo.get('crm:t-5001')).toMatchObject({ plan: '5G 프리미엄', tags: ['요금 문의'] });
    expect(await repo.count()).toBe(2);
  });

  it('reads the same export saved by Excel in CP949', async () => {
    const { replies, handle, repo } = session();
    await handle({ type: 'analyze', file: new File([new Uint8Array(iconv.encode(crm, 'cp949'))], 'crm.csv') });
    expect(replies.at(-1)).toMatchObject({
      type: 'preview',
      preview: { encoding: 'cp949', key: 'customerId', toWrite: 2 },
    });
    await handle({ type: 'import', validOnly: false });
    expect(await repo.get('crm:t-5002')).toMatchObject({ name: '김민지', phone: '010-2345-6789', plan: 'LTE' });
  });

  it('says which rows have no customer ID, and which repeat one', async () => {
    const { replies, handle } = session();
    await handle({ type: 'analyze', file: new File(['고객번호,이름\n,이름없음\nT-1,가\nT-1,나\n'], 'crm.csv') });
    expect(replies.at(-1)).toMatchObject({
      type: 'preview',
      preview: {
        key: 'customerId',
        problems: [{ row: 2, message: 'missing customer ID' }],
        warnings: [
          { row: 4, message: 'Customer ID T-1 is also in row 3: this later row is imported, row 3 is skipped' },
        ],
        toWrite: 1,
      },
    });
  });
});

describe('choosing the column mapping before anything is written', () => {
  const file = 'X 트위터 아이디,이름,등급\n@minji_kim,김민지,VIP\njihoon_park,박지훈,Gold\n';

  it('a handle column Careline does not know is mapped by hand, then imported', async () => {
    const { replies, handle, repo } = session();
    await handle({ type: 'analyze', file: new File([file], 'team.csv') });
    const first = replies.at(-1);
    expect(first).toMatchObject({ type: 'preview', preview: { key: 'none', toWrite: 0 } });
    expect(await repo.count()).toBe(0);

    await handle({ type: 'remap', choices: ['handle', 'name', 'attribute'] });
    expect(replies.at(-1)).toMatchObject({
      type: 'preview',
      preview: {
        key: 'handle',
        toWrite: 2,
        columns: [
          { header: 'X 트위터 아이디', target: { kind: 'field', field: 'handle' } },
          { target: { kind: 'field', field: 'name' } },
          { target: { kind: 'attribute', name: '등급' } },
        ],
      },
    });
    // Remapping writes nothing: only Import does.
    expect(await repo.count()).toBe(0);
    await handle({ type: 'import', validOnly: false });
    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { written: 2 } });
    expect(await repo.get('minji_kim')).toMatchObject({ name: '김민지', attributes: { 등급: 'VIP' } });
  });

  it('a column chosen as "skip" is not imported', async () => {
    const { handle, repo } = session();
    await handle({ type: 'analyze', file: new File([file], 'team.csv') });
    await handle({ type: 'remap', choices: ['handle', 'skip', 'skip'] });
    await handle({ type: 'import', validOnly: false });
    expect(await repo.get('minji_kim')).toMatchObject({ attributes: {} });
    expect((await repo.get('minji_kim'))?.name).toBeUndefined();
  });
});
