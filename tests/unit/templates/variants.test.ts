/**
 * Variant names come from pack files, which now keep a `__proto__` variant as data: the language
 * list, its names and the body shown must read the template's own variants, never Object's members
 * (an object as a React child would take the panel down).
 */
import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { parsePack } from '@/utils/templates/pack/parse';
import { bodyFor, languageName, pickLanguage, templateLanguages } from '@/utils/templates/variants';

function templateFromPack(variants: string): TemplateRecord {
  const parsed = parsePack(
    `{"format":"careline-templates","version":1,"pack":{"id":"cs","name":"CS"},"templates":[{"id":"a","title":"T","body":"Default body","lang":"ko","variants":${variants}}]}`,
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const [t] = parsed.pack.templates;
  if (!t) throw new Error('no template');
  // A spread copies an own `__proto__` variant as data, as storing the template does.
  return { ...t, locked: true, usageCount: 0, createdAt: 'c', updatedAt: 'u' };
}

describe('language variants named like Object members', () => {
  it('lists and names a `__proto__` variant as text, and shows its own body', () => {
    const t = templateFromPack('{"__proto__":"Proto body","en":"English body"}');
    expect(templateLanguages(t).sort()).toEqual(['__proto__', 'en', 'ko']);
    expect(templateLanguages(t).map(languageName).sort()).toEqual(['English', '__proto__', '한국어']);
    expect(bodyFor(t, '__proto__')).toBe('Proto body');
  });

  it('falls back to the body for a language the template does not have', () => {
    const t = templateFromPack('{"en":"English body"}');
    expect(languageName('constructor')).toBe('constructor');
    expect(languageName('__proto__')).toBe('__proto__');
    expect(bodyFor(t, 'constructor')).toBe('Default body');
    expect(bodyFor(t, '__proto__')).toBe('Default body');
    expect(pickLanguage(t, 'constructor', 'toString')).toBe('ko');
  });
});
