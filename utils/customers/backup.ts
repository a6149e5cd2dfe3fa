/**
 * Full backup of Careline's data as one JSON file, and restore from it. A restore either replaces
 * everything (one transaction) or, when the file is not a valid backup, says why and where and
 * changes nothing: the agent's only copy of their customers must never be half-overwritten.
 */
import { z } from 'zod';
import { backupRepo, type BackupRepo, type DatabaseDump, type TableCounts } from '@/utils/db/backup-repo';
import { handleKey } from '@/utils/db/customers-repo';
import type { CustomerEventKind } from '@/utils/db/types';
import { isRetentionDays, privacySettings, type PrivacySettings } from '@/utils/settings/privacy';
import { locateJsonError } from '@/utils/templates/pack/json-error';
import { formatPath } from '@/utils/templates/pack/parse';

export const BACKUP_FORMAT = 'careline-backup';
export const BACKUP_VERSION = 1;

const str = z.string();
const opt = z.string().optional();
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date');
const KINDS = ['reply-sent', 'reply-draft', 'note', 'tag-added', 'tag-removed', 'handoff', 'import'] as const satisfies readonly CustomerEventKind[];

// Loose objects: fields a later Careline adds are kept, not silently dropped, when restoring.
const customerSchema = z.looseObject({
  handle: str.min(1).refine((h) => h === handleKey(h), 'expected the lower-case handle without @'),
  displayHandle: str, userId: opt, name: opt, customerId: opt, phone: opt, phoneDigits: opt, email: opt, plan: opt, note: opt,
  tags: z.array(str), attributes: z.record(str, str), createdAt: str, updatedAt: str,
});
const eventSchema = z.looseObject({
  id: z.number().int().positive().optional(),
  customerHandle: str.min(1), kind: z.enum(KINDS), at: iso,
  agent: opt, tweetUrl: opt, statusId: opt, templateId: opt, text: opt,
});
const templateSchema = z.looseObject({
  id: str.min(1), title: str, body: str, shortcut: opt, folder: opt, tags: z.array(str).optional(), lang: opt,
  variants: z.record(str, str).optional(), packId: opt, packItemId: opt, packVersion: opt,
  locked: z.boolean(), usageCount: z.number().int().nonnegative(), lastUsedAt: opt, createdAt: str, updatedAt: str,
  extra: z.record(str, z.unknown()).optional(),
});
const packSchema = z.looseObject({
  id: str.min(1), name: str, updatedAt: str, importedAt: str, url: opt, etag: opt, lastCheckedAt: opt, lastError: opt,
  extra: z.record(str, z.unknown()).optional(),
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
  settings: z.object({ retentionDays: z.number().nullable().refine(isRetentionDays, 'expected a whole number of days or null') }).optional(),
});

export type BackupFile = z.infer<typeof backupSchema>;
export type ParsedBackup = { ok: true; backup: BackupFile; counts: TableCounts } | { ok: false; error: string; path?: string };

function refuse(message: string, path?: string): ParsedBackup {
  return path ? { ok: false, error: `${path}: ${message}`, path } : { ok: false, error: message };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first key of a table that repeats, as a refusal (bulkAdd would fail on it inside the transaction anyway). */
function duplicate<T>(rows: readonly T[], table: string, field: string, keyOf: (row: T) => unknown): ParsedBackup | null {
  const seen = new Map<unknown, number>();
  for (const [index, row] of rows.entries()) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) return refuse(`${JSON.stringify(key)} is also ${table}[${first}].${field}; it must be unique`, `${table}[${index}].${field}`);
    seen.set(key, index);
  }
  return null;
}

/** Validates a backup file's text without writing anything. `schemaVersion` is this Careline's database version. */
export function parseBackup(text: string, schemaVersion: number): ParsedBackup {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return refuse('The file is empty: expected a Careline backup (JSON).');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const at = locateJsonError(source);
    return refuse(at ? `Not valid JSON at line ${at.line}, column ${at.column}: ${at.reason}.` : `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Format, version and database version first: a template pack or a newer backup would otherwise be
  // refused for some missing field, which points the reader the wrong way.
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    const got = isObject(data) ? JSON.stringify(data.format) ?? 'nothing' : 'not a JSON object';
    return refuse(`Not a Careline backup: expected "format": "${BACKUP_FORMAT}", got ${got}.`, isObject(data) ? 'format' : undefined);
  }
  if (data.version !== BACKUP_VERSION) return refuse(`Careline reads version ${BACKUP_VERSION} backups; this is version ${JSON.stringify(data.version)}`, 'version');
  if (typeof data.dbVersion === 'number' && data.dbVersion > schemaVersion) {
    return refuse(`made by a newer Careline (database version ${data.dbVersion}; this one has ${schemaVersion}): update Careline first`, 'dbVersion');
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? 'The backup could not be read.', issue ? formatPath(issue.path) : undefined);
  }
  const backup = parsed.data;
  const dup =
    duplicate(backup.customers, 'customers', 'handle', (c) => c.handle) ??
    duplicate(backup.events, 'events', 'id', (e) => e.id) ??
    duplicate(backup.templates, 'templates', 'id', (t) => t.id) ??
    duplicate(backup.packs, 'packs', 'id', (p) => p.id);
  if (dup) return dup;
  const counts = { customers: backup.customers.length, events: backup.events.length, templates: backup.templates.length, packs: backup.packs.length };
  return { ok: true, backup, counts };
}

/** Replaces all data with a parsed backup (one transaction), then its settings when it has them. */
export async function applyBackup(backup: BackupFile, repo: BackupRepo = backupRepo()): Promise<void> {
  const dump: DatabaseDump = { customers: backup.customers, events: backup.events, templates: backup.templates, packs: backup.packs };
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
export async function createBackup(repo: BackupRepo = backupRepo(), now = new Date(), pageSize = 5000): Promise<BackupBlob> {
  const settings: PrivacySettings = await privacySettings.getValue();
  const templates = await repo.templates();
  const packs = await repo.packs();
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), dbVersion: repo.schemaVersion(), settings, templates, packs };
  // The head's JSON without its closing brace, then the two big arrays appended row by row.
  const parts: Blob[] = [new Blob([JSON.stringify(head, null, 1).replace(/\s*}$/, '')])];
  const counts = { customers: 0, events: 0, templates: templates.length, packs: packs.length };

  async function array<T, K>(name: 'customers' | 'events', next: (after: K | undefined, limit: number) => Promise<T[]>, keyOf: (row: T) => K) {
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
