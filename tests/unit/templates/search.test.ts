import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { createTemplateIndex, searchTemplates } from '@/utils/templates/search';

const t = (id: string, title: string, body: string, more: Partial<TemplateRecord> = {}): TemplateRecord => ({
  id,
  title,
  body,
  locked: false,
  usageCount: 0,
  createdAt: '',
  updatedAt: '',
  ...more,
});

const library = [
  t('outage', 'Network outage update', 'We are aware of an outage in some areas.', {
    shortcut: 'outage',
    tags: ['network'],
  }),
  t('dm', 'Ask for a DM', 'Please DM us about the outage with your account number.', {
    shortcut: 'dm',
    tags: ['privacy'],
  }),
  t('delay', '개통 지연 사과', '{{customer.name | "고객"}}님, 개통이 늦어져 불편을 드려 죄송합니다.', {
    shortcut: 'delay',
    folder: '개통',
  }),
  t('thanks', '문의 감사 인사', '문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.', {
    shortcut: 'thanks',
    usageCount: 3,
  }),
  t('roam', '해외 로밍 eSIM 안내', 'Roaming: eSIM을 설치하면 바로 사용할 수 있습니다.', {
    shortcut: 'roam',
    tags: ['roaming', '해외'],
  }),
  t('refund', 'Refund status', 'Your refund is on its way. 환불은 3영업일 안에 처리됩니다.', {
    shortcut: 'refund',
    variants: { ko: '환불은 영업일 기준 3일 안에 완료됩니다.' },
  }),
];
const index = createTemplateIndex(library);
const ids = (query: string, limit?: number) => index.search(query, limit).map((x) => x.id);

describe('createTemplateIndex', () => {
  it('returns everything for an empty query, by usage then title', () => {
    expect(ids('  ')).toEqual(['thanks', 'dm', 'outage', 'refund', 'delay', 'roam']);
    expect(ids('', 2)).toHaveLength(2);
  });

  it('ranks shortcut prefix, then title, then tags/folder, then body', () => {
    const lib = [
      t('body', 'Zeta', 'an alpha in the body', { usageCount: 100 }),
      t('tag', 'Yankee', 'nothing', { tags: ['alpha'], usageCount: 50 }),
      t('title-sub', 'Xray Chalpa', 'nothing', { usageCount: 20 }),
      t('title-prefix', 'Alpha news', 'nothing', { usageCount: 10 }),
      t('shortcut', 'Whiskey', 'nothing', { shortcut: 'alp', usageCount: 0 }),
      t('in-shortcut', 'Victor', 'nothing', { shortcut: 'xalp', usageCount: 60 }), // inside a shortcut: like a tag
      t('title-word', 'Big alpine deal', 'nothing', { shortcut: 'xalp', usageCount: 5 }), // the title beats it
    ];
    expect(
      createTemplateIndex(lib)
        .search('alp')
        .map((x) => x.id),
    ).toEqual(['shortcut', 'title-prefix', 'title-word', 'title-sub', 'in-shortcut', 'tag', 'body']);
  });

  it('breaks ties by usage, then title', () => {
    const lib = [t('b', 'Refund B', ''), t('a', 'Refund A', ''), t('c', 'Refund C', '', { usageCount: 9 })];
    expect(
      createTemplateIndex(lib)
        .search('refund')
        .map((x) => x.id),
    ).toEqual(['c', 'a', 'b']);
  });

  it('matches initial consonants: ㄱㅅ finds 감사', () => {
    expect(ids('ㄱㅅ')).toEqual(['thanks']);
    expect(ids('ㄱㅌ ㅈㅇ')).toEqual(['delay']);
  });

  it('matches the syllable still being typed: 개토 → 개통, 가 → 감사, 감ㅅ → 감사', () => {
    expect(ids('개토')).toEqual(['delay']);
    expect(ids('개')).toEqual(['delay']);
    expect(ids('가')).toContain('thanks');
    expect(ids('감ㅅ')).toEqual(['thanks']);
    expect(ids('환부')).toEqual(['refund']);
  });

  it('is case-insensitive and NFKC-normalised', () => {
    expect(ids('NETWORK')).toEqual(['outage']);
    expect(ids('ＥＳＩＭ')).toEqual(['roam']); // full-width Latin
    expect(ids('개통'.normalize('NFD'))).toEqual(['delay']);
  });

  it('requires every term (AND) and returns nothing when nothing matches', () => {
    expect(ids('outage dm')).toEqual(['dm']);
    expect(ids('outage')).toEqual(['outage', 'dm']);
    expect(ids('zzz')).toEqual([]);
    expect(ids('outage zzz')).toEqual([]);
  });

  it('searches a mixed Korean and English library with mixed queries', () => {
    expect(ids('로밍')).toEqual(['roam']);
    expect(ids('roam')).toEqual(['roam']);
    expect(ids('esim 로')).toEqual(['roam']);
    expect(ids('esim을')).toEqual(['roam']);
    expect(ids('영업일')).toEqual(['refund']); // Korean variant and body
  });

  it('matches short terms in the body only at word starts', () => {
    expect(ids('ou')).toEqual(['outage', 'dm']); // title/tags anywhere, body "Your" at a word start
    expect(ids('ur')).toEqual([]); // "your", "number", "sure": inside words only
    expect(ids('our')).toEqual(['dm', 'refund']); // 3 characters: anywhere
  });

  it('ignores placeholders and honours the limit', () => {
    expect(ids('customer')).toEqual([]);
    expect(ids('a', 1)).toHaveLength(1);
  });

  it('keeps searchTemplates as a cached entry point', () => {
    expect(searchTemplates(library, '개통').map((x) => x.id)).toEqual(['delay']);
    expect(searchTemplates(library, 'ㄱㅅ').map((x) => x.id)).toEqual(['thanks']);
  });

  describe('on a generated library', () => {
    // Small seeded library: the early stops must never change what the first results are.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = [
      '개통',
      '지연',
      '감사합니다',
      '환불',
      '요청',
      '로밍',
      'roaming',
      'refund',
      'order',
      'status',
      'router',
      'eSIM',
      '배송',
      '확인',
      'delay',
      'update',
    ];
    const pick = () => words[Math.floor(rnd() * words.length)]!;
    const phrase = (count: number) => Array.from({ length: count }, pick).join(' ');
    const big = Array.from({ length: 400 }, (_, i) =>
      t(`g${i}`, phrase(2), phrase(12), {
        shortcut: rnd() < 0.5 ? pick().toLowerCase() : undefined,
        tags: [pick()],
        usageCount: Math.floor(rnd() * 20),
      }),
    );
    const gen = createTemplateIndex(big);
    const queries = [
      'r',
      'ro',
      'rou',
      'o',
      'or',
      '가',
      'order s',
      'order st',
      '개',
      '개토',
      '개통 지',
      'ㄱ',
      'ㄱㅅ',
      'ㅎㅂ ㅇ',
      'esim 개',
      '환불 요',
      'de up',
      'zz',
    ];

    it.each(queries)('the first results of %s do not depend on the limit', (q) => {
      const all = gen.search(q, Infinity).map((x) => x.id);
      expect(new Set(all).size).toBe(all.length);
      for (const limit of [1, 5, 20]) expect(gen.search(q, limit).map((x) => x.id)).toEqual(all.slice(0, limit));
    });

    it.each(['order s', '개통 지', 'ㅎㅂ ㅇ', 'esim 개', 'de up', 'ro 환불'])(
      '%s matches exactly what every term matches',
      (q) => {
        const sets = q.split(' ').map((term) => new Set(gen.search(term, Infinity).map((x) => x.id)));
        const both = big.map((x) => x.id).filter((id) => sets.every((set) => set.has(id)));
        expect(
          gen
            .search(q, Infinity)
            .map((x) => x.id)
            .sort(),
        ).toEqual(both.sort());
      },
    );
  });
});
