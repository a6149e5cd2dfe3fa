import { describe, expect, it } from 'vitest';
import { atHandle, mentionsIn, parseHandle } from '@/utils/x/handle';

describe("X's handle rule", () => {
  it('parses a handle with or without @, trimmed; refuses too long or foreign characters', () => {
    expect(parseHandle(' @Acme_Care ')).toBe('Acme_Care');
    expect(parseHandle('a23456789012345')).toBe('a23456789012345');
    expect(parseHandle('a234567890123456')).toBeNull();
    expect(parseHandle('민지')).toBeNull();
    expect(parseHandle('@')).toBeNull();
  });

  it('reads a text that is only "@handle", never a bare word or a sentence', () => {
    expect(atHandle(' @minji_kim ')).toBe('minji_kim');
    expect(atHandle('minji_kim')).toBeNull();
    expect(atHandle('@minji_kim hi')).toBeNull();
  });

  it('lists mentions in order; a 16th handle character means no mention', () => {
    expect(mentionsIn('Replying to @a_b and @Cd9')).toEqual(['a_b', 'Cd9']);
    expect(mentionsIn('Minji Kim@minji_kim')).toEqual(['minji_kim']);
    expect(mentionsIn('@a234567890123456')).toEqual([]);
  });

  it('with wordStart, an @ inside a word (an e-mail address) names nobody', () => {
    expect(mentionsIn('care@example.com @acme_care', { wordStart: true })).toEqual(['acme_care']);
    expect(mentionsIn('care@example.com', { wordStart: false })).toEqual(['example']);
  });
});
