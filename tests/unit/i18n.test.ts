import { describe, expect, it } from 'vitest';
import { resolveLocale } from '@/utils/i18n/locale';
import { koreanTable, messageKeys, translator } from '@/utils/i18n/pages';

describe('i18n', () => {
  it('follows the browser unless the agent chose a language', () => {
    expect(resolveLocale('auto', ['ko-KR', 'en-US'])).toBe('ko');
    expect(resolveLocale('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLocale('auto', ['ja-JP'])).toBe('en');
    expect(resolveLocale('en', ['ko-KR'])).toBe('en');
    expect(resolveLocale('ko', ['en-US'])).toBe('ko');
    expect(resolveLocale(undefined, [])).toBe('en');
  });

  it('has a Korean text for every English key, none left empty or untranslated by accident', () => {
    const ko = koreanTable();
    for (const key of messageKeys()) {
      expect(ko[key], key).toBeTruthy();
    }
    // A Korean text with no Hangul at all was most likely copied from English and never translated,
    // unless it is one of these, whose Korean is rightly the same words: only placeholders,
    // punctuation and units.
    const NO_HANGUL_NEEDED = new Set<string>([
      'options.templates.oneTitle', // "{title}"
      'options.customers.resultCounts', // {created}, {updated}.
      'options.data.restore.counts', // {customers}, {events}, {templates}, {packs}
      'options.data.storage.megabytes', // {mb}MB
      'options.packs.list.checkFailed', // {name}: {error}
    ]);
    const keys = new Set<string>(messageKeys());
    for (const key of NO_HANGUL_NEEDED) expect(keys.has(key), `allow-listed key ${key} no longer exists`).toBe(true);
    const HANGUL = /[\uAC00-\uD7A3]/;
    const untranslated = messageKeys().filter((key) => !NO_HANGUL_NEEDED.has(key) && !HANGUL.test(ko[key] ?? ''));
    expect(untranslated.map((key) => `${key}: ${ko[key]}`)).toEqual([]);
    // Placeholders must survive translation: the same {names} on both sides.
    const en = translator('en');
    for (const key of messageKeys()) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ko[key] ?? ''), key).toEqual(names(en(key)));
    }
  });

  it("fills placeholders, numbers in the locale's format", () => {
    const en = translator('en');
    const ko = translator('ko');
    expect(en('panel.closePanel')).toBe('Close panel');
    expect(ko('panel.closePanel')).toBe('패널 닫기');
    expect(translator('en')('options.you.language')).toBe('Language');
  });
});
