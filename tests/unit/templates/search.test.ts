import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { searchTemplates } from '@/utils/templates/search';

const t = (id: string, title: string, body: string, shortcut?: string): TemplateRecord => ({
  id, title, body, shortcut, createdAt: '', updatedAt: '',
});
const library = [
  t('a', 'Network outage update', 'We are aware of an outage', 'outage'),
  t('b', 'Ask for a DM', 'Please DM us about the outage', 'dm'),
  t('c', '개통 지연 사과', '개통이 늦어져 죄송합니다', 'delay'),
];

describe('searchTemplates', () => {
  it('returns everything for an empty query', () => {
    expect(searchTemplates(library, '  ').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('ranks shortcut prefix, then title, then body', () => {
    expect(searchTemplates(library, 'out').map((x) => x.id)).toEqual(['a', 'b']);
    expect(searchTemplates(library, 'dm').map((x) => x.id)).toEqual(['b']);
  });
  it('finds Korean text', () => {
    expect(searchTemplates(library, '개통').map((x) => x.id)).toEqual(['c']);
  });
  it('is case-insensitive and returns nothing for no match', () => {
    expect(searchTemplates(library, 'NETWORK').map((x) => x.id)).toEqual(['a']);
    expect(searchTemplates(library, 'zzz')).toEqual([]);
  });
});
