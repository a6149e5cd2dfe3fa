/**
 * Reading a pack file: every refusal says what is wrong and where (`templates[3].title: required`),
 * because the person fixing it is a team lead with a text editor, not a developer with a debugger.
 * Only the first problem is reported: fixing it and trying again is how people work with files.
 */
import { describeValue, firstIssue, formatPath, mustBeText, zodIssueWords } from '@/utils/data/zod-issues';
import { fieldProblems } from '@/utils/i18n/messages/problems-fields';
import { packProblems } from '@/utils/i18n/messages/problems-pack';
import { problemSayer } from '@/utils/i18n/problems';
import { MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION, packFileSchema, type PackFile } from './format';
import { locateJsonError } from './json-error';
import { withDroppedKeys } from '@/utils/own-keys';
import { errorText } from '@/utils/error-text';

const say = problemSayer(packProblems);
const sayField = problemSayer(fieldProblems);

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
        : say('pack.parse.json', { error: errorText(error) }),
    );
  }

  // Format and version first: a file that is not a pack, or a pack from a newer Careline, would
  // otherwise be refused for a missing title somewhere, which sends the reader the wrong way.
  const format = PACK_FORMAT;
  if (!isObject(data)) return refuse(say('pack.parse.notObject', { format, got: describeValue(data) }));
  if (data.format === undefined) return refuse(say('pack.parse.formatMissing', { format }), 'format');
  if (data.format !== PACK_FORMAT)
    return refuse(say('pack.parse.formatWrong', { format, got: describeValue(data.format) }), 'format');
  if (data.version === undefined) return refuse(sayField('field.required'), 'version');
  if (typeof data.version !== 'number') {
    return refuse(
      say('pack.parse.versionNotNumber', { version: String(PACK_VERSION), got: describeValue(data.version) }),
      'version',
    );
  }
  if (data.version !== PACK_VERSION) {
    // String(): the version as written in the file, not reformatted (1000 stays "1000").
    const version = String(data.version);
    return refuse(say('pack.parse.versionUnsupported', { supported: String(PACK_VERSION), version }), 'version');
  }

  // The schema words its own checks; zodIssueWords the rest (it only fills in where the schema gave no message).
  const parsed = packFileSchema.safeParse(data, { error: zodIssueWords });
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return issue ? refuse(issue.message, issue.path) : refuse(say('pack.parse.unreadable'));
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

/**
 * Unknown fields are kept (docs/template-packs.md), whatever their name: zod leaves a `__proto__` key out of
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

function refuse(message: string, path?: string): ParseResult {
  return path ? { ok: false, error: `${path}: ${message}`, path } : { ok: false, error: message };
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
