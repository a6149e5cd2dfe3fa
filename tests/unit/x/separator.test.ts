import { describe, expect, it } from 'vitest';
import { separatorsFor, withSeparators } from '@/utils/x/insert/separator';

const REPLY = '김민지님, 문의해 주셔서 감사합니다.';

describe('separatorsFor: what a person types between the box and an insert', () => {
  it('adds nothing at the start of an empty box', () => {
    expect(separatorsFor('', REPLY, '')).toEqual({ before: '', after: '' });
  });

  it('starts a new line after a finished Korean or English sentence', () => {
    expect(separatorsFor('확인 후 바로 답변드리겠습니다.', REPLY, '').before).toBe('\n');
    expect(separatorsFor('정말 죄송합니다!', REPLY, '').before).toBe('\n');
    expect(separatorsFor('Thanks for waiting?', 'Hi', '').before).toBe('\n');
    expect(separatorsFor('確認しました。', 'Hi', '').before).toBe('\n');
    expect(separatorsFor('"We are on it."', 'Hi', '').before).toBe('\n');
    expect(separatorsFor('감사합니다…', 'Hi', '').before).toBe('\n');
  });

  it('puts a space after a word or a comma', () => {
    expect(separatorsFor('Hello', 'Hi there', '').before).toBe(' ');
    expect(separatorsFor('안녕하세요', REPLY, '').before).toBe(' ');
    expect(separatorsFor('Hello,', 'Hi', '').before).toBe(' ');
  });

  it('adds nothing after whitespace, a line break or an opening bracket, or before inserted whitespace', () => {
    expect(separatorsFor('Hello ', 'Hi', '').before).toBe('');
    expect(separatorsFor('Hello\n', 'Hi', '').before).toBe('');
    expect(separatorsFor('안녕하세요\u3000', 'Hi', '').before).toBe('');
    expect(separatorsFor('(', 'Hi', '').before).toBe('');
    expect(separatorsFor('@', 'minji_kim', '').before).toBe('');
    expect(separatorsFor('Hello', ' Hi', '').before).toBe('');
  });

  it('separates the text after the caret the same way, unless it starts with space or closing punctuation', () => {
    expect(separatorsFor('', 'Hi there', 'Hello')).toEqual({ before: '', after: ' ' });
    expect(separatorsFor('', REPLY, 'Hello')).toEqual({ before: '', after: '\n' });
    expect(separatorsFor('Hello', 'Hi', ' Bye')).toEqual({ before: ' ', after: '' });
    expect(separatorsFor('Hello', 'Hi', ', Bye')).toEqual({ before: ' ', after: '' });
    expect(separatorsFor('Hello', 'Hi', '.')).toEqual({ before: ' ', after: '' });
    expect(separatorsFor('Hello ', 'Hi ', 'Bye')).toEqual({ before: '', after: '' });
  });

  it('inserting nothing adds nothing', () => {
    expect(separatorsFor('Hello', '', 'Bye')).toEqual({ before: '', after: '' });
  });

  it('only ever chooses among "", " " and a line break, whatever the page put in the box', () => {
    for (const before of ['<img src=x>', '\u202e', 'a\u0000', '{{customer.phone}}', 'x'.repeat(10_000) + '.']) {
      const { text, lead, end } = withSeparators(before, 'Hi', 'after');
      expect(['', ' ', '\n']).toContain(text.slice(0, lead));
      expect(text.slice(lead, end)).toBe('Hi');
      expect(['', ' ', '\n']).toContain(text.slice(end));
    }
  });
});
