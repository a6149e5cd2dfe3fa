// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { koreanTable, messageKeys, plural, translator } from '@/utils/i18n/pages';
import { PROBLEM_TABLES } from '@/utils/i18n/problem-tables';
import { problemSayer, setProblemLocale } from '@/utils/i18n/problems';
import { formatNumber } from '@/utils/i18n/translate';
import { formatWhen } from '@/utils/i18n/when';

describe('counted words with real numbers', () => {
  afterEach(() => setProblemLocale('en'));

  it('English: one for 1, other for 2, thousands grouped', () => {
    const en = translator('en');
    expect(plural(en, 'options.count.customer', 1)).toBe('1 customer');
    expect(plural(en, 'options.count.customer', 2)).toBe('2 customers');
    expect(plural(en, 'options.count.customer', 1000)).toBe('1,000 customers');
    expect(plural(en, 'options.count.rowHas', 1)).toBe('1 row has');
    expect(plural(en, 'options.count.rowHas', 1000)).toBe('1,000 rows have');
  });

  it('Korean: one form with a counter word, thousands grouped', () => {
    const ko = translator('ko');
    expect(plural(ko, 'options.count.customer', 1)).toBe('고객 1명');
    expect(plural(ko, 'options.count.customer', 2)).toBe('고객 2명');
    expect(plural(ko, 'options.count.customer', 1000)).toBe('고객 1,000명');
  });

  it('problems count the same way, in the language of their context', () => {
    const say = problemSayer(customersProblems);
    expect(plural(say, 'customers.import.hasProblems', 1)).toBe('Nothing imported: 1 row has problems.');
    expect(plural(say, 'customers.import.hasProblems', 1000)).toBe('Nothing imported: 1,000 rows have problems.');
    setProblemLocale('ko');
    expect(plural(say, 'customers.import.hasProblems', 2)).toBe(
      '가져온 고객이 없습니다. 문제가 있는 행이 2개 있습니다.',
    );
    expect(plural(say, 'customers.import.stopped', 1000, { error: '디스크가 가득 찼습니다' })).toBe(
      '고객 1,000명을 저장한 뒤 가져오기가 중단되었습니다: 디스크가 가득 찼습니다',
    );
  });

  it('groups numbers in one place, the same in both languages', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('ko', 1234567)).toBe('1,234,567');
    expect(translator('en')('panel.save.tooLong', { length: 25001, max: 25000 })).toContain('25,001');
  });

  it('has both forms in both languages, the counted one with {n}, for every counted phrase of every table', () => {
    const ko = koreanTable();
    const en = translator('en');
    const tables: [string, Record<string, string>, Record<string, string>][] = [
      ['pages', Object.fromEntries(messageKeys().map((k) => [k, en(k)])), ko],
      ...Object.entries(PROBLEM_TABLES).map(
        ([area, t]) => [area, t.en, t.ko] as [string, Record<string, string>, Record<string, string>],
      ),
    ];
    let counted = 0;
    for (const [area, enTable, koTable] of tables) {
      for (const key of Object.keys(enTable).filter((k) => k.endsWith('.one'))) {
        const base = key.slice(0, -'.one'.length);
        // The one form may name its single item without the number ("Please fix this:").
        for (const table of [enTable, koTable]) {
          expect(table[`${base}.one`], `${area} ${base}.one`).toBeTruthy();
          expect(table[`${base}.other`], `${area} ${base}.other`).toContain('{n}');
        }
        counted++;
      }
    }
    expect(counted).toBeGreaterThan(20);
  });
});

describe('formatWhen', () => {
  const now = new Date(2026, 10, 29, 18, 0);
  const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

  it('today: the time alone, in either language', () => {
    for (const locale of ['en', 'ko'] as const) {
      const text = formatWhen(at(2026, 10, 29, 14, 5), locale, now);
      expect(text).toMatch(/2:05/);
      expect(text).not.toMatch(/29|Nov|11월/);
    }
  });

  it('this year: day and time; earlier years: the year too', () => {
    expect(formatWhen(at(2026, 2, 3, 9, 7), 'en', now)).toMatch(/^Mar 3, 9:07\sAM$/);
    expect(formatWhen(at(2026, 2, 3, 9, 7), 'ko', now)).toMatch(/^3월 3일 .*9:07$/);
    expect(formatWhen(at(2025, 10, 29, 14, 5), 'en', now)).toMatch(/^Nov 29, 2025, 2:05\sPM$/);
    expect(formatWhen(at(2025, 10, 29, 14, 5), 'ko', now)).toMatch(/^2025년 11월 29일 .*2:05$/);
  });

  it('shows an unreadable value as stored', () => {
    expect(formatWhen('not a date', 'ko', now)).toBe('not a date');
  });
});
