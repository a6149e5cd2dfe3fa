import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CarelineDatabase } from '@/utils/db/database';
import { customersRepo } from '@/utils/db/customers-repo';
import { openReleased } from './released-schemas';

/** Writes data with the schema as it was released, then opens the current database over it. */
async function withV1Data(name: string, rows: Record<string, unknown>[]): Promise<void> {
  const v1 = openReleased(name, 1);
  await v1.table('templates').bulkAdd(rows);
  v1.close();
}

describe('migration 1 -> 2 (template library)', () => {
  it('keeps every v1 template and gives it locked=false, usage 0 and tags', async () => {
    const name = `migrate-${Math.random()}`;
    await withV1Data(name, [
      {
        id: 'sample-greeting-ko',
        title: '문의 감사 인사',
        body: '{{customer.name}}님 감사합니다',
        shortcut: 'thanks',
        tags: ['greeting'],
        lang: 'ko',
        createdAt: 'c',
        updatedAt: 'u',
      },
      { id: 'mine', title: 'Mine', body: 'b', createdAt: 'c', updatedAt: 'u' },
    ]);
    const db = new CarelineDatabase(name);
    const rows = await db.templates.orderBy('id').toArray();
    expect(db.verno).toBe(6);
    expect(rows).toEqual([
      { id: 'mine', title: 'Mine', body: 'b', createdAt: 'c', updatedAt: 'u', locked: false, usageCount: 0, tags: [] },
      {
        id: 'sample-greeting-ko',
        title: '문의 감사 인사',
        body: '{{customer.name}}님 감사합니다',
        shortcut: 'thanks',
        tags: ['greeting'],
        lang: 'ko',
        createdAt: 'c',
        updatedAt: 'u',
        locked: false,
        usageCount: 0,
      },
    ]);
    // Migrated rows are the agent's own: no pack holds them.
    expect(await db.templates.where('packId').equals('cs-team').count()).toBe(0);
    expect(await db.templates.where('id').equals('mine').count()).toBe(1);
    expect(await db.packs.count()).toBe(0);
    await db.delete();
  });
});

describe('migration 2 -> 3 (customers and history)', () => {
  it('keeps the v2 library and packs, and adds empty customers and events', async () => {
    const name = `migrate-${Math.random()}`;
    const v2 = openReleased(name, 2);
    await v2.table('packs').add({ id: 'cs-team', name: 'CS', updatedAt: 'u', importedAt: 'i' });
    await v2.table('templates').add({
      id: 'cs-team/greet',
      title: '인사',
      body: 'b',
      packId: 'cs-team',
      packItemId: 'greet',
      locked: true,
      usageCount: 7,
      createdAt: 'c',
      updatedAt: 'u',
    });
    v2.close();
    const db = new CarelineDatabase(name);
    expect(await db.templates.get('cs-team/greet')).toMatchObject({ usageCount: 7, locked: true });
    expect(await db.templates.where('packId').equals('cs-team').count()).toBe(1);
    expect(await db.packs.count()).toBe(1);
    expect(await db.customers.count()).toBe(0);
    await db.customers.add({
      handle: 'minji_kim',
      displayHandle: 'minji_kim',
      tags: [],
      attributes: {},
      createdAt: 'c',
      updatedAt: 'u',
      phone: '010-1234-5678',
      phoneDigits: '01012345678',
    });
    await db.events.bulkAdd([
      { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-29T01:00:00.000Z', text: 'first' },
      { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-29T02:00:00.000Z', text: 'second' },
    ]);
    const newest = await db.events
      .where('[customerHandle+at]')
      .between(['minji_kim', ''], ['minji_kim', '\uffff'])
      .reverse()
      .first();
    expect(newest?.text).toBe('second');
    expect(await db.customers.where('phoneDigits').equals('01012345678').count()).toBe(1);
    await db.delete();
  });
});

describe('migration 3 -> 4 (notes on the card, handoff outbox)', () => {
  it("copies each customer's newest 20 notes onto the record, keeps every event, adds an empty outbox", async () => {
    const name = `migrate-${Math.random()}`;
    const v3 = openReleased(name, 3);
    const customer = (handle: string) => ({
      handle,
      displayHandle: handle,
      tags: [],
      attributes: {},
      createdAt: 'c',
      updatedAt: 'u',
    });
    await v3.table('customers').bulkAdd([customer('minji_kim'), customer('quiet_one')]);
    await v3.table('events').bulkAdd([
      ...Array.from({ length: 23 }, (_, i) => ({
        customerHandle: 'minji_kim',
        kind: 'note',
        at: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
        agent: '상담원',
        text: `메모 ${i}`,
      })),
      { customerHandle: 'minji_kim', kind: 'reply-sent', at: '2026-11-28T00:00:00.000Z', text: 'reply' },
      { customerHandle: 'quiet_one', kind: 'reply-sent', at: '2026-11-28T00:00:00.000Z', text: 'reply' },
      // A note for a handle without a record (cannot happen through the UI): left alone, not invented.
      { customerHandle: 'ghost', kind: 'note', at: '2026-11-28T00:00:00.000Z', text: 'boo' },
    ]);
    v3.close();

    const db = new CarelineDatabase(name);
    const minji = await db.customers.get('minji_kim');
    expect(db.verno).toBe(6);
    expect(minji?.recentNotes).toHaveLength(20);
    expect(minji?.recentNotes?.[0]).toMatchObject({
      kind: 'note',
      text: '메모 22',
      agent: '상담원',
      customerHandle: 'minji_kim',
    });
    expect(minji?.recentNotes?.at(-1)?.text).toBe('메모 3');
    expect((await db.customers.get('quiet_one'))?.recentNotes).toBeUndefined();
    expect(await db.customers.get('ghost')).toBeUndefined();
    expect(await db.events.count()).toBe(26);
    expect(await db.handoffs.count()).toBe(0);
    await db.delete();
  });
});

describe('migration 4 -> 5 (search by any part, 초성 and phone tail; X user ids)', () => {
  it('indexes every v4 customer for the new search, keeps their tags and notes, and a re-import keeps those tags', async () => {
    const name = `migrate-${Math.random()}`;
    const v4 = openReleased(name, 4);
    // As Careline 4 wrote them: a CSV import (tags from the file plus one an agent added) and a stub.
    const note = {
      id: 1,
      customerHandle: 'jihoon_park',
      kind: 'note',
      at: '2026-11-29T01:00:00.000Z',
      text: '이중 청구',
    };
    await v4.table('customers').bulkAdd([
      {
        handle: 'jihoon_park',
        displayHandle: 'jihoon_park',
        name: '박지훈',
        customerId: 'C-100232',
        phone: '010-3456-7890',
        phoneDigits: '01034567890',
        plan: 'LTE 33',
        tags: ['요금문의', '콜백'],
        attributes: { 가입매장: '강남역점' },
        recentNotes: [note],
        createdAt: 'c',
        updatedAt: 'u',
      },
      { handle: 'tom_okafor', displayHandle: 'Tom_Okafor', tags: [], attributes: {}, createdAt: 'c', updatedAt: 'u' },
    ]);
    await v4.table('events').add({ customerHandle: 'jihoon_park', kind: 'note', at: note.at, text: note.text });
    v4.close();

    const db = new CarelineDatabase(name);
    expect(db.verno).toBe(6);
    const jihoon = await db.customers.get('jihoon_park');
    expect(jihoon).toMatchObject({
      tags: ['요금문의', '콜백'],
      recentNotes: [note],
      phoneTail: '09876543010',
      attributes: { 가입매장: '강남역점' },
    });
    expect(jihoon?.searchKeys).toEqual(expect.arrayContaining(['지훈', 'ㅂㅈㅎ', 'park']));
    const repo = customersRepo(db);
    expect((await repo.search('ㅂㅈㅎ')).map((c) => c.handle)).toEqual(['jihoon_park']);
    expect((await repo.search('7890')).map((c) => c.handle)).toEqual(['jihoon_park']);
    expect((await repo.search('okafor')).map((c) => c.handle)).toEqual(['tom_okafor']);
    expect(await db.customers.where('userId').equals('1').count()).toBe(0);
    // The first re-import after the upgrade cannot tell the CRM's tags from the agents': it keeps all.
    await repo.upsertMany([{ handle: 'jihoon_park', plan: '5G', tags: ['요금문의'] }]);
    expect((await repo.get('jihoon_park'))?.tags).toEqual(['요금문의', '콜백']);
    expect(await db.events.count()).toBe(1);
    await db.delete();
  });
});

describe('migration 5 -> 6 (the team record: client ids, team ids, the team outbox)', () => {
  it('gives every shared v5 event its own client id, leaves the rest and the customers as they were', async () => {
    const name = `migrate-${Math.random()}`;
    const v5 = openReleased(name, 5);
    const customer = {
      handle: 'jihoon_park',
      displayHandle: 'jihoon_park',
      userId: '1500000001',
      name: '박지훈',
      customerId: 'C-100232',
      tags: ['요금문의'],
      attributes: { 가입매장: '강남역점' },
      searchKeys: ['박지훈', '지훈', '훈'],
      createdAt: 'c',
      updatedAt: 'u',
    };
    await v5.table('customers').add(customer);
    const at = '2026-11-29T01:00:00.000Z';
    const kinds = ['note', 'tag-added', 'tag-removed', 'reply-sent', 'handoff', 'handoff-sent', 'import', 'linked'];
    await v5.table('events').bulkAdd(kinds.map((kind) => ({ customerHandle: 'jihoon_park', kind, at, text: kind })));
    v5.close();

    const db = new CarelineDatabase(name);
    expect(db.verno).toBe(6);
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => e.kind)).toEqual(kinds);
    const shared = events.filter((e) => !['import', 'linked'].includes(e.kind));
    for (const e of shared)
      expect(e.clientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(shared.map((e) => e.clientId)).size).toBe(6);
    expect(events.filter((e) => e.clientId === undefined).map((e) => e.kind)).toEqual(['import', 'linked']);
    // The new index finds them; nothing else changed on the events.
    expect(
      (
        await db.events
          .where('clientId')
          .equals(shared[0]?.clientId ?? '')
          .first()
      )?.kind,
    ).toBe('note');
    expect(events.map(({ clientId: _c, ...rest }) => rest)).toEqual(
      kinds.map((kind, i) => ({ id: i + 1, customerHandle: 'jihoon_park', kind, at, text: kind })),
    );
    // Customers are untouched: no team id, nothing to sweep.
    expect(await db.customers.get('jihoon_park')).toEqual(customer);
    expect(await db.customers.where('teamId').above('').count()).toBe(0);
    expect(await db.customers.where('cachedUntil').above(0).count()).toBe(0);
    expect(await db.teamOutbox.count()).toBe(0);
    // An event written from now on gets its id as it is written, in any room.
    const id = await db.events.add({ customerHandle: 'jihoon_park', kind: 'note', at, text: 'new' });
    expect((await db.events.get(id))?.clientId).toMatch(/^[0-9a-f-]{36}$/);
    await db.delete();
  });
});
