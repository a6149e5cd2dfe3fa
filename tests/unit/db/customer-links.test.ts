/** Linking an X account to a CRM record, unlinking it, and following a renamed handle by X's user id. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { customerLinks, LinkError } from '@/utils/db/customer-links';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { freshDbs } from '../fresh-db';
import type { HandoffRecord } from '@/utils/db/types';

const freshDb = freshDbs('links');
const stamp = (at: string) => ({ at, agent: '상담원 A' });

function setUp() {
  const db = freshDb();
  return { db, repo: customersRepo(db), links: customerLinks(db), events: eventsRepo(db), handoffs: handoffsRepo(db) };
}

describe('linking an X account to a CRM record', () => {
  it('moves the CRM record to the handle, keeps what was logged for the X account, and logs the link', async () => {
    const { repo, links, events } = setUp();
    await repo.upsertMany([
      { customerId: 'T-5001', name: '박지훈', phone: '010-3456-7890', plan: '5G', tags: ['VIP'] },
    ]);
    // Before the link the agent already tagged and noted the X account (a record of its own).
    await repo.changeTag('jihoon_p', 'DM 확인 중', true, stamp('2026-12-01T01:00:00.000Z'));
    await repo.addNote({ customerHandle: 'jihoon_p', ...stamp('2026-12-01T02:00:00.000Z'), text: '본인 확인 요청' });

    const linked = await links.link(
      'crm:t-5001',
      { handle: 'Jihoon_P', userId: '2728439146' },
      stamp('2026-12-01T03:00:00.000Z'),
    );
    expect(linked).toMatchObject({
      handle: 'jihoon_p',
      displayHandle: 'Jihoon_P',
      userId: '2728439146',
      customerId: 'T-5001',
      name: '박지훈',
      plan: '5G',
    });
    expect(linked.tags).toEqual(['VIP', 'DM 확인 중']);
    expect(linked.recentNotes?.map((n) => [n.text, n.customerHandle])).toEqual([['본인 확인 요청', 'jihoon_p']]);
    expect(await repo.get('crm:t-5001')).toBeUndefined();
    expect((await events.newest('jihoon_p', 10)).map((e) => [e.kind, e.text])).toEqual([
      ['linked', 'T-5001'],
      ['note', '본인 확인 요청'],
      ['tag-added', 'DM 확인 중'],
    ]);
    expect(await repo.byUserId('2728439146')).toMatchObject({ handle: 'jihoon_p' });
  });

  it('a re-import of the CRM file after the link updates the linked record, never a second one', async () => {
    const { repo, links } = setUp();
    await repo.upsertMany([{ customerId: 'T-5001', name: '박지훈', plan: '5G', tags: ['VIP'] }]);
    await links.link('crm:t-5001', { handle: 'jihoon_p' }, stamp('2026-12-01T03:00:00.000Z'));
    await repo.changeTag('jihoon_p', 'callback', true, stamp('2026-12-01T04:00:00.000Z'));
    expect(await repo.upsertMany([{ customerId: 'T-5001', name: '박지훈', plan: 'LTE', tags: ['VIP'] }])).toEqual({
      created: 0,
      updated: 1,
    });
    expect(await repo.count()).toBe(1);
    expect(await repo.get('jihoon_p')).toMatchObject({
      plan: 'LTE',
      tags: ['VIP', 'callback'],
      displayHandle: 'jihoon_p',
    });
  });

  it('refuses a record linked to another X account, and one that is gone', async () => {
    const { repo, links } = setUp();
    await repo.upsertMany([{ handle: 'minji_kim', customerId: 'C-1' }]);
    await expect(
      links.link('minji_kim', { handle: 'someone_else' }, stamp('2026-12-01T00:00:00.000Z')),
    ).rejects.toMatchObject({ reason: 'linked-elsewhere', other: 'minji_kim' });
    await expect(
      links.link('crm:nope', { handle: 'someone_else' }, stamp('2026-12-01T00:00:00.000Z')),
    ).rejects.toBeInstanceOf(LinkError);
    expect(await repo.get('someone_else')).toBeUndefined();
  });

  it('moves the handoffs with their history, so the card and the outbox agree', async () => {
    const { repo, links, handoffs, db } = setUp();
    await repo.upsertMany([{ customerId: 'T-7', name: '고객' }]);
    const handoff = {
      id: 'h-1',
      customerHandle: 'new_one',
      createdAt: '2026-12-01T00:00:00.000Z',
      method: 'webhook',
      payload: {},
      status: 'queued',
      attempts: 0,
      nextAttemptAt: 0,
    } as unknown as HandoffRecord;
    await handoffs.create(handoff, { customerHandle: 'new_one', kind: 'handoff', at: '2026-12-01T00:00:00.000Z' });
    const linked = await links.link('crm:t-7', { handle: 'new_one' }, stamp('2026-12-01T05:00:00.000Z'));
    expect(linked.handoffs?.map((h) => h.id)).toEqual(['h-1']);
    expect((await db.handoffs.get('h-1'))?.customerHandle).toBe('new_one');
  });
});

describe('unlinking', () => {
  it('gives the CRM its record back and leaves the X account its history, notes and agent tags', async () => {
    const { repo, links, events } = setUp();
    await repo.upsertMany([{ customerId: 'T-5001', name: '박지훈', plan: '5G', tags: ['VIP'] }]);
    await links.link('crm:t-5001', { handle: 'wrong_person', userId: '42' }, stamp('2026-12-01T03:00:00.000Z'));
    await repo.changeTag('wrong_person', 'callback', true, stamp('2026-12-01T04:00:00.000Z'));
    await links.unlink('wrong_person', stamp('2026-12-01T05:00:00.000Z'));
    expect(await repo.get('crm:t-5001')).toMatchObject({
      customerId: 'T-5001',
      name: '박지훈',
      plan: '5G',
      tags: ['VIP'],
      displayHandle: '',
    });
    expect((await repo.get('crm:t-5001'))?.userId).toBeUndefined();
    const account = await repo.get('wrong_person');
    expect(account).toMatchObject({ tags: ['callback'], userId: '42', attributes: {} });
    expect(account?.customerId).toBeUndefined();
    expect((await events.newest('wrong_person', 10)).map((e) => e.kind)).toEqual(['unlinked', 'tag-added', 'linked']);
    await expect(links.unlink('wrong_person', stamp('2026-12-01T06:00:00.000Z'))).rejects.toMatchObject({
      reason: 'not-linked',
    });
  });
});

describe('following X user ids', () => {
  it('remembers the user id X shows for a known handle, unless another record has it', async () => {
    const { repo, links } = setUp();
    await repo.upsertMany([
      { handle: 'minji_kim', name: '김민지' },
      { handle: 'other', name: 'O' },
    ]);
    await links.rememberUserId({ handle: 'minji_kim', userId: '123' });
    expect((await repo.get('minji_kim'))?.userId).toBe('123');
    await links.rememberUserId({ handle: 'other', userId: '123' });
    expect((await repo.get('other'))?.userId).toBeUndefined();
    await links.rememberUserId({ handle: 'nobody', userId: '5' });
    expect(await repo.get('nobody')).toBeUndefined();
  });

  it('recognises a renamed handle, and moves the record with its history only when asked', async () => {
    const { repo, links, events } = setUp();
    await repo.upsertMany([{ handle: 'minji_kim', name: '김민지', customerId: 'C-1' }]);
    await links.rememberUserId({ handle: 'minji_kim', userId: '123' });
    await repo.addNote({ customerHandle: 'minji_kim', ...stamp('2026-12-01T01:00:00.000Z'), text: '요금 문의' });
    const renamed = { handle: 'MinjiK_2027', userId: '123' };
    expect(await links.renamedFrom(renamed)).toMatchObject({ handle: 'minji_kim' });
    // Seeing the id moved nothing.
    expect(await repo.get('minji_kim')).toBeDefined();

    await links.followRename(renamed, stamp('2026-12-02T00:00:00.000Z'));
    expect(await repo.get('minji_kim')).toBeUndefined();
    expect(await repo.get('minjik_2027')).toMatchObject({
      displayHandle: 'MinjiK_2027',
      customerId: 'C-1',
      userId: '123',
    });
    expect((await events.newest('minjik_2027', 10)).map((e) => [e.kind, e.text])).toEqual([
      ['renamed', '@minji_kim → @MinjiK_2027'],
      ['note', '요금 문의'],
    ]);
    expect(await links.renamedFrom(renamed)).toBeUndefined();
    await expect(links.followRename(renamed, stamp('2026-12-02T00:00:00.000Z'))).rejects.toBeInstanceOf(LinkError);
  });

  it('ignores an id that is not a number', async () => {
    const { repo, links } = setUp();
    await repo.upsertMany([{ handle: 'minji_kim' }]);
    await links.rememberUserId({ handle: 'minji_kim', userId: 'not-a-number' });
    expect((await repo.get('minji_kim'))?.userId).toBeUndefined();
    expect(await links.renamedFrom({ handle: 'x', userId: '' })).toBeUndefined();
  });
});
