/**
 * Reading a pack file: every refusal says what is wrong and where (`templates[3].title: required`),
 * because the person fixing it is a team lead with a text editor, not a developer with a debugger.
 * Only the first problem is reported: fixing it and trying again is how people work with files.
 */
import type { z } from 'zod';
import { packProblems } from '@/utils/i18n/messages/problems-pack';
import { problemLocale, problemSayer } from '@/utils/i18n/problems';
import { MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION, packFileSchema, type PackFile } from './format';
import { locateJsonError } from './json-error';
import { withDroppedKeys } from '@/utils/own-keys';

const say = problemSayer(packProblems);

export type ParseResult = { ok: true; pack: PackFile } | { ok: false; error: string; path?: string };

/**
 * `byteLength` is the file's size when the caller knows it (File.size, Content-Length), so a huge file
 * is refused without looking at it; otherwise it is measured from the text.
 */
export function parsePack(text: string, byteLength?: number, now: string = new Date().toISOString()): ParseResult {
  const bytes = byteLength ?? sizeForLimit(text);
  if (bytes > MAX_PACK_BYTES) return refuse(tooLarge(bytes));

  // Editors on Windows save UTF-8 with a byte order mark; JSON.parse does not accept one.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return refuse(say('pack.parse.empty'));
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const at = locateJsonError(source);
    return refuse(
      at
        ? // Strings: plain digits, as an editor's status bar shows them (no thousands separator).
          say('pack.parse.jsonAt', { line: String(at.line), column: String(at.column), reason: at.reason })
        : say('pack.parse.json', { error: error instanceof Error ? error.message : String(error) }),
    );
  }

  // Format and version first: a file that is not a pack, or a pack from a newer Careline, would
  // otherwise be refused for a missing title somewhere, which sends the reader the wrong way.
  const format = PACK_FORMAT;
  if (!isObject(data)) return refuse(say('pack.parse.notObject', { format, got: describe(data) }));
  if (data.format === undefined) return refuse(say('pack.parse.formatMissing', { format }), 'format');
  if (data.format !== PACK_FORMAT)
    return refuse(say('pack.parse.formatWrong', { format, got: describe(data.format) }), 'format');
  if (data.version === undefined) return refuse(say('pack.field.required'), 'version');
  if (typeof data.version !== 'number') {
    return refuse(
      say('pack.parse.versionNotNumber', { version: String(PACK_VERSION), got: describe(data.version) }),
      'version',
    );
  }
  if (data.version !== PACK_VERSION) {
    // String(): the version as written in the file, not reformatted (1000 stays "1000").
    const version = String(data.version);
    return refuse(say('pack.parse.versionUnsupported', { supported: String(PACK_VERSION), version }), 'version');
  }

  // The schema words its own checks; for the rest zod's English stays as it is, and in Korean
  // zodInKorean words them (a parse-level map only fills in where the schema gave no message).
  const parsed = packFileSchema.safeParse(data, {
    reportInput: true,
    ...(problemLocale() === 'ko' && { error: zodInKorean }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return refuse(say('pack.parse.unreadable'));
    return refuse(issueMessage(issue), formatPath(issue.path));
  }

  const file = parsed.data;
  const dropped = keepDroppedKeys(file, data);
  if (dropped) return dropped;
  const seen = new Map<string, number>();
  for (const [index, template] of file.templates.entries()) {
    const first = seen.get(template.id);
    if (first !== undefined) {
      return refuse(say('pack.parse.duplicateId', { id: template.id, first: String(first) }), `templates[${index}].id`);
    }
    seen.set(template.id, index);
  }

  return { ok: true, pack: { ...file, pack: { ...file.pack, updatedAt: file.pack.updatedAt ?? now } } };
}

const mustBeText = (value: unknown) =>
  typeof value === 'string'
    ? undefined
    : say('pack.field.expected', { expected: article('string'), got: describe(value) });

/**
 * Unknown fields are kept (ui-contract.md), whatever their name: zod leaves a `__proto__` key out of
 * what it parsed (rather than let it replace the prototype), so it is put back here as plain data,
 * on the file, the pack header, each template and its variants (which must be text, as zod checks
 * for every other variant).
 */
function keepDroppedKeys(
  file: { pack: object; templates: { variants?: object }[] },
  data: Record<string, unknown>,
): ParseResult | null {
  const keep = (
    parsed: object,
    raw: unknown,
    path: (string | number)[],
    check?: (value: unknown) => string | undefined,
  ) => {
    const { error } = withDroppedKeys(parsed, raw, check);
    return error ? refuse(error.message, formatPath([...path, error.key])) : null;
  };
  const rawTemplates = Array.isArray(data.templates) ? data.templates : [];
  for (const [index, template] of file.templates.entries()) {
    const raw: unknown = rawTemplates[index];
    const rawVariants = isObject(raw) ? raw.variants : undefined;
    const refusal =
      (template.variants && keep(template.variants, rawVariants, ['templates', index, 'variants'], mustBeText)) ||
      keep(template, raw, ['templates', index]);
    if (refusal) return refusal;
  }
  return keep(file.pack, data.pack, ['pack']) ?? keep(file, data, []);
}

/** The refusal for a file over MAX_PACK_BYTES (also used for downloads). */
export function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return say('pack.parse.tooLarge', { size: mb(bytes), limit: mb(MAX_PACK_BYTES) });
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

function refuse(message: string, path?: string): ParseResult {
  return path ? { ok: false, error: `${path}: ${message}`, path } : { ok: false, error: message };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return say('pack.field.required');
    return say('pack.field.expected', { expected: article(issue.expected), got: describe(issue.input) });
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(say('pack.field.or'));
    return say('pack.field.expectedValue', { values, got: describe(issue.input) });
  }
  // Our own messages (shortcut rule, "must not be empty", dates) come through as they are.
  return issue.message;
}

/** Korean for zod's default messages; undefined leaves the issue to zod (codes worded in issueMessage). */
const zodInKorean: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return undefined;
    case 'too_small':
      return say('pack.issue.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return say('pack.issue.tooBig', { maximum: String(issue.maximum) });
    case 'unrecognized_keys':
      return say('pack.issue.unrecognizedKeys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return say('pack.issue.invalidFormat');
    default:
      return say('pack.issue.invalid');
  }
};

function article(expected: string): string {
  if (expected === 'array') return say('pack.value.array');
  if (expected === 'object' || expected === 'record') return say('pack.value.object');
  if (expected === 'int') return say('pack.value.int');
  if (expected === 'string' || expected === 'number' || expected === 'boolean') return say(`pack.value.${expected}`);
  return say('pack.value.other', { type: expected });
}

/** A value found in the file, short: strings and numbers as written, containers by their kind. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return say('pack.value.array');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return say('pack.value.object');
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The UTF-8 size as far as the limit cares: exact only when the answer is not obvious either way. */
function sizeForLimit(text: string): number {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (text.length > MAX_PACK_BYTES) return text.length;
  if (text.length * 3 <= MAX_PACK_BYTES) return text.length; // surely within the limit; exact size unneeded
  return new TextEncoder().encode(text).length;
}
