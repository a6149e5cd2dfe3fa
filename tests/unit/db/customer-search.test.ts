/** Customer search: any part of a name or handle, 초성, a phone's last digits, the wrong keyboard layout. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { phoneTail, searchKeysOf } from '@/utils/db/customer-keys';
import { customersRepo } from '@/utils/db/customers-repo';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('search');

async function seeded() {
  const repo = customersRepo(freshDb());
  await repo.upsertMany([
    { handle: 'jihoon_park', name: '박지훈', customerId: 'C-100232', phone: '010-3456-7890' },
    { handle: 'minji_kim', name: '김민지', customerId: 'C-100231', phone: '+82 10-2345-6789' },
    { handle: 'sarah_j_miller', name: 'Sarah Miller', customerId: 'C-100233' },
    { customerId: 'T-5001', name: '감사랑', phone: '010-1111-2222' },
    { handle: 'thanks_bot', name: 'Thanks Bot' },
  ]);
  return repo;
}

const handles = (found: { handle: string }[]) => found.map((c) => c.handle).sort();

describe('search keys', () => {
  it('are the suffixes of the name, its 초성 and the handle; a CRM key adds none', () => {
    expect(searchKeysOf({ handle: 'ab', name: '박지훈' }).sort()).toEqual(
      ['ab', 'b', 'ㅂㅈㅎ', 'ㅈㅎ', 'ㅎ', '박지훈', '지훈', '훈'].sort(),
    );
    expect(searchKeysOf({ handle: 'crm:t-1', name: 'Bo' })).toEqual(['bo', 'o']);
  });

  it('start suffixes at whole characters: an emoji is never split, spaces are trimmed', () => {
    expect(searchKeysOf({ handle: 'crm:t-2', name: '😀 a😀' })).toEqual(['😀 a😀', 'a😀', '😀']);
  });

  it('store the phone as dialled in Korea, reversed', () => {
    expect(phoneTail('010-3456-7890')).toBe('09876543010');
    expect(phoneTail('+82 10-3456-7890')).toBe('09876543010');
    expect(phoneTail(undefined)).toBeUndefined();
  });
});

describe('customersRepo.search', () => {
  it('finds by any part of the name or handle, not only its start', async () => {
    const repo = await seeded();
    expect(handles(await repo.search('지훈'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('miller'))).toEqual(['sarah_j_miller']);
    expect(handles(await repo.search('_kim'))).toEqual(['minji_kim']);
    expect(handles(await repo.search('@MINJI'))).toEqual(['minji_kim']);
  });

  it('finds by 초성', async () => {
    const repo = await seeded();
    expect(handles(await repo.search('ㅂㅈㅎ'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('ㅁㅈ'))).toEqual(['minji_kim']);
  });

  it('finds by the last digits of a phone number, in any form', async () => {
    const repo = await seeded();
    expect(handles(await repo.search('7890'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('3456-7890'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('010-2345-6789'))).toEqual(['minji_kim']);
    expect(handles(await repo.search('2222'))).toEqual(['crm:t-5001']);
    // Three digits are too few to mean a phone.
    expect(await repo.search('890')).toEqual([]);
  });

  it('finds by customer ID in any case, CRM records without an X account included', async () => {
    const repo = await seeded();
    expect(handles(await repo.search('c-100232'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('T-5001'))).toEqual(['crm:t-5001']);
  });

  it('finds the same typed in the wrong keyboard layout, the query as typed first', async () => {
    const repo = await seeded();
    expect(handles(await repo.search('qkrwlgns'))).toEqual(['jihoon_park']);
    expect(handles(await repo.search('rkatk'))).toEqual(['crm:t-5001']);
    expect(handles(await repo.search('소무ㅏㄴ'))).toEqual(['thanks_bot']);
    expect((await repo.search('thanks')).map((c) => c.handle)).toEqual(['thanks_bot']);
  });

  it('returns each customer once, at most `limit`', async () => {
    const repo = await seeded();
    // "i" is in several suffixes of the same names and handles.
    const found = await repo.search('i', 3);
    expect(found.length).toBe(3);
    expect(new Set(found.map((c) => c.handle)).size).toBe(3);
    expect(await repo.search('   ')).toEqual([]);
  });
});
