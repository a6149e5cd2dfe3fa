/**
 * Reading a backup file without writing anything: either every row is valid, or the refusal says
 * why and where (`customers[3].tags: required`), so the agent's only copy of their customers is
 * never half-overwritten by a restore.
 */
import type { TableCounts } from '@/utils/db/backup-repo';
import { formatPath, mustBeText, zodIssueWords } from '@/utils/data/zod-issues';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer } from '@/utils/i18n/problems';
import { withDroppedKeys } from '@/utils/own-keys';
import { locateJsonError } from '@/utils/templates/pack/json-error';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type BackupFile } from './format';
import { errorText } from '@/utils/error-text';

const say = problemSayer(customersProblems);

export type ParsedBackup =
  { ok: true; backup: BackupFile; counts: TableCounts } | { ok: false; error: string; path?: string };

function refuse(message: string, path?: string): ParsedBackup {
  return path ? { ok: false, error: `${path}: ${message}`, path } : { ok: false, error: message };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first key of a table that repeats, as a refusal (bulkAdd would fail on it inside the transaction anyway). */
function duplicate<T>(
  rows: readonly T[],
  table: string,
  field: string,
  keyOf: (row: T) => unknown,
): ParsedBackup | null {
  const seen = new Map<unknown, number>();
  for (const [index, row] of rows.entries()) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      return refuse(
        say('customers.backup.duplicate', { key: JSON.stringify(key), other: `${table}[${first}].${field}` }),
        `${table}[${index}].${field}`,
      );
    }
    seen.set(key, index);
  }
  return null;
}

/**
 * Puts back, as data, the keys zod left out of the parsed backup: a `__proto__` attribute, variant,
 * unknown field or extra is the agent's data under that name (JSON.parse made it an own property),
 * and a restore must give back what the backup holds. Values zod never saw are checked here.
 */
function keepDroppedKeys(backup: BackupFile, data: Record<string, unknown>): ParsedBackup | null {
  const rows = (table: string) => (Array.isArray(data[table]) ? (data[table] as unknown[]) : []);
  const keep = (
    parsed: object,
    raw: unknown,
    path: (string | number)[],
    check?: (value: unknown) => string | undefined,
  ) => {
    const { error } = withDroppedKeys(parsed, raw, check);
    return error ? refuse(error.message, formatPath([...path, error.key])) : null;
  };
  const records: [
    string,
    object[],
    (row: object, raw: Record<string, unknown>, path: (string | number)[]) => ParsedBackup | null,
  ][] = [
    [
      'customers',
      backup.customers,
      (row, raw, path) =>
        keep((row as { attributes: object }).attributes, raw.attributes, [...path, 'attributes'], mustBeText),
    ],
    ['events', backup.events, () => null],
    [
      'templates',
      backup.templates,
      (row, raw, path) => {
        const t = row as { variants?: object; extra?: object };
        return (
          (t.variants && keep(t.variants, raw.variants, [...path, 'variants'], mustBeText)) ||
          (t.extra && keep(t.extra, raw.extra, [...path, 'extra'])) ||
          null
        );
      },
    ],
    [
      'packs',
      backup.packs,
      (row, raw, path) => {
        const p = row as { extra?: object };
        return (p.extra && keep(p.extra, raw.extra, [...path, 'extra'])) || null;
      },
    ],
  ];
  for (const [table, parsed, nested] of records) {
    const raws = rows(table);
    for (const [index, row] of parsed.entries()) {
      const raw = raws[index];
      if (!isObject(raw)) continue;
      const refusal = nested(row, raw, [table, index]) ?? keep(row, raw, [table, index]);
      if (refusal) return refusal;
    }
  }
  return null;
}

/** Validates a backup file's text without writing anything. `schemaVersion` is this Careline's database version. */
export function parseBackup(text: string, schemaVersion: number): ParsedBackup {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return refuse(say('customers.backup.empty'));
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const at = locateJsonError(source);
    // Line and column as plain digits, as an editor shows them.
    return refuse(
      at
        ? say('customers.backup.jsonAt', { line: String(at.line), column: String(at.column), reason: at.reason })
        : say('customers.backup.json', { error: errorText(error) }),
    );
  }
  // Format, version and database version first: a template pack or a newer backup would otherwise be
  // refused for some missing field, which points the reader the wrong way.
  if (!isObject(data)) return refuse(say('customers.backup.notObject', { format: BACKUP_FORMAT }));
  if (data.format !== BACKUP_FORMAT) {
    const got = JSON.stringify(data.format);
    return refuse(
      got === undefined
        ? say('customers.backup.noFormat', { format: BACKUP_FORMAT })
        : say('customers.backup.notBackup', { format: BACKUP_FORMAT, got }),
      'format',
    );
  }
  // Versions as they are written in the file (`String`: no digit grouping).
  if (data.version !== BACKUP_VERSION) {
    const version = JSON.stringify(data.version);
    const supported = String(BACKUP_VERSION);
    return refuse(
      version === undefined
        ? say('customers.backup.noVersion', { supported })
        : say('customers.backup.version', { supported, version }),
      'version',
    );
  }
  if (typeof data.dbVersion === 'number' && data.dbVersion > schemaVersion) {
    return refuse(
      say('customers.backup.newerDb', { backup: String(data.dbVersion), current: String(schemaVersion) }),
      'dbVersion',
    );
  }
  const parsed = backupSchema.safeParse(data, { error: zodIssueWords });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? say('customers.backup.unreadable'), issue ? formatPath(issue.path) : undefined);
  }
  const dropped = keepDroppedKeys(parsed.data, data);
  if (dropped) return dropped;
  const backup = parsed.data;
  const dup =
    duplicate(backup.customers, 'customers', 'handle', (c) => c.handle) ??
    duplicate(backup.events, 'events', 'id', (e) => e.id) ??
    duplicate(backup.templates, 'templates', 'id', (t) => t.id) ??
    duplicate(backup.packs, 'packs', 'id', (p) => p.id);
  if (dup) return dup;
  const counts = {
    customers: backup.customers.length,
    events: backup.events.length,
    templates: backup.templates.length,
    packs: backup.packs.length,
  };
  return { ok: true, backup, counts };
}
