import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { customersRepo, handleKey, mergeCustomer, phoneDigits } from '@/utils/db/customers-repo';
import { CarelineDatabase } from '@/utils/db/database';
import { eventsRepo } from '@/utils/db/events-repo';
import { loadCard } from '@/utils/customers/card';

let db: CarelineDatabase | undefined;
const fresh = () => (db = new CarelineDatabase(`customers-${Math.random()}`));
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('customer keys', () => {
  it('normalises handles and phones', () => {
    expect(handleKey(' @MinJi_Kim ')).toBe('minji_kim');
    expect(phoneDigits('010-1234-5678')).toBe('01012345678');
    expect(phoneDigits('+82 10-1234-5678')).toBe('+821012345678');
    expect(phoneDigits('—')).toBeUndefined();
  });

  it('merges a re-import into the existing record without losing fields', () => {
    const first = mergeCustomer(
      { handle: '@MinJi_Kim', name: '김민지', plan: 'LTE', attributes: { 매장: '강남' } },
      undefined,
      't1',
    );
    const second = mergeCustomer({ handle: 'minji_kim', plan: '5G', attributes: { 등급: 'VIP' } }, first, 't2');
    expect(second).toMatchObject({
      handle: 'minji_kim',
      displayHandle: 'MinJi_Kim',
      name: '김민지',
      plan: '5G',
      attributes: { 매장: '강남', 등급: 'VIP' },
      createdAt: 't1',
      updatedAt: 't2',
    });
  });
});

describe('customersRepo', () => {
  it('re-import updates, never duplicates, and counts created vs updated', async () => {
    const repo = customersRepo(fresh());
    expect(await repo.upsertMany([{ handle: 'a' }, { handle: 'B' }])).toEqual({ created: 2, updated: 0 });
    expect(await repo.upsertMany([{ handle: '@b', name: 'Bee' }, { handle: 'c' }])).toEqual({ created: 1, updated: 1 });
    expect(await repo.count()).toBe(3);
    expect((await repo.get('B'))?.name).toBe('Bee');
  });

  it('uses records prepared for new customers only for new ones: an existing one is merged, keeping agent tags', async () => {
    const repo = customersRepo(fresh());
    await repo.upsertMany([{ handle: 'minji_kim', name: '김민지', tags: ['VIP'] }], 't1');
    await repo.changeTag('minji_kim', '개통지연', true, { at: 't1' });
    const inputs = [
      { handle: 'MinJi_Kim', plan: '5G', tags: ['요금문의'] },
      { handle: 'new_one', name: '새 고객' },
    ];
    const prepared = inputs.map((input) => mergeCustomer(input, undefined, 't2'));
    expect(await repo.upsertMany(inputs, 't2', prepared)).toEqual({ created: 1, updated: 1 });
    expect(await repo.get('minji_kim')).toMatchObject({
      name: '김민지',
      plan: '5G',
      tags: ['요금문의', '개통지연'],
      crmTags: ['요금문의'],
      createdAt: 't1',
      updatedAt: 't2',
    });
    expect(await repo.get('new_one')).toEqual(prepared[1]);
  });

  it('finds customers by handle prefix, name prefix, customer id and phone digits', async () => {
    const repo = customersRepo(fresh());
    await repo.upsertMany([
      { handle: 'minji_kim', name: '김민지', customerId: 'C-1', phone: '010-1234-5678' },
      { handle: 'min_park', name: 'Min Park', customerId: 'C-2' },
      { handle: 'sarah', name: 'Sarah Miller', phone: '+44 7700 900123' },
    ]);
    const handles = async (q: string) => (await repo.search(q)).map((c) => c.handle).sort();
    expect(await handles('min')).toEqual(['min_park', 'minji_kim']);
    expect(await handles('김민')).toEqual(['minji_kim']);
    expect(await handles('sarah m')).toEqual(['sarah']);
    expect(await handles('C-2')).toEqual(['min_park']);
    expect(await handles('0101234')).toEqual(['minji_kim']);
    expect(await handles('+447700')).toEqual(['sarah']);
    expect(await handles('zzz')).toEqual([]);
  });

  it('erases a customer with all of their events and nobody else', async () => {
    const repo = customersRepo(fresh());
    const events = eventsRepo(db!);
    await repo.upsertMany([{ handle: 'a' }, { handle: 'b' }]);
    await events.bulkAdd([
      { customerHandle: 'a', kind: 'note', at: '2026-01-01T00:00:00Z', text: '1' },
      { customerHandle: 'a', kind: 'note', at: '2026-01-02T00:00:00Z', text: '2' },
      { customerHandle: 'b', kind: 'note', at: '2026-01-01T00:00:00Z', text: '3' },
    ]);
    expect(await repo.erase('@A')).toBe(2);
    expect(await repo.get('a')).toBeUndefined();
    expect((await events.newest('b')).map((e) => e.text)).toEqual(['3']);
  });
});

describe('loadCard', () => {
  it('reads the record, the newest history page (newest first) and the notes', async () => {
    const database = fresh();
    const customers = customersRepo(database);
    const events = eventsRepo(database);
    await customers.upsert({ handle: 'minji_kim', name: '김민지' });
    for (let i = 0; i < 30; i++) {
      const event = {
        customerHandle: 'minji_kim',
        at: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
        text: `e${i}`,
      };
      if (i % 10 === 0) await customers.addNote(event);
      else await events.add({ ...event, kind: 'reply-sent' });
    }
    const card = await loadCard('MinJi_Kim', 20, { customers, events });
    expect(card.customer?.name).toBe('김민지');
    expect(card.history).toHaveLength(20);
    expect(card.history[0]?.text).toBe('e29');
    expect(card.more).toBe(true);
    expect(card.notes.map((n) => n.text)).toEqual(['e20', 'e10', 'e0']);
    expect((await loadCard('nobody', 20, { customers, events })).customer).toBeUndefined();
  });

  it('keeps the newest 20 notes on the record, creates the record for a note, and retention prunes them', async () => {
    const database = fresh();
    const customers = customersRepo(database);
    const events = eventsRepo(database);
    for (let i = 0; i < 25; i++) {
      await customers.addNote(
        { customerHandle: '@New_Person', at: `2026-10-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`, text: `n${i}` },
        '새 고객',
      );
    }
    const record = await customers.get('new_person');
    expect(record).toMatchObject({ name: '새 고객', displayHandle: 'New_Person' });
    expect(record?.recentNotes?.map((n) => n.text)).toEqual(Array.from({ length: 20 }, (_, i) => `n${24 - i}`));
    expect(record?.recentNotes?.every((n) => typeof n.id === 'number' && n.kind === 'note')).toBe(true);
    expect(await events.count()).toBe(25);
    // Events before Oct 20 go, and so do their copies on the record.
    expect(await events.deleteOlderThan('2026-10-20T00:00:00.000Z')).toBe(19);
    expect((await customers.get('new_person'))?.recentNotes?.map((n) => n.text)).toEqual([
      'n24',
      'n23',
      'n22',
      'n21',
      'n20',
      'n19',
    ]);
  });
});

describe('changeTag', () => {
  it('keeps both tags when two contexts tag the same customer at once, and logs each', async () => {
    const database = fresh();
    const customers = customersRepo(database);
    await customers.upsert({ handle: 'minji_kim', name: '김민지', tags: ['VIP'] });
    const at = '2026-11-30T00:00:00.000Z';
    await Promise.all([
      customers.changeTag('minji_kim', '개통지연', true, { at }),
      customers.changeTag('MINJI_KIM', '유심', true, { at }),
    ]);
    expect((await customers.get('minji_kim'))?.tags.sort()).toEqual(['VIP', '개통지연', '유심'].sort());
    await customers.changeTag('minji_kim', 'VIP', false, { at });
    await customers.changeTag('minji_kim', 'VIP', false, { at }); // nothing left to remove: no event
    expect((await customers.get('minji_kim'))?.tags.sort()).toEqual(['개통지연', '유심'].sort());
    expect((await eventsRepo(database).newest('minji_kim')).map((e) => `${e.kind}:${e.text}`).sort()).toEqual(
      ['tag-added:개통지연', 'tag-added:유심', 'tag-removed:VIP'].sort(),
    );
  });

  it('creates the record for a tag on someone Careline did not know', async () => {
    const customers = customersRepo(fresh());
    await customers.changeTag('@New_One', 'lead', true, { at: '2026-11-30T00:00:00.000Z' }, '새 고객');
    expect(await customers.get('new_one')).toMatchObject({ displayHandle: 'New_One', name: '새 고객', tags: ['lead'] });
  });
});
