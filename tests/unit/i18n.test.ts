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
