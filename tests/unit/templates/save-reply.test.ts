import { describe, expect, it } from 'vitest';
import { personalParts, withPlaceholders } from '@/utils/templates/save-reply';

const minji = { handle: 'minji_kim', name: '김민지' };

describe('personalParts', () => {
  it("finds the customer's name and handle in the reply", () => {
    expect(personalParts('@minji_kim 김민지님, 확인해 드리겠습니다.', minji)).toEqual([
      { kind: 'name', found: '김민지', placeholder: '{{customer.name}}' },
      { kind: 'handle', found: '@minji_kim', placeholder: '@{{customer.handle}}' },
    ]);
  });
  it('matches the handle whatever its case, and not inside a longer handle', () => {
    expect(personalParts('Hi @Minji_Kim!', minji).map((p) => p.found)).toEqual(['@Minji_Kim']);
    expect(personalParts('Hi @minji_kim2', minji)).toEqual([]);
  });
  it('does not find a Latin name inside another word, nor a one-letter name', () => {
    expect(personalParts('Hi Bobby', { handle: 'b', name: 'Bob' })).toEqual([]);
    expect(personalParts('Hi Bob, thanks', { handle: 'b', name: 'Bob' }).map((p) => p.kind)).toEqual(['name']);
    expect(personalParts('a b c', { handle: 'zz', name: 'a' })).toEqual([]);
  });
  it('finds nothing without a customer', () => {
    expect(personalParts('김민지님', undefined)).toEqual([]);
  });
});

describe('withPlaceholders', () => {
  it('puts the placeholders in every place, Korean particles kept', () => {
    const text = '@minji_kim 김민지님, 확인했습니다. 김민지님께 다시 연락드릴게요.';
    expect(withPlaceholders(text, personalParts(text, minji))).toBe(
      '@{{customer.handle}} {{customer.name}}님, 확인했습니다. {{customer.name}}님께 다시 연락드릴게요.',
    );
  });
  it('replaces only the parts chosen', () => {
    const text = '@minji_kim 김민지님';
    const [name] = personalParts(text, minji);
    expect(withPlaceholders(text, [name!])).toBe('@minji_kim {{customer.name}}님');
    expect(withPlaceholders(text, [])).toBe(text);
  });
  it('treats the name as text, not as a pattern', () => {
    const text = 'Hi A.B (C)+, hi AxB';
    expect(withPlaceholders(text, personalParts(text, { handle: 'ab', name: 'A.B (C)+' }))).toBe(
      'Hi {{customer.name}}, hi AxB',
    );
  });
});
