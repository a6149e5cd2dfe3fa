/** Writing the backup file (format.ts) from the database, page by page. */
import { backupRepo, type BackupRepo, type TableCounts } from '@/utils/db/backup-repo';
import { privacySettings, type PrivacySettings } from '@/utils/settings/privacy';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

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
