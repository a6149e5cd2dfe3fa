import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { keepOrder, searchAnyLayout } from '@/utils/templates/search-layouts';
import { searchTemplates } from '@/utils/templates/search';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';

const library: TemplateRecord[] = SAMPLE_TEMPLATES.map((s) => ({
  ...s,
  locked: false,
  usageCount: 0,
  createdAt: '',
  updatedAt: '',
}));
const titles = (list: TemplateRecord[]) => list.map((t) => t.title);

describe('searchAnyLayout', () => {
  it('finds 감사 typed with the Hangul input mode off (rkatk), as 감사 does', () => {
    expect(titles(searchTemplates(library, 'rkatk'))).toEqual([]);
    expect(titles(searchAnyLayout(library, 'rkatk'))).toEqual(titles(searchTemplates(library, '감사')));
    expect(titles(searchAnyLayout(library, 'rkatk'))).toContain('문의 감사 인사');
  });
  it('finds thanks typed with the Hangul input mode on (소무ㅏㄴ), as thanks does', () => {
    expect(titles(searchAnyLayout(library, '소무ㅏㄴ'))).toEqual(titles(searchTemplates(library, 'thanks')));
    expect(titles(searchAnyLayout(library, '소무ㅏㄴ')).length).toBeGreaterThan(0);
  });
  it('keeps the query as typed first', () => {
    expect(titles(searchAnyLayout(library, '감사'))).toEqual(titles(searchTemplates(library, '감사')));
    expect(titles(searchAnyLayout(library, 'outage'))).toEqual(titles(searchTemplates(library, 'outage')));
  });
});

describe('keepOrder', () => {
  const item = (id: string) => ({ id });
  it('keeps the previous order and puts new items after it', () => {
    expect(keepOrder(['b', 'a', 'c'], [item('a'), item('b'), item('d'), item('c')]).map((x) => x.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });
  it('drops what is gone', () => {
    expect(keepOrder(['b', 'a', 'c'], [item('c'), item('a')]).map((x) => x.id)).toEqual(['a', 'c']);
  });
});
