/** Restoring and comparing databases the way the product does, for the backup tests. */
import { applyBackup } from '@/utils/data/backup/apply';
import { createBackup } from '@/utils/data/backup/create';
import { parseBackup } from '@/utils/data/backup/parse';
import type { BackupRepo, TableCounts } from '@/utils/db/backup-repo';

type Restored = { ok: true; counts: TableCounts } | { ok: false; error: string; path?: string };

/** As the options page restores: checked against this database's version, then written. */
export async function restore(text: string, repo: BackupRepo): Promise<Restored> {
  const parsed = parseBackup(text, repo.schemaVersion());
  if (!parsed.ok) return parsed;
  await applyBackup(parsed.backup, repo);
  return { ok: true, counts: parsed.counts };
}

/** Everything in the database (and the settings a backup carries), as the backup file writes it. */
export async function snapshot(repo: BackupRepo): Promise<unknown> {
  return JSON.parse(await (await createBackup(repo, new Date('2026-01-01T00:00:00Z'))).blob.text());
}
