/**
 * Full backup of Careline's data as one JSON file, and restore from it. A restore either replaces
 * everything (one transaction) or, when the file is not a valid backup, says why and where and
 * changes nothing: the agent's only copy of their customers must never be half-overwritten.
 */
import { z } from 'zod';
import { backupRepo, type BackupRepo, type DatabaseDump, type TableCounts } from '@/utils/db/backup-repo';
import { handleKey } from '@/utils/db/customers-repo';
import type { CustomerEventKind } from '@/utils/db/types';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemLocale, problemSayer } from '@/utils/i18n/problems';
import { isRetentionDays, privacySettings, type PrivacySettings } from '@/utils/settings/privacy';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, MAX_VARIANT_CHARS } from '@/utils/templates/limits';
import { cappedString } from '@/utils/templates/pack/format';
import { locateJsonError } from '@/utils/templates/pack/json-error';
import { formatPath } from '@/utils/templates/pack/parse';
import { withDroppedKeys } from '@/utils/own-keys';

export const BACKUP_FORMAT = 'careline-backup';
export const BACKUP_VERSION = 1;

const say = problemSayer(customersProblems);
type Key = keyof typeof customersProblems.en;

/** A refinement's message, said when the file is checked (not when this module loads). */
const saying = (key: Key) => ({ error: () => say(key) });

const str = z.string();
const opt = z.string().optional();
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), saying('customers.backup.isoDate'));
const KINDS = [
  'reply-sent',
  'reply-draft',
  'note',
  'tag-added',
  'tag-removed',
  'handoff',
  'handoff-sent',
  'handoff-failed',
  'import',
  'linked',
  'unlinked',
  'renamed',
] as const satisfies readonly CustomerEventKind[];

// Loose objects: fields a later Careline adds are kept, not silently dropped, when restoring.
const customerSchema = z.looseObject({
  handle: str.min(1).refine((h) => h === handleKey(h), saying('customers.backup.lowerHandle')),
  displayHandle: str,
  userId: opt,
  name: opt,
  customerId: opt,
  phone: opt,
  phoneDigits: opt,
  email: opt,
  plan: opt,
  note: opt,
  tags: z.array(str),
  attributes: z.record(str, str),
  createdAt: str,
  updatedAt: str,
});
const eventSchema = z.looseObject({
  id: z.number().int().positive().optional(),
  customerHandle: str.min(1),
  kind: z.enum(KINDS),
  at: iso,
  agent: opt,
  tweetUrl: opt,
  statusId: opt,
  templateId: opt,
  text: opt,
});
const templateSchema = z.looseObject({
  // Capped like a pack's (utils/templates/limits.ts): a backup is a file from anywhere, too.
  id: str.min(1),
  title: cappedString(MAX_TITLE_CHARS),
  body: cappedString(MAX_BODY_CHARS),
  shortcut: opt,
  folder: opt,
  tags: z.array(str).optional(),
  lang: opt,
  variants: z.record(str, cappedString(MAX_VARIANT_CHARS)).optional(),
  packId: opt,
  packItemId: opt,
  packVersion: opt,
  locked: z.boolean(),
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: opt,
  createdAt: str,
  updatedAt: str,
  extra: z.record(str, z.unknown()).optional(),
});
/** A subscription update waiting for review (utils/templates/pack/review.ts): the pack list shows it. */
const pendingReviewSchema = z.object({
  version: str,
  foundAt: str,
  gains: z.array(z.object({ id: str, title: cappedString(MAX_TITLE_CHARS), paths: z.array(str) })),
});
const packSchema = z.looseObject({
  id: str.min(1),
  name: str,
  updatedAt: str,
  importedAt: str,
  url: opt,
  etag: opt,
  lastCheckedAt: opt,
  lastError: opt,
  extra: z.record(str, z.unknown()).optional(),
  pendingReview: pendingReviewSchema.optional(),
});
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  dbVersion: z.number().int().positive(),
  customers: z.array(customerSchema),
  events: z.array(eventSchema),
  templates: z.array(templateSchema),
  packs: z.array(packSchema),
  settings: z
    .object({ retentionDays: z.number().nullable().refine(isRetentionDays, saying('customers.backup.retentionDays')) })
    .optional(),
});

/** zod's type names in the agent's words (the keys are zod's `expected` and what JSON can hold). */
const TYPE_NAME: Record<string, Key> = {
  string: 'customers.backup.type.string',
  number: 'customers.backup.type.number',
  int: 'customers.backup.type.int',
  boolean: 'customers.backup.type.boolean',
  array: 'customers.backup.type.array',
  object: 'customers.backup.type.object',
  record: 'customers.backup.type.object',
  null: 'customers.backup.type.null',
};
const typeName = (type: string) => (TYPE_NAME[type] ? say(TYPE_NAME[type]) : type);
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * zod's built-in issues (the codes this schema can raise) in languages other than English; English
 * keeps zod's own messages (undefined falls through to them), which the existing refusals and tests use.
 * Refinements say their own words (`saying`).
 */
function issueInLocale(issue: z.core.$ZodRawIssue): string | undefined {
  if (problemLocale() === 'en') return undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return say('customers.backup.issue.required', { expected: typeName(issue.expected) });
      return say('customers.backup.issue.type', {
        expected: typeName(issue.expected),
        received: typeName(typeOf(issue.input)),
      });
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v) ?? String(v));
      return values.length === 1
        ? say('customers.backup.issue.only', { value: values[0] ?? '' })
        : say('customers.backup.issue.oneOf', { values: values.join(', ') });
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return say('customers.backup.issue.empty');
      if (issue.origin !== 'number' && issue.origin !== 'int') break;
      return say(issue.inclusive ? 'customers.backup.issue.atLeast' : 'customers.backup.issue.above', {
        minimum: Number(issue.minimum),
      });
    case 'too_big':
      if (issue.origin !== 'number' && issue.origin !== 'int') break;
      return say(issue.inclusive ? 'customers.backup.issue.atMost' : 'customers.backup.issue.below', {
        maximum: Number(issue.maximum),
      });
  }
  return say('customers.backup.issue.invalid');
}

export type BackupFile = z.infer<typeof backupSchema>;
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

const mustBeText = (value: unknown) =>
  typeof value === 'string'
    ? undefined
    : say('customers.backup.issue.type', { expected: typeName('string'), received: typeName(typeOf(value)) });

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
        : say('customers.backup.json', { error: error instanceof Error ? error.message : String(error) }),
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
  const parsed = backupSchema.safeParse(data, { error: issueInLocale });
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

/** Replaces all data with a parsed backup (one transaction), then its settings when it has them. */
export async function applyBackup(backup: BackupFile, repo: BackupRepo = backupRepo()): Promise<void> {
  const dump: DatabaseDump = {
    customers: backup.customers,
    events: backup.events,
    templates: backup.templates,
    packs: backup.packs,
  };
  await repo.replaceAll(dump);
  // After the data: settings are not part of the transaction, and a restore that failed must not
  // have changed them either.
  if (backup.settings) await privacySettings.setValue({ retentionDays: backup.settings.retentionDays });
}

export type RestoreResult = { ok: true; counts: TableCounts } | { ok: false; error: string; path?: string };

/** Validate, then replace everything; on an invalid file nothing is written. */
export async function restoreBackup(text: string, repo: BackupRepo = backupRepo()): Promise<RestoreResult> {
  const parsed = parseBackup(text, repo.schemaVersion());
  if (!parsed.ok) return parsed;
  await applyBackup(parsed.backup, repo);
  return { ok: true, counts: parsed.counts };
}

export interface BackupBlob {
  blob: Blob;
  counts: TableCounts;
}

/**
 * The backup file, written page by page into Blob parts (like the CSV export) so a million events
 * are never one string. Pages are separate reads: something the agent logs meanwhile may or may not
 * be in it, which is fine for a backup taken while working.
 */
export async function createBackup(
  repo: BackupRepo = backupRepo(),
  now = new Date(),
  pageSize = 5000,
): Promise<BackupBlob> {
  const settings: PrivacySettings = await privacySettings.getValue();
  const templates = await repo.templates();
  const packs = await repo.packs();
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    dbVersion: repo.schemaVersion(),
    settings,
    templates,
    packs,
  };
  // The head's JSON without its closing brace, then the two big arrays appended row by row.
  const parts: Blob[] = [new Blob([JSON.stringify(head, null, 1).replace(/\s*}$/, '')])];
  const counts = { customers: 0, events: 0, templates: templates.length, packs: packs.length };

  async function array<T, K>(
    name: 'customers' | 'events',
    next: (after: K | undefined, limit: number) => Promise<T[]>,
    keyOf: (row: T) => K,
  ) {
    parts.push(new Blob([`,\n "${name}": [`]));
    let after: K | undefined;
    for (;;) {
      const rows = await next(after, pageSize);
      if (rows.length === 0) break;
      parts.push(new Blob([(counts[name] ? ',' : '') + rows.map((r) => `\n  ${JSON.stringify(r)}`).join(',')]));
      counts[name] += rows.length;
      if (rows.length < pageSize) break;
      after = keyOf(rows[rows.length - 1] as T);
    }
    parts.push(new Blob(['\n ]']));
  }

  await array('customers', repo.customersAfter, (c) => c.handle);
  await array('events', repo.eventsAfter, (e) => e.id ?? 0);
  parts.push(new Blob(['\n}\n']));
  return { blob: new Blob(parts, { type: 'application/json;charset=utf-8' }), counts };
}
