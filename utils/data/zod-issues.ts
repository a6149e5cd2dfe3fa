/**
 * zod's issues in the words of someone fixing a file in a text editor, English or Korean: one
 * translator for every file Careline reads (template packs, backups). Each schema may word its own
 * checks (a refinement's message); every other issue is worded here, never in zod's developer English.
 */
import type { z } from 'zod';
import { fieldProblems } from '@/utils/i18n/messages/problems-fields';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(fieldProblems);

/** The error map to parse with: `schema.safeParse(data, { error: zodIssueWords })`. */
export const zodIssueWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return say('field.required');
      return say('field.expected', { expected: kindOf(issue.expected), got: describeValue(issue.input) });
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v) ?? String(v));
      const got = describeValue(issue.input);
      return values.length === 1
        ? say('field.expectedValue', { value: values[0] ?? '', got })
        : say('field.oneOf', { values: values.join(', '), got });
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return say('field.empty');
      if (issue.origin === 'number' || issue.origin === 'int')
        return say(issue.inclusive ? 'field.atLeast' : 'field.above', { minimum: String(issue.minimum) });
      return say('field.tooShort', { minimum: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return say(issue.inclusive ? 'field.atMost' : 'field.below', { maximum: String(issue.maximum) });
      return say('field.tooLong', { maximum: String(issue.maximum) });
    case 'unrecognized_keys':
      return say('field.unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return say('field.invalidFormat');
    default:
      return say('field.invalid');
  }
};

/** The first problem of a failed parse, as `message` and the field's `path` (undefined: the file as a whole). */
export function firstIssue(error: z.ZodError): { message: string; path?: string } | undefined {
  const issue = error.issues[0];
  return issue && { message: issue.message, path: formatPath(issue.path) };
}

/** `templates[3].title`, `templates[0].variants["zh-TW"]`. */
export function formatPath(path: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || undefined;
}

/** The problem with a value zod never saw (a key it left out) that must be text, or undefined. */
export function mustBeText(value: unknown): string | undefined {
  return typeof value === 'string'
    ? undefined
    : say('field.expected', { expected: kindOf('string'), got: describeValue(value) });
}

/** A kind of value as expected (`a string`), from zod's type names. */
export function kindOf(expected: string): string {
  if (expected === 'record') return say('field.value.object');
  if (['string', 'number', 'int', 'boolean', 'array', 'object'].includes(expected))
    return say(`field.value.${expected as 'string'}`);
  return say('field.value.other', { type: expected });
}

/** A value found in the file, short: strings and numbers as written, containers by their kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return say('field.value.array');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return say('field.value.object');
  return typeof value;
}
