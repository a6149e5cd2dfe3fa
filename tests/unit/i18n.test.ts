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
      'options.teamPacks.by', // {when}, {name}
      'panel.team.byWhen', // {who} · {when}
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
    expect(en('length.near', { count: 1234 })).toBe("Close to X's limit: 1,234 left");
    expect(ko('length.near', { count: 1234 })).toBe('X 글자 수 제한에 가깝습니다: 1,234자 남음');
    expect(en('options.data.storage.megabytes', { mb: 12.5 })).toBe('12.5 MB');
    // Text goes in as it is; a placeholder without a value stays visible rather than vanishing.
    expect(en('length.near', { count: '1,000+' })).toBe("Close to X's limit: 1,000+ left");
    expect(en('length.near', {})).toBe("Close to X's limit: {count} left");
  });
});
