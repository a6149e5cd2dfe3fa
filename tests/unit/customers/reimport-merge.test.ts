/**
 * A re-import of the team's CRM file updates the CRM's columns and keeps what agents added on the
 * records: tags, notes, history, handoffs and the linked X account.
 */
import 'fake-indexeddb/auto';
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

  it('a CRM tag the file no longer has goes; the agent\'s tags, notes and handoffs stay', async () => {
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
