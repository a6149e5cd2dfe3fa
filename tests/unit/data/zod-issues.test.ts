import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssue, zodIssueWords } from '@/utils/data/zod-issues';
import { setProblemLocale } from '@/utils/i18n/problems';

const schema = z.object({
  count: z.number().int().min(1).max(9),
  positive: z.number().gt(0),
  name: z.string().min(1),
  kind: z.enum(['note', 'reply']),
  format: z.literal('careline-backup'),
  tags: z.array(z.string()).max(1),
  own: z.string().refine((s) => s === 'ok', { error: 'the schema says this itself' }),
});
const valid = { count: 1, positive: 1, name: 'n', kind: 'note', format: 'careline-backup', tags: [], own: 'ok' };

/** The refusal for `valid` with one field changed, as `path: message`. */
function said(change: Record<string, unknown>): string {
  const parsed = schema.safeParse({ ...valid, ...change }, { error: zodIssueWords });
  if (parsed.success) throw new Error('expected a refusal');
  const issue = firstIssue(parsed.error);
  return `${issue?.path}: ${issue?.message}`;
}

afterEach(() => setProblemLocale('en'));

describe('zod issues in the words of someone fixing a file', () => {
  it.each([
    [{ count: undefined }, 'count: required', 'count: 필수 항목입니다'],
    [{ count: '3' }, 'count: expected a number, got "3"', 'count: 숫자 형식이어야 하는데 지금은 "3"입니다'],
    [{ count: 1.5 }, 'count: expected a whole number, got 1.5', 'count: 정수 형식이어야 하는데 지금은 1.5입니다'],
    [{ count: 0 }, 'count: expected at least 1', 'count: 1 이상이어야 합니다'],
    [{ count: 10 }, 'count: expected at most 9', 'count: 9 이하여야 합니다'],
    [{ positive: 0 }, 'positive: expected more than 0', 'positive: 0보다 커야 합니다'],
    [{ name: '' }, 'name: must not be empty', 'name: 비워 둘 수 없습니다'],
    [
      { kind: 'call' },
      'kind: expected one of "note", "reply", got "call"',
      'kind: 다음 중 하나여야 하는데 지금은 "call"입니다: "note", "reply"',
    ],
    [
      { format: 'careline-templates' },
      'format: expected "careline-backup", got "careline-templates"',
      'format: "careline-backup" 값이어야 하는데 지금은 "careline-templates"입니다',
    ],
    [{ tags: {} }, 'tags: expected an array, got an object', 'tags: 배열 형식이어야 하는데 지금은 객체입니다'],
    [{ tags: ['a', 'b'] }, 'tags: too long: at most 1', 'tags: 너무 깁니다(최대 1)'],
    [{ tags: [null] }, 'tags[0]: expected a string, got null', 'tags[0]: 문자열 형식이어야 하는데 지금은 null입니다'],
    [{ own: 'no' }, 'own: the schema says this itself', 'own: the schema says this itself'],
  ])('%j', (change, english, korean) => {
    expect(said(change)).toBe(english);
    setProblemLocale('ko');
    expect(said(change)).toBe(korean);
  });
});
