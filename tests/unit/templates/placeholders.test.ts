/**
 * The placeholder scanner against the regex it replaced, which stays here as the reference for what
 * a placeholder is: on short random bodies (where the regex is quick) both find the same placeholders.
 */
import { describe, expect, it } from 'vitest';
import { findPlaceholders, replacePlaceholders, splitBody } from '@/utils/templates/placeholders';
import { prng } from './hostile-bodies';

const OLD = /\{\{\s*([^{}|]+?)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;

function byRegex(body: string) {
  return [...body.matchAll(OLD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    path: (m[1] ?? '').trim(),
    ...(m[2] !== undefined && { fallback: m[2].replace(/\\(.)/g, '$1') }),
  }));
}

const PIECES = [
  '{{',
  '}}',
  '{',
  '}',
  '|',
  '"',
  '\\',
  ' ',
  '\t',
  '\n',
  '\u3000',
  '\u2028',
  'customer.name',
  'input:ETA',
  'cursor',
  'x',
  '가',
];

describe('findPlaceholders', () => {
  it('reads paths, fallbacks with escapes, fill-ins and the cursor', () => {
    expect(findPlaceholders('Hi {{ customer.name | "the \\"best\\" one" }}, {{input:ETA}}{{cursor}}')).toEqual([
      { start: 3, end: 43, path: 'customer.name', fallback: 'the "best" one' },
      { start: 45, end: 58, path: 'input:ETA' },
      { start: 58, end: 68, path: 'cursor' },
    ]);
  });

  it('keeps the old edge cases: {{}} is text, {{ }} has an empty path, {{{a}} starts one later, a backslash cannot escape a line break', () => {
    expect(findPlaceholders('{{}}')).toEqual([]);
    expect(findPlaceholders('{{ }}')).toEqual([{ start: 0, end: 5, path: '' }]);
    expect(findPlaceholders('{{{a}}')).toEqual([{ start: 1, end: 6, path: 'a' }]);
    expect(findPlaceholders('{{a|"x\\\ny"}}')).toEqual([]);
    expect(findPlaceholders('{{a|"x"}} {{a|"{{b}}')).toEqual([
      { start: 0, end: 9, path: 'a', fallback: 'x' },
      { start: 15, end: 20, path: 'b' },
    ]);
  });

  it('finds exactly what the old regex found on 20,000 short random bodies', () => {
    const next = prng(7);
    for (let i = 0; i < 20_000; i++) {
      let body = '';
      const length = Math.floor(next() * 12);
      for (let j = 0; j < length; j++) body += PIECES[Math.floor(next() * PIECES.length)];
      expect(findPlaceholders(body), JSON.stringify(body)).toEqual(byRegex(body));
    }
  });

  it('splits a body into text and placeholders, and replaces placeholders', () => {
    expect(splitBody('a {{x}} b')).toEqual([
      { text: 'a ' },
      { placeholder: { start: 2, end: 7, path: 'x' }, raw: '{{x}}' },
      { text: ' b' },
    ]);
    expect(replacePlaceholders('a {{x}} {{y | "z"}}', (p) => p.fallback ?? p.path.toUpperCase())).toBe('a X z');
  });
});
