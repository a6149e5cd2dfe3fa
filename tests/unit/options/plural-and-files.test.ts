import { describe, expect, it } from 'vitest';
import { accepts } from '@/entrypoints/options/choose-file';
import { plural, translator } from '@/utils/i18n/pages';
import { pluralForm } from '@/utils/i18n/translate';

describe('counted words', () => {
  it('picks the plural form the locale has: English one/other, Korean always other', () => {
    expect([0, 1, 2, 1.5, 21].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other', 'other', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('ko', n))).toEqual(['other', 'other', 'other']);
  });

  it('says "Imported 1 template" and "Imported 2 templates"; Korean counts with a counter word', () => {
    const en = translator('en');
    const ko = translator('ko');
    expect(plural(en, 'options.count.import', 1)).toBe('Imported 1 template');
    expect(plural(en, 'options.count.import', 2)).toBe('Imported 2 templates');
    expect(plural(en, 'options.count.import', 0)).toBe('Imported 0 templates');
    expect(plural(en, 'options.count.usedTimes', 1)).toBe('used 1 time');
    expect(plural(en, 'options.count.packUpdated', 1, { name: 'CS care' })).toBe('CS care updated: 1 template');
    expect(plural(ko, 'options.count.import', 1)).toBe('템플릿 1개를 가져왔습니다');
    expect(plural(en, 'options.count.historyEntry', 1200)).toBe('1,200 history entries');
  });
});

describe("a dropped file against the input's accept", () => {
  it('takes the types the dialog would offer and refuses the rest', () => {
    expect(accepts('.json,application/json', { name: 'Pack.JSON', type: '' })).toBe(true);
    expect(accepts('.json,application/json', { name: 'pack', type: 'application/json' })).toBe(true);
    expect(accepts('.json,application/json', { name: 'customers.csv', type: 'text/csv' })).toBe(false);
    expect(accepts('.json,application/json', { name: 'json', type: '' })).toBe(false);
  });
});
