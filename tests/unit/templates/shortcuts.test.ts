import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { shortcutTokenBefore, suggestShortcuts } from '@/utils/templates/shortcuts';

const t = (id: string, shortcut: string, usageCount = 0): TemplateRecord => ({
  id,
  title: id,
  body: '',
  shortcut,
  locked: false,
  usageCount,
  createdAt: '',
  updatedAt: '',
});

describe('shortcutTokenBefore', () => {
  it('finds ;shortcut at the start or after a space, up to the caret', () => {
    expect(shortcutTokenBefore(';del')).toEqual({ prefix: 'del', start: 0 });
    expect(shortcutTokenBefore('Hello ;de')).toEqual({ prefix: 'de', start: 6 });
    expect(shortcutTokenBefore('줄바꿈\n;감사')).toEqual({ prefix: '감사', start: 4 });
    expect(shortcutTokenBefore('Hi ;')).toEqual({ prefix: '', start: 3 });
  });
  it('ignores ; inside words and tokens that ended', () => {
    expect(shortcutTokenBefore('a;del')).toBeNull();
    expect(shortcutTokenBefore(';del ')).toBeNull();
    expect(shortcutTokenBefore('no token')).toBeNull();
  });
});

describe('suggestShortcuts', () => {
  const library = [t('a', 'delay', 1), t('b', 'delivery', 9), t('c', 'del', 0), t('d', 'dm', 5)];
  it('puts the exact shortcut first, then prefix matches by usage', () => {
    expect(suggestShortcuts(library, 'del').map((s) => s.shortcut)).toEqual(['del', 'delivery', 'delay']);
    expect(suggestShortcuts(library, 'D').map((s) => s.shortcut)).toEqual(['delivery', 'dm', 'delay', 'del']);
    expect(suggestShortcuts(library, 'x')).toEqual([]);
  });
  it('reads a prefix typed with the Hangul input mode on as the keys pressed (;소무ㅏㄴ is ;thanks)', () => {
    const lib = [t('thanks', 'thanks', 3), t('then', 'then', 0), t('kr', '감사', 1), t('dm', 'dm', 0)];
    expect(suggestShortcuts(lib, '소무ㅏㄴ').map((s) => s.shortcut)).toEqual(['thanks']);
    expect(suggestShortcuts(lib, '쏘무ㅏㄴ').map((s) => s.shortcut)).toEqual(['thanks']);
    expect(suggestShortcuts(lib, '소').map((s) => s.shortcut)).toEqual(['thanks', 'then']);
    expect(suggestShortcuts(lib, 'ㅅ').map((s) => s.shortcut)).toEqual(['thanks', 'then']);
  });
  it('finds a Korean shortcut from either layout and syllable by syllable', () => {
    const lib = [t('kr', '감사', 1), t('gap', '갑', 0), t('en', 'rk', 0)];
    expect(suggestShortcuts(lib, 'rkatk').map((s) => s.shortcut)).toEqual(['감사']);
    expect(suggestShortcuts(lib, '감ㅅ').map((s) => s.shortcut)).toEqual(['감사']);
    expect(suggestShortcuts(lib, '가').map((s) => s.shortcut)).toEqual(['rk', '감사', '갑']);
  });
});
