import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_TABLES } from '@/utils/i18n/problem-tables';
import { problemLocale, problemSayer, setProblemLocale } from '@/utils/i18n/problems';

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HANGUL = /[\uAC00-\uD7A3]/;

describe('problem words (utils/)', () => {
  afterEach(() => setProblemLocale('en'));

  for (const [area, tables] of Object.entries(PROBLEM_TABLES)) {
    it(`${area}: every English problem has a Korean text with the same placeholders`, () => {
      for (const key of Object.keys(tables.en)) {
        const ko = tables.ko[key];
        expect(ko, key).toBeTruthy();
        expect(names(ko ?? ''), key).toEqual(names(tables.en[key] ?? ''));
        // Written in Korean, not the English copied over (every message has at least one Korean word).
        expect(ko, key).toMatch(HANGUL);
      }
    });
  }

  it('speaks the language the context set, English until then', () => {
    const say = problemSayer({ en: { hello: 'Row {row} has {n} problems' }, ko: { hello: '{row}행에 문제 {n}개' } });
    expect(problemLocale()).toBe('en');
    expect(say('hello', { row: 3, n: 1200 })).toBe('Row 3 has 1,200 problems');
    setProblemLocale('ko');
    expect(say('hello', { row: 3, n: 1200 })).toBe('3행에 문제 1,200개');
    setProblemLocale('en');
    expect(say('hello', { row: 3, n: 2 })).toBe('Row 3 has 2 problems');
  });
});
